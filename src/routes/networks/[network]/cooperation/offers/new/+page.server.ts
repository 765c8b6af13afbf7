import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { emptyOfferForm } from '$lib/components/exchange/form-values';
import { parseInput } from '$lib/server/api/validation';
import { createOffer } from '$lib/server/exchange/create-offer';
import { getExchangePermissions } from '$lib/server/exchange/get-exchange-permissions';
import { createOfferSchema } from '$lib/server/exchange/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';
import {
	exchangeFormFailure,
	loadFormChoices,
	offerInput,
	readOfferForm
} from '../../exchange-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const [permissions, choices] = await Promise.all([
		getExchangePermissions(ctx, params.network),
		loadFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!permissions.canOffer) error(403, translate('error_forbidden'));
	return {
		network: params.network,
		defaults: emptyOfferForm(),
		participants: choices.participants
	};
}

export const actions = {
	create: async ({ locals, params, request }) => {
		const values = readOfferForm(await request.formData());
		let id: string;
		try {
			({ id } = await createOffer(
				locals.ctx,
				params.network,
				parseInput(createOfferSchema, offerInput(values))
			));
		} catch (e) {
			return exchangeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/cooperation/offers/${id}`);
	}
};
