import { redirect } from '@sveltejs/kit';
import { pickLocalized, pickLocalizedWithLanguage, titleOf } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { getOfferPage } from '$lib/server/exchange/get-offer-page';
import { updateOffer } from '$lib/server/exchange/update-offer';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { idParam } from '../../exchange-form.server';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const id = idParam(params.id);
	const [page, participants] = await Promise.all([
		getOfferPage(ctx, params.network, id),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const nameOf = (code: string) => names.get(code) ?? code;
	const o = page.offer;
	return {
		network: params.network,
		offer: {
			id: o.id,
			...titleOf(o.title, locale),
			description: pickLocalized(o.description, locale),
			descriptionLanguage: pickLocalizedWithLanguage(o.description, locale).language,
			conditions: pickLocalized(o.conditions, locale),
			conditionsLanguage: pickLocalizedWithLanguage(o.conditions, locale).language,
			category: o.category,
			owner: nameOf(o.ownerCode),
			capacity: o.capacity,
			unit: o.unit,
			availableFrom: o.availableFrom,
			availableUntil: o.availableUntil,
			languages: o.languages,
			level: o.releasability.level,
			released: o.releasability.participants.map(nameOf),
			closed: o.closedAt !== null
		},
		matches: page.matches.map((match) => ({
			requestId: match.requestId,
			...titleOf(match.title, locale),
			owner: nameOf(match.ownerCode),
			status: match.status,
			score: match.score,
			reasons: match.reasons
		})),
		canEdit: page.canEdit
	};
}

async function setClosed(locals: App.Locals, network: string, rawId: string, closed: boolean) {
	const id = idParam(rawId);
	try {
		await updateOffer(locals.ctx, network, id, { closed });
	} catch (e) {
		return formFailure(e, {}, { form: 'close' });
	}
	redirect(303, `/networks/${network}/cooperation/offers/${id}`);
}

export const actions = {
	close: ({ locals, params }) => setClosed(locals, params.network, params.id, true),
	reopen: ({ locals, params }) => setClosed(locals, params.network, params.id, false)
};
