import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { pledgeFormOf } from '$lib/components/pledges/form-values';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getPledgeWithAccess } from '$lib/server/pledges/get-pledge';
import { recordId } from '$lib/server/pledges/ids';
import { updatePledge } from '$lib/server/pledges/update-pledge';
import { updatePledgeSchema } from '$lib/server/pledges/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import {
	pageRecordId,
	parsePledgeForm,
	pledgeFormFailure,
	readPledgeForm
} from '../../pledge-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const id = pageRecordId(params.id);
	const [found, participants] = await Promise.all([
		getPledgeWithAccess(ctx, params.network, id),
		listParticipants(ctx, params.network, getLocale())
	]).catch(loadFailure);
	if (!found.canEdit) error(403, translate('error_forbidden'));
	return {
		network: params.network,
		id,
		values: pledgeFormOf(found.pledge),
		namedChoices: participants
			.filter((p) => p.code !== found.pledge.participant)
			.map((p) => ({ code: p.code, name: p.name }))
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const values = readPledgeForm(await request.formData());
		try {
			await updatePledge(
				locals.ctx,
				params.network,
				recordId(params.id),
				parsePledgeForm(updatePledgeSchema, values)
			);
		} catch (e) {
			return pledgeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/pledges/${params.id}`);
	}
};
