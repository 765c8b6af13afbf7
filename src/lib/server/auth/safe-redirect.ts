/**
 * The `next` target after signing in, kept to a path on this site: an absolute URL, a
 * protocol-relative `//host` or a backslash trick would send the user elsewhere.
 */
export function safeRedirectTarget(next: unknown, fallback = '/'): string {
	if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
	if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
	if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
	try {
		const base = 'http://site.invalid';
		const url = new URL(next, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
