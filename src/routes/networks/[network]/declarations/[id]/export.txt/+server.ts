import type { RequestHandler } from './$types';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { exportDeclarationText } from '$lib/server/declarations/export-declaration-text';
import { loadFailure } from '$lib/server/forms/form-failure';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const { body, lang } = await exportDeclarationText(
			locals.ctx,
			params.network,
			declarationIdParam(params.id),
			url.searchParams.get('lang')
		);
		return new Response(body, {
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'content-language': lang,
				'content-disposition': `attachment; filename="declaration-${params.id}.${lang}.txt"`
			}
		});
	} catch (e) {
		return loadFailure(e);
	}
};
