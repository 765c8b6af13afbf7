import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { getGovernance } from '$lib/server/governance/get-governance';
import { formFailure, loadFailure, text } from '$lib/server/governance/form.server';
import { recordHandover } from '$lib/server/governance/record-handover';
import { removeBodyMember, saveBodyMember } from '$lib/server/governance/save-body-member';
import { bodyMemberInputSchema, handoverInputSchema } from '$lib/server/governance/schemas';
import { listConferences } from '$lib/server/registry/list-conferences';

export const csr = false;

export async function load({ locals, params, url }) {
	const locale = getLocale();
	const [governance, conferences] = await Promise.all([
		getGovernance(locals.ctx, params.network, locale),
		listConferences(locals.ctx, params.network, locale)
	]).catch(loadFailure);
	return {
		governance,
		// Latest first: a handover most often follows the last conference.
		conferences: conferences
			.map((c) => ({ value: String(c.edition), label: `${c.name} (${c.year})` }))
			.reverse(),
		notice: url.searchParams.get('notice')
	};
}

export const actions = {
	handover: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			toCode: text(form, 'toCode'),
			on: text(form, 'on'),
			conferenceEdition: text(form, 'conferenceEdition'),
			note: text(form, 'note')
		};
		try {
			const input = parseInput(handoverInputSchema, {
				...values,
				conferenceEdition: values.conferenceEdition || undefined
			});
			await recordHandover(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, 'handover');
		}
		redirect(303, `/networks/${params.network}/governance?notice=handover`);
	},
	saveMember: async ({ locals, params, request }) => {
		const form = await request.formData();
		const body = text(form, 'body');
		const values = {
			body,
			participantCode: text(form, 'participantCode'),
			representativeName: text(form, 'representativeName'),
			representativeTitle: text(form, 'representativeTitle')
		};
		try {
			await saveBodyMember(
				locals.ctx,
				params.network,
				body,
				parseInput(bodyMemberInputSchema, values)
			);
		} catch (e) {
			return formFailure(e, values, `member-${body}`);
		}
		redirect(303, `/networks/${params.network}/governance?notice=member`);
	},
	removeMember: async ({ locals, params, request }) => {
		const form = await request.formData();
		const body = text(form, 'body');
		try {
			await removeBodyMember(locals.ctx, params.network, body, text(form, 'participantCode'));
		} catch (e) {
			return formFailure(e, { body }, `member-${body}`);
		}
		redirect(303, `/networks/${params.network}/governance?notice=member`);
	}
};
