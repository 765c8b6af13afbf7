import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { getGovernance } from '$lib/server/presidency/get-governance';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline } from '$lib/server/forms/form-input';
import { recordHandover } from '$lib/server/presidency/record-handover';
import { removeBodyMember, saveBodyMember } from '$lib/server/presidency/save-body-member';
import { bodyMemberInputSchema, handoverInputSchema } from '$lib/server/presidency/schemas';
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
			toCode: formMultiline(form, 'toCode'),
			on: formMultiline(form, 'on'),
			conferenceEdition: formMultiline(form, 'conferenceEdition'),
			note: formMultiline(form, 'note')
		};
		try {
			const input = parseInput(handoverInputSchema, {
				...values,
				conferenceEdition: values.conferenceEdition || undefined
			});
			await recordHandover(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, { form: 'handover', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/governance?notice=handover`);
	},
	saveMember: async ({ locals, params, request }) => {
		const form = await request.formData();
		const body = formMultiline(form, 'body');
		const values = {
			body,
			participantCode: formMultiline(form, 'participantCode'),
			representativeName: formMultiline(form, 'representativeName'),
			representativeTitle: formMultiline(form, 'representativeTitle')
		};
		try {
			await saveBodyMember(
				locals.ctx,
				params.network,
				body,
				parseInput(bodyMemberInputSchema, values)
			);
		} catch (e) {
			return formFailure(e, values, { form: `member-${body}`, summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/governance?notice=member`);
	},
	removeMember: async ({ locals, params, request }) => {
		const form = await request.formData();
		const body = formMultiline(form, 'body');
		try {
			await removeBodyMember(
				locals.ctx,
				params.network,
				body,
				formMultiline(form, 'participantCode')
			);
		} catch (e) {
			return formFailure(
				e,
				{ body },
				{ form: `member-${body}`, summaryKey: 'gov_form_has_errors' }
			);
		}
		redirect(303, `/networks/${params.network}/governance?notice=member`);
	}
};
