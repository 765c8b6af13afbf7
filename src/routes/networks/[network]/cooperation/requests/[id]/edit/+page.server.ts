import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { getRequestPage } from '$lib/server/exchange/get-request-page';
import { updateRequest } from '$lib/server/exchange/update-request';
import { updateRequestSchema } from '$lib/server/exchange/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getLocale } from '$lib/paraglide/runtime';
import {
	exchangeFormFailure,
	idParam,
	loadFormChoices,
	readRequestForm,
	requestFormValues,
	requestInput
} from '../../../exchange-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const id = idParam(params.id);
	const [page, choices] = await Promise.all([
		getRequestPage(ctx, params.network, id, getLocale()),
		loadFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!page.canEdit) error(403, translate('error_forbidden'));
	return {
		network: params.network,
		id,
		values: requestFormValues(page.request),
		...choices
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const id = idParam(params.id);
		const values = readRequestForm(await request.formData());
		try {
			await updateRequest(
				locals.ctx,
				params.network,
				id,
				parseInput(updateRequestSchema, requestInput(values))
			);
		} catch (e) {
			return exchangeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/cooperation/requests/${id}`);
	}
};
