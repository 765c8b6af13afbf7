import type { RequestHandler } from './$types';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { exportDeclarationPdf } from '$lib/server/declarations/export-declaration-pdf';
import { loadFailure } from '$lib/server/forms/form-failure';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const { body, lang } = await exportDeclarationPdf(
			locals.ctx,
			params.network,
			declarationIdParam(params.id),
			url.searchParams.get('lang')
		);
		return new Response(new Uint8Array(body), {
			headers: {
				'content-type': 'application/pdf',
				'content-language': lang,
				'content-disposition': `attachment; filename="declaration-${params.id}.${lang}.pdf"`
			}
		});
	} catch (e) {
		return loadFailure(e);
	}
};
