import { getLocale } from '$lib/paraglide/runtime';
import { formatNumber } from '$lib/i18n/format';
import { loadFailure } from '$lib/server/forms/form-failure';
import { buildSituationMap } from '$lib/server/situation/build-situation-map';
import { formatWithZone } from '$lib/server/time/form-zone';

export const csr = false;

export async function load({ locals, params }) {
	const locale = getLocale();
	const map = await buildSituationMap(locals.ctx, params.network, locale).catch(loadFailure);
	return {
		network: params.network,
		map,
		notes: map.notes.map((n) => ({
			...n,
			observed: formatWithZone(new Date(n.observedAt), n.timeZone, locale)
		})),
		deployments: map.deployments.map((d) => ({
			...d,
			totalText: formatNumber(d.total, locale),
			femaleText: formatNumber(d.female, locale)
		}))
	};
}
