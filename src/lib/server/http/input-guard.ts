/**
 * Every input is checked once, here, before any route reads it: the database refuses U+0000 in
 * text with an error that used to surface as HTTP 500, and the other characters refused here
 * (C0 controls but tab and line breaks, Unicode non-characters, lone surrogates) are never part
 * of real text and only ever reach us from tools probing for faults.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF: the last two code points of every supplementary plane.
const planeNonCharacter =
	/[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;

/** Whether text holds a character no field of ours accepts. */
export function hasForbiddenCharacter(text: string): boolean {
	return forbidden.test(text) || loneSurrogate.test(text) || planeNonCharacter.test(text);
}

/** Body limit for forms without files and for JSON; uploads keep the server's larger limit. */
export const maxTextBodyBytes = 64 * 1024;
// A document body may hold 500,000 characters, each up to six bytes once escaped in JSON.
export const maxJsonBodyBytes = 4 * 1024 * 1024;

export type InputFault = 'bad_path' | 'bad_query' | 'bad_characters' | 'too_large';

function decodeStrict(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/** A fault in the address (path or query string), or null. */
export function addressFault(url: URL): InputFault | null {
	for (const segment of url.pathname.split('/')) {
		const decoded = decodeStrict(segment);
		if (decoded === null) return 'bad_path';
		if (hasForbiddenCharacter(decoded)) return 'bad_characters';
	}
	const query = url.search.slice(1);
	if (query === '') return null;
	for (const pair of query.split('&')) {
		const decoded = decodeStrict(pair.replaceAll('+', ' '));
		if (decoded === null) return 'bad_query';
		if (hasForbiddenCharacter(decoded)) return 'bad_characters';
	}
	return null;
}

/** Every string inside a parsed JSON value, keys included. */
function* stringsIn(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			yield key;
			yield* stringsIn(item);
		}
	}
}

/**
 * Reads at most `limit` bytes of a body; null when it is longer. Content-Length is not trusted
 * alone: a chunked body has none.
 */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) return null;
	if (!request.body) return new Uint8Array();
	const reader = request.clone().body!.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			// Not awaited: cancelling one branch of a copied body settles only once the other
			// branch is cancelled too, which the framework does when it drops the request.
			reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

/**
 * A fault in the body of a form or JSON request, or null. The route reads the body again, from
 * the original request: this reads a copy. A body that is not valid JSON is left to the route,
 * which answers it in its own words.
 */
export async function bodyFault(request: Request): Promise<InputFault | null> {
	if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return null;
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	if (type.startsWith('multipart/form-data')) {
		let form: FormData;
		try {
			form = await request.clone().formData();
		} catch {
			return null;
		}
		for (const [key, value] of form) {
			if (hasForbiddenCharacter(key)) return 'bad_characters';
			if (typeof value === 'string' && hasForbiddenCharacter(value)) return 'bad_characters';
		}
		return null;
	}
	const isJson = type.includes('json');
	const isText =
		type.startsWith('application/x-www-form-urlencoded') || type.startsWith('text/plain');
	// Other bodies (PDFs sent as they are) are binary, and their routes check them.
	if (!isJson && !isText) return null;
	const bytes = await readCapped(request, isJson ? maxJsonBodyBytes : maxTextBodyBytes);
	if (bytes === null) return 'too_large';
	const text = new TextDecoder().decode(bytes);
	if (type.startsWith('application/x-www-form-urlencoded')) {
		for (const [key, value] of new URLSearchParams(text)) {
			if (hasForbiddenCharacter(key) || hasForbiddenCharacter(value)) return 'bad_characters';
		}
		return null;
	}
	if (isJson) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			return null;
		}
		for (const value of stringsIn(parsed))
			if (hasForbiddenCharacter(value)) return 'bad_characters';
		return null;
	}
	return type.startsWith('text/plain') && hasForbiddenCharacter(text) ? 'bad_characters' : null;
}
