import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { emptyPledgeForm } from '$lib/components/pledges/form-values';
import { loadFailure } from '$lib/server/forms/form-failure';
import { createPledge } from '$lib/server/pledges/create-pledge';
import { getPledgePermissions } from '$lib/server/pledges/get-pledge-permissions';
import { createPledgeSchema } from '$lib/server/pledges/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { parsePledgeForm, pledgeFormFailure, readPledgeForm } from '../pledge-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const [permissions, participants] = await Promise.all([
		getPledgePermissions(ctx, params.network),
		listParticipants(ctx, params.network, getLocale())
	]).catch(loadFailure);
	if (!permissions.canPledge) error(403, translate('error_forbidden'));
	const ownCode = ctx.actor.participant?.code ?? null;
	return {
		network: params.network,
		defaults: emptyPledgeForm(),
		// A pledge is always visible to its owner, so naming the owner adds nothing.
		namedChoices: participants
			.filter((p) => p.code !== ownCode)
			.map((p) => ({ code: p.code, name: p.name }))
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const values = readPledgeForm(await request.formData());
		let id: string;
		try {
			({ id } = await createPledge(
				locals.ctx,
				params.network,
				parsePledgeForm(createPledgeSchema, values)
			));
		} catch (e) {
			return pledgeFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/pledges/${id}`);
	}
};
