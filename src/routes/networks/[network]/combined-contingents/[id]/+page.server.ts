import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { pickLocalized, titleOf } from '$lib/i18n/localized';
import { translate } from '$lib/i18n/translate';
import { formFailure, loadFailure, refuseForm } from '$lib/server/forms/form-failure';
import { attachPledge } from '$lib/server/pledges/attach-pledge';
import { getContingentWithAccess } from '$lib/server/pledges/get-contingent';
import { recordId } from '$lib/server/pledges/ids';
import { listPledges } from '$lib/server/pledges/list-pledges';
import { withdrawPledge } from '$lib/server/pledges/withdraw-pledge';
import { listParticipants } from '$lib/server/registry/list-participants';

export const csr = false;

function contingentId(raw: string): string {
	try {
		return recordId(raw);
	} catch (e) {
		return loadFailure(e);
	}
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const id = contingentId(params.id);
	const ownCode = ctx.actor.participant?.code ?? null;
	const [found, participants] = await Promise.all([
		getContingentWithAccess(ctx, params.network, id),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const own =
		found.canContribute && ownCode
			? await listPledges(ctx, params.network, {
					participant: ownCode,
					limit: 200,
					offset: 0
				}).catch(loadFailure)
			: null;
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const c = found.contingent;
	const attached = new Set(c.contributions.map((k) => k.pledgeId));
	const notice = url.searchParams.get('notice');
	return {
		network: params.network,
		ownCode,
		contingent: {
			...c,
			...titleOf(c.title, locale),
			leadName: names.get(c.lead) ?? c.lead,
			contributions: c.contributions.map((k) => ({
				...k,
				...titleOf(k.title, locale),
				participantName: names.get(k.participant) ?? k.participant,
				own: k.participant === ownCode && found.canContribute
			}))
		},
		canContribute: found.canContribute,
		attachable: (own?.items ?? [])
			.filter((p) => !attached.has(p.id))
			.map((p) => ({ id: p.id, title: pickLocalized(p.title, locale) })),
		notice: notice === 'attached' || notice === 'withdrawn' ? notice : null
	};
}

const pledgeIdSchema = z.uuid();

export const actions = {
	attach: async ({ locals, params, request }) => {
		const value = (await request.formData()).get('pledgeId');
		const pledgeId = typeof value === 'string' ? value : '';
		const values = { pledgeId };
		if (!pledgeIdSchema.safeParse(pledgeId).success) {
			return refuseForm(
				422,
				values,
				translate('form_has_errors'),
				{ pledgeId: translate('form_choose') },
				'attach'
			);
		}
		try {
			await attachPledge(locals.ctx, params.network, contingentId(params.id), pledgeId);
		} catch (e) {
			return formFailure(e, values, { form: 'attach' });
		}
		redirect(303, `/networks/${params.network}/combined-contingents/${params.id}?notice=attached`);
	},
	withdraw: async ({ locals, params, request }) => {
		const value = (await request.formData()).get('pledgeId');
		const pledgeId = typeof value === 'string' ? value : '';
		try {
			await withdrawPledge(locals.ctx, params.network, contingentId(params.id), recordId(pledgeId));
		} catch (e) {
			return formFailure(e, { pledgeId }, { form: 'withdraw' });
		}
		redirect(303, `/networks/${params.network}/combined-contingents/${params.id}?notice=withdrawn`);
	}
};
