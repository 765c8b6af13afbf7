import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { exportOwnParticipant } from '$lib/server/export/export-own-participant';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const data = await exportOwnParticipant(ctx, params.network, params.code);
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${params.network}-${params.code}-${day}.json"`,
			'cache-control': 'private, no-store'
		}
	});
});
