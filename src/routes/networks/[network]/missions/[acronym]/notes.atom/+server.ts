import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { DomainError } from '$lib/server/errors';
import { getMissionFeed } from '$lib/server/situation/get-mission-feed';

/**
 * A mission's notes as Atom. Without `token` only public notes go out, whoever asks; with one it
 * is a person's private feed, so nothing may keep a copy or pass the address on.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const token = url.searchParams.get('token');
	try {
		const xml = await getMissionFeed(
			locals.ctx.db,
			params.network,
			params.acronym,
			token,
			getLocale(),
			url.origin
		);
		return new Response(xml, {
			headers: {
				'content-type': 'application/atom+xml; charset=utf-8',
				'cache-control': token === null ? 'no-cache' : 'private, no-store',
				'referrer-policy': 'no-referrer'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
};
