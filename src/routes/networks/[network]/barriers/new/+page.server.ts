import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { canAssessBarriers } from '$lib/server/barriers/can-assess-barriers';
import { createAssessment } from '$lib/server/barriers/create-assessment';
import { createAssessmentSchema } from '$lib/server/barriers/schemas';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { participantChoices, releasabilityField, releasabilityInput } from '../barrier-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId)
		redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	const [canCreate, participants] = await Promise.all([
		canAssessBarriers(ctx, params.network),
		participantChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!canCreate) error(403, translate('error_forbidden'));
	return {
		network: params.network,
		participants: participants.filter((p) => p.code !== ctx.actor.participant?.code),
		defaults: {
			year: String(new Date().getUTCFullYear()),
			scope: 'armed_forces',
			notes: '',
			level: 'owner',
			participants: [] as string[]
		}
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			year: formText(form, 'year'),
			scope: formText(form, 'scope'),
			notes: formMultiline(form, 'notes'),
			level: formText(form, 'level'),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
		};
		let id: string;
		try {
			({ id } = await createAssessment(
				locals.ctx,
				params.network,
				parseInput(createAssessmentSchema, {
					year: /^\d{1,4}$/.test(values.year.trim()) ? Number(values.year) : values.year,
					scope: values.scope,
					notes: values.notes,
					releasability: releasabilityInput(form)
				})
			));
		} catch (e) {
			return formFailure(e, values, { field: releasabilityField });
		}
		redirect(303, `/networks/${params.network}/barriers/${id}`);
	}
};
