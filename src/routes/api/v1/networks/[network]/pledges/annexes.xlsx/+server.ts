import type { RequestHandler } from './$types';
import { apiRoute, readQuery } from '$lib/server/api/http';
import { getLocale } from '$lib/paraglide/runtime';
import { exportAnnexesXlsx } from '$lib/server/pledges/export-annexes-xlsx';
import { pledgesExportQuerySchema } from '$lib/server/pledges/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const query = readQuery(url, pledgesExportQuerySchema);
	const file = await exportAnnexesXlsx(ctx, params.network, query.participant, getLocale());
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
});
