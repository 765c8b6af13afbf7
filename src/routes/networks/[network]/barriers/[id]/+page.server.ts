import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { barrierAreas, type BarrierArea } from '$lib/components/barriers/vocabulary';
import { parseInput } from '$lib/server/api/validation';
import { getAssessment } from '$lib/server/barriers/get-assessment';
import { recordArea } from '$lib/server/barriers/record-area';
import { areaInputSchema, updateAssessmentSchema } from '$lib/server/barriers/schemas';
import { updateAssessment } from '$lib/server/barriers/update-assessment';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import {
	areaFormValues,
	idParam,
	participantChoices,
	readAreaForm,
	releasabilityField,
	releasabilityInput
} from '../barrier-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const id = idParam(params.id);
	const [assessment, participants] = await Promise.all([
		getAssessment(ctx, params.network, id, url.origin),
		participantChoices(ctx, params.network)
	]).catch(loadFailure);
	const nameOf = new Map(participants.map((p) => [p.code, p.name]));
	return {
		network: params.network,
		locale: getLocale(),
		assessment,
		ownerName: nameOf.get(assessment.ownerCode) ?? assessment.ownerCode,
		releasedToNames: assessment.releasability.participants.map((c) => nameOf.get(c) ?? c),
		participants: participants.filter((p) => p.code !== assessment.ownerCode)
	};
}

export const actions = {
	update: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			status: formText(form, 'status'),
			notes: formMultiline(form, 'notes'),
			level: formText(form, 'level'),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
		};
		try {
			await updateAssessment(
				locals.ctx,
				params.network,
				idParam(params.id),
				parseInput(updateAssessmentSchema, {
					status: values.status,
					notes: values.notes,
					releasability: releasabilityInput(form)
				})
			);
		} catch (e) {
			return formFailure(e, values, { form: 'update', field: releasabilityField });
		}
		return { form: 'update', saved: true };
	},
	area: async ({ locals, params, request }) => {
		const form = await request.formData();
		const area = formText(form, 'area');
		if (!(barrierAreas as readonly string[]).includes(area)) {
			error(422, translate('bar_err_unknown_area'));
		}
		const values = areaFormValues(form);
		try {
			await recordArea(
				locals.ctx,
				params.network,
				idParam(params.id),
				area as BarrierArea,
				parseInput(areaInputSchema(area as BarrierArea), readAreaForm(form, area as BarrierArea))
			);
		} catch (e) {
			return formFailure(e, values, {
				form: area,
				field: (path) => (path.startsWith('facts.') ? `fact_${path.slice(6)}` : path)
			});
		}
		return { form: area, saved: true };
	}
};
