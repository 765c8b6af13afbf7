import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { getOfferPage } from '$lib/server/exchange/get-offer-page';
import { updateOffer } from '$lib/server/exchange/update-offer';
import { updateOfferSchema } from '$lib/server/exchange/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';
import {
	exchangeFormFailure,
	idParam,
	loadFormChoices,
	offerFormValues,
	offerInput,
	readOfferForm
} from '../../../exchange-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const id = idParam(params.id);
	const [page, choices] = await Promise.all([
		getOfferPage(ctx, params.network, id),
		loadFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!page.canEdit) error(403, translate('error_forbidden'));
	return {
		network: params.network,
		id,
		values: offerFormValues(page.offer),
		participants: choices.participants
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const id = idParam(params.id);
		const values = readOfferForm(await request.formData());
		try {
			await updateOffer(
				locals.ctx,
				params.network,
				id,
				parseInput(updateOfferSchema, offerInput(values))
			);
		} catch (e) {
			return exchangeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/cooperation/offers/${id}`);
	}
};
