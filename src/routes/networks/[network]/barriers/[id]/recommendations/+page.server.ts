import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { createRecommendation } from '$lib/server/barriers/create-recommendation';
import { followUpRecommendation } from '$lib/server/barriers/follow-up-recommendation';
import { listRecommendations } from '$lib/server/barriers/list-recommendations';
import {
	createRecommendationSchema,
	recommendationUpdateSchema
} from '$lib/server/barriers/schemas';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { idParam, participantChoices } from '../../barrier-form.server';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const id = idParam(params.id);
	const [list, participants] = await Promise.all([
		listRecommendations(ctx, params.network, id),
		participantChoices(ctx, params.network)
	]).catch(loadFailure);
	const owner = participants.find((p) => p.code === list.assessment.ownerCode);
	return {
		network: params.network,
		id,
		locale: getLocale(),
		ownerName: owner?.name ?? list.assessment.ownerCode,
		...list
	};
}

export const actions = {
	add: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			area: formText(form, 'area'),
			text: formMultiline(form, 'text'),
			priority: formText(form, 'priority'),
			responsible: formText(form, 'responsible'),
			dueOn: formText(form, 'dueOn'),
			status: formText(form, 'status')
		};
		try {
			await createRecommendation(
				locals.ctx,
				params.network,
				idParam(params.id),
				parseInput(createRecommendationSchema, {
					...values,
					dueOn: values.dueOn.trim() === '' ? null : values.dueOn.trim(),
					status: values.status || undefined
				})
			);
		} catch (e) {
			return formFailure(e, values, { form: 'add' });
		}
		return { form: 'add', saved: true };
	},
	follow: async ({ locals, params, request }) => {
		const form = await request.formData();
		const recommendation = formText(form, 'recommendation');
		const values = {
			status: formText(form, 'status'),
			note: formMultiline(form, 'note'),
			dueOn: formText(form, 'dueOn')
		};
		try {
			await followUpRecommendation(
				locals.ctx,
				params.network,
				idParam(params.id),
				idParam(recommendation),
				parseInput(recommendationUpdateSchema, {
					status: values.status,
					note: values.note,
					dueOn: values.dueOn.trim() === '' ? undefined : values.dueOn.trim()
				})
			);
		} catch (e) {
			return formFailure(e, values, { form: `follow-${recommendation}` });
		}
		return { form: `follow-${recommendation}`, saved: true };
	}
};
