// Each area keeps its messages in messages/<area>/<locale>.json; Paraglide reads one file per
// locale, so they are merged here. A key defined twice, or missing in one locale, stops the build.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'messages';
const locales = ['es', 'en', 'pt', 'fr'];
const areas = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
const merged = Object.fromEntries(locales.map((l) => [l, {}]));
const problems = [];

for (const area of areas.sort()) {
	for (const locale of locales) {
		const file = join(root, area, `${locale}.json`);
		const messages = JSON.parse(readFileSync(file, 'utf8'));
		for (const [key, value] of Object.entries(messages)) {
			if (key.startsWith('$')) continue;
			if (key in merged[locale]) problems.push(`${file}: key "${key}" is already defined`);
			merged[locale][key] = value;
		}
	}
}
for (const locale of locales.slice(1)) {
	for (const key of Object.keys(merged.es)) {
		if (!(key in merged[locale])) problems.push(`messages/*/${locale}.json: missing "${key}"`);
	}
	for (const key of Object.keys(merged[locale])) {
		if (!(key in merged.es))
			problems.push(`messages/*/${locale}.json: "${key}" has no Spanish source`);
	}
}
if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exit(1);
}
for (const locale of locales) {
	writeFileSync(
		join(root, `${locale}.json`),
		JSON.stringify(
			{ $schema: 'https://inlang.com/schema/inlang-message-format', ...merged[locale] },
			null,
			'\t'
		) + '\n'
	);
}
