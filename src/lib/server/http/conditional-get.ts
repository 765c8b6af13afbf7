/**
 * Answers `304 Not Modified` when the reader already holds the version a route tagged with an
 * ETag (statistics, files, public pages whose tag comes from what they show). Readers on slow
 * links then revalidate without downloading the answer again.
 */
export function answerConditionally(request: Request, response: Response): Response {
	if (request.method !== 'GET' && request.method !== 'HEAD') return response;
	if (response.status !== 200) return response;
	const etag = response.headers.get('etag');
	const ifNoneMatch = request.headers.get('if-none-match');
	if (!etag || !ifNoneMatch || !matches(ifNoneMatch, etag)) return response;
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	headers.delete('content-encoding');
	void response.body?.cancel();
	return new Response(null, { status: 304, headers });
}

/** RFC 9110 weak comparison: `W/"x"` and `"x"` match; `*` matches any current version. */
function matches(ifNoneMatch: string, etag: string): boolean {
	const strip = (tag: string) => tag.trim().replace(/^W\//, '');
	const current = strip(etag);
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === current);
}
