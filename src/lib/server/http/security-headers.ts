/**
 * Headers every answer carries. Pages get their Content-Security-Policy from the framework
 * (`kit.csp` in svelte.config.js, with nonces for their scripts); every other answer (API,
 * feeds, files, refusals) gets one that allows nothing, since none of them is meant to run
 * or embed anything.
 */
const permissionsPolicy = [
	'accelerometer=()',
	'camera=()',
	'display-capture=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'payment=()',
	'usb=()',
	'interest-cohort=()'
].join(', ');

const nothingAllowed =
	"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(origin: string): [string, string][] {
	const headers: [string, string][] = [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'same-origin'],
		['permissions-policy', permissionsPolicy],
		['x-frame-options', 'DENY'],
		['cross-origin-opener-policy', 'same-origin']
	];
	// Browsers ignore the header over plain HTTP; sending it for a local http origin would only
	// confuse readers of the answer.
	if (origin.startsWith('https://')) {
		headers.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
	}
	return headers;
}

/** Adds the security headers to an answer, keeping any the route chose itself. */
export function withSecurityHeaders(response: Response, origin: string): Response {
	let headers = response.headers;
	try {
		for (const [name, value] of securityHeaders(origin)) {
			if (!headers.has(name)) headers.set(name, value);
		}
	} catch {
		// Answers from fetch() or Response.redirect() have immutable headers: copy them.
		response = new Response(response.body, response);
		headers = response.headers;
		for (const [name, value] of securityHeaders(origin)) {
			if (!headers.has(name)) headers.set(name, value);
		}
	}
	if (!headers.has('content-security-policy'))
		headers.set('content-security-policy', nothingAllowed);
	return response;
}
