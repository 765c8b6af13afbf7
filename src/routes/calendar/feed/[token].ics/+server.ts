import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { domainErrorText } from '$lib/server/http/domain-error-text';
import { getLocale } from '$lib/paraglide/runtime';
import { DomainError } from '$lib/server/errors';
import { getPersonalFeed } from '$lib/server/calendar/get-personal-feed';
import { feedFilterQuery, feedFiltersSchema } from '$lib/server/calendar/schemas';
import { parseInput } from '$lib/server/api/validation';

/** A user's private feed: the token in the address is the credential, so nothing may cache it. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const filters = parseInput(feedFiltersSchema, feedFilterQuery(url.searchParams));
		const ics = await getPersonalFeed(
			locals.ctx.db,
			params.token,
			getLocale(),
			url.origin,
			filters
		);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'cache-control': 'private, no-store',
				'referrer-policy': 'no-referrer'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, domainErrorText(e));
		throw e;
	}
};
