// What a page makes the browser download besides its HTML: the scripts and stylesheets it names,
// read from the built client and gzipped as the server would send them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ClientWeight {
	jsFiles: number;
	jsGzipKb: number;
	cssFiles: number;
	cssGzipKb: number;
	inlineJsGzipKb: number;
}

const gzipKb = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024;

function attribute(tag: string, name: string): string | undefined {
	return tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
}

export function clientWeight(html: string, pageUrl: string, clientDir: string): ClientWeight {
	const js = new Set<string>();
	const css = new Set<string>();
	const local = (ref: string) => {
		const url = new URL(ref, pageUrl);
		return url.origin === new URL(pageUrl).origin ? url.pathname : null;
	};
	for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
		const src = attribute(tag, 'src');
		const file = src && local(src);
		if (file) js.add(file);
	}
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		const rel = attribute(tag, 'rel') ?? '';
		const file = local(attribute(tag, 'href') ?? '');
		if (!file) continue;
		if (/\bmodulepreload\b/i.test(rel)) js.add(file);
		if (/\bstylesheet\b/i.test(rel)) css.add(file);
	}
	// SvelteKit starts the app with dynamic imports inside an inline script.
	let inline = '';
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\ssrc=/i.test(attributes!) || /type=["']application\/(ld\+)?json/i.test(attributes!)) {
			continue;
		}
		inline += body;
		for (const [, ref] of body!.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
			const file = local(ref!);
			if (file) js.add(file);
		}
	}
	const read = (file: string) => readFileSync(path.join(clientDir, decodeURIComponent(file)));
	const sum = (files: Set<string>) => [...files].reduce((kb, file) => kb + gzipKb(read(file)), 0);
	return {
		jsFiles: js.size,
		jsGzipKb: sum(js) + (inline ? gzipKb(inline) : 0),
		cssFiles: css.size,
		cssGzipKb: sum(css),
		inlineJsGzipKb: inline ? gzipKb(inline) : 0
	};
}
