import { json } from '@sveltejs/kit';
import { buildOpenApiDocument } from '$lib/server/api/openapi';

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET({ url }) {
	cached ??= buildOpenApiDocument(`${url.origin}/api/v1`);
	return json(cached, { headers: { 'cache-control': 'public, max-age=300' } });
}
