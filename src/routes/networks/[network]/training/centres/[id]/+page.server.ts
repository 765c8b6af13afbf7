import { pickLocalizedWithLanguage, titleOf } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { countryName } from '$lib/server/statistics/country-names';
import { getTrainingCentre } from '$lib/server/training/get-training-centre';
import { idParam } from '$lib/server/training/ids';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const [found, participants] = await Promise.all([
		getTrainingCentre(ctx, params.network, idParam(params.id)),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const c = found.centre;
	const name = pickLocalizedWithLanguage(c.name, locale);
	const courses = pickLocalizedWithLanguage(c.courses, locale);
	return {
		network: params.network,
		centre: {
			name: name.text,
			nameLanguage: name.language,
			place: `${c.city}, ${countryName(c.countryCode, locale)}`,
			owner: participants.find((p) => p.code === c.ownerCode)?.name ?? c.ownerCode,
			contact: c.contact,
			courses: courses.text,
			coursesLanguage: courses.language,
			unRecognition: c.unRecognition,
			level: c.releasability.level
		},
		courses: found.courses.map((e) => ({
			id: e.id,
			...titleOf(e.title, locale),
			startsOn: e.startsOn,
			endsOn: e.endsOn,
			cancelled: e.cancelled
		})),
		notice: url.searchParams.get('notice') === 'created'
	};
}
