import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { emptyRequestForm } from '$lib/components/exchange/form-values';
import { parseInput } from '$lib/server/api/validation';
import { createRequest } from '$lib/server/exchange/create-request';
import { getExchangePermissions } from '$lib/server/exchange/get-exchange-permissions';
import { createRequestSchema } from '$lib/server/exchange/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';
import {
	exchangeFormFailure,
	loadFormChoices,
	readRequestForm,
	requestInput
} from '../../exchange-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const [permissions, choices] = await Promise.all([
		getExchangePermissions(ctx, params.network),
		loadFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!permissions.canRequest) error(403, translate('error_forbidden'));
	return { network: params.network, defaults: emptyRequestForm(), ...choices };
}

export const actions = {
	create: async ({ locals, params, request }) => {
		const values = readRequestForm(await request.formData());
		let id: string;
		try {
			({ id } = await createRequest(
				locals.ctx,
				params.network,
				parseInput(createRequestSchema, requestInput(values))
			));
		} catch (e) {
			return exchangeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/cooperation/requests/${id}`);
	}
};
