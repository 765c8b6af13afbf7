import { redirect } from '@sveltejs/kit';
import { titleOf } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { listOwnNominations } from '$lib/server/training/list-own-nominations';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId)
		redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	const locale = getLocale();
	const items = await listOwnNominations(ctx, params.network).catch(loadFailure);
	return {
		network: params.network,
		hasParticipant: ctx.actor.participant !== null,
		nominations: items.map((n) => ({
			id: n.id,
			course: { id: n.course.id, ...titleOf(n.course.title, locale) },
			startsOn: n.course.startsOn,
			name: n.name,
			rank: n.rank,
			gender: n.gender,
			status: n.status
		}))
	};
}
