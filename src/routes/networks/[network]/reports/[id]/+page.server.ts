import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { pickLocalized, pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { getCycle } from '$lib/server/reports/get-cycle';
import { loadFailure } from '$lib/server/forms/form-failure';

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const locale = getLocale();
	const cycle = await Promise.resolve()
		.then(() => getCycle(ctx, params.network, parseCycleId(params.id), locale))
		.catch(loadFailure);
	const own = ctx.actor.participant?.code ?? null;
	return {
		network: params.network,
		cycle,
		instructions: pickLocalized(cycle.instructions, locale),
		instructionsLanguage: pickLocalizedWithLanguage(cycle.instructions, locale).language,
		ownCode: own && cycle.asked.includes(own) ? own : null,
		api: `/api/v1/networks/${params.network}/reporting-cycles/${cycle.id}`
	};
}
