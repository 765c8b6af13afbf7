import type { OptionSpec, OptionValues } from './command';
import { stringOption } from './command';

const languages = ['es', 'en', 'pt', 'fr'] as const;

/** `--name-es`, `--name-en`, `--name-pt` and `--name-fr`: one text in the four languages. */
export function localizedOptions(name: string): Record<string, OptionSpec> {
	return Object.fromEntries(languages.map((lang) => [`${name}-${lang}`, { type: 'string' }]));
}

export function localizedValue(values: OptionValues, name: string): Record<string, string> {
	const text: Record<string, string> = {};
	for (const lang of languages) {
		const value = stringOption(values, `${name}-${lang}`);
		if (value !== undefined) text[lang] = value;
	}
	return text;
}

/** A number typed on the command line, or the text as typed for the schema to refuse. */
export function wholeOption(values: OptionValues, name: string): number | string | undefined {
	const value = stringOption(values, name);
	return value !== undefined && /^\d+$/.test(value) ? Number(value) : value;
}
