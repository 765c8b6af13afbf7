import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { getLocale } from '$lib/paraglide/runtime';
import { exportContingentPdf } from '$lib/server/pledges/export-contingent-pdf';
import { recordId } from '$lib/server/pledges/ids';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const file = await exportContingentPdf(ctx, params.network, recordId(params.id), getLocale());
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
});
