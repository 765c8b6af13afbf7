import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { DomainError } from '$lib/server/errors';
import { getEventIcs } from '$lib/server/calendar/get-event-ics';
import { eventIdParam } from '../../event-form.server';

/** "Add to my calendar": one event as an .ics download. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const id = eventIdParam(params.id);
	try {
		const { ics, public: isPublic } = await getEventIcs(
			locals.ctx,
			params.network,
			id,
			getLocale(),
			url.origin
		);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `attachment; filename="event-${id}.ics"`,
				'cache-control': isPublic ? 'public, max-age=300' : 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
};
