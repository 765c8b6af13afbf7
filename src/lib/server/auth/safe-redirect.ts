const base = 'http://site.invalid';

/**
 * The `next` target after signing in, kept to a path on this site. The check runs on the target
 * as a browser will read it: `new URL` first removes dot segments, so `/.//evil.example` becomes
 * `//evil.example`, which a browser follows to another host. Only a normalised path that, read
 * again as a relative reference, still stays on this origin is kept.
 */
export function safeRedirectTarget(next: unknown, fallback = '/'): string {
	if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
	if (!next.startsWith('/') || next.includes('\\')) return fallback;
	// Browsers drop tabs and newlines inside URLs; a target that needs them is not ours.
	if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
	let target: string;
	try {
		const url = new URL(next, base);
		if (url.origin !== base) return fallback;
		target = url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
	if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback;
	}
	try {
		if (new URL(target, base).origin !== base) return fallback;
	} catch {
		return fallback;
	}
	return target;
}
