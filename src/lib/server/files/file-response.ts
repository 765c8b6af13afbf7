import type { ReleasabilityLevel } from '$lib/releasability/levels';
import { uploadKinds } from './read-upload';

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeFilename(name: string): string {
	return encodeURIComponent(name).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/**
 * A stored file as an answer. A restricted file must never sit in a shared cache, nor outlive the
 * session in the browser's; a PDF or an image opens in the browser, anything else is downloaded.
 */
export function fileResponse(file: {
	filename: string;
	contentType: string;
	data: Buffer;
	level: ReleasabilityLevel;
}): Response {
	// Plain-ASCII fallback for clients that ignore filename*.
	const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
	// The kinds the platform keeps open in the browser; anything else is downloaded.
	const inline = Object.values(uploadKinds).some((k) => k.contentType === file.contentType);
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.data.length),
			'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeFilename(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': file.level === 'public' ? 'public, max-age=300' : 'private, no-store'
		}
	});
}
