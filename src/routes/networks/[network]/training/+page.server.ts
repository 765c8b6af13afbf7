import { pickLocalizedWithLanguage } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { countryName } from '$lib/server/statistics/country-names';
import { listTrainingCentres } from '$lib/server/training/list-training-centres';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const [list, participants] = await Promise.all([
		listTrainingCentres(ctx, params.network),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	return {
		network: params.network,
		centres: list.items
			.map((c) => ({
				id: c.id,
				name: pickLocalizedWithLanguage(c.name, locale).text,
				nameLanguage: pickLocalizedWithLanguage(c.name, locale).language,
				place: `${c.city}, ${countryName(c.countryCode, locale)}`,
				owner: names.get(c.ownerCode) ?? c.ownerCode,
				unRecognition: c.unRecognition
			}))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		canCreate: list.policies.canCreate,
		hasParticipant: ctx.actor.participant !== null,
		notice: url.searchParams.get('notice') === 'centre' ? 'centre' : null
	};
}
