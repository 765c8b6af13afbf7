import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { DomainError, NotFoundError } from '../errors';
import { statisticsCacheHeaders } from './http-cache';

/** Page loads share this: domain errors become error pages, and the page gets validators. */
export async function statisticsPage<T>(
	locals: { ctx: Ctx },
	url: URL,
	setHeaders: (headers: Record<string, string>) => void,
	build: () => Promise<T>
): Promise<T> {
	try {
		const result = await build();
		// The layout shows who is signed in, so the page is private to that viewer.
		setHeaders(
			await statisticsCacheHeaders(
				locals.ctx.db,
				[url.pathname, url.search, getLocale(), locals.ctx.actor.userId],
				'private'
			)
		);
		return result;
	} catch (e) {
		if (e instanceof NotFoundError) error(404, translate('error_not_found'));
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
}
