import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { DomainError } from '$lib/server/errors';
import { getPublicFeed } from '$lib/server/calendar/get-public-feed';

/** The network's public events as an iCalendar feed, for calendar applications to subscribe to. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const ics = await getPublicFeed(locals.ctx.db, params.network, getLocale(), url.origin);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `inline; filename="${params.network}.ics"`,
				'cache-control': 'public, max-age=300'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
};
