import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { domainErrorText } from '$lib/server/http/domain-error-text';
import { getLocale } from '$lib/paraglide/runtime';
import { DomainError } from '$lib/server/errors';
import { getPublicFeed } from '$lib/server/calendar/get-public-feed';
import { feedFilterQuery, feedFiltersSchema } from '$lib/server/calendar/schemas';
import { parseInput } from '$lib/server/api/validation';

/**
 * The network's public events as an iCalendar feed, for calendar applications to subscribe to,
 * narrowed by the filters of the page it was taken from (kind, organiser, country, language).
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const filters = parseInput(feedFiltersSchema, feedFilterQuery(url.searchParams));
		const ics = await getPublicFeed(
			locals.ctx.db,
			params.network,
			getLocale(),
			url.origin,
			filters
		);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `inline; filename="${params.network}.ics"`,
				'cache-control': 'public, max-age=300'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, domainErrorText(e));
		throw e;
	}
};
