import { getLocale } from '$lib/paraglide/runtime';
import { pickLocalized } from '$lib/i18n/localized';
import { barrierAreas } from '$lib/components/barriers/vocabulary';
import { parseInput } from '$lib/server/api/validation';
import { answerSurvey, newAnswerNonce } from '$lib/server/barriers/answer-survey';
import { findSurvey } from '$lib/server/barriers/find-survey';
import { surveyResponseSchema } from '$lib/server/barriers/schemas';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formText } from '$lib/server/forms/form-input';

export const csr = false;

export async function load({ locals, params }) {
	const survey = await findSurvey(locals.ctx, params.token).catch(loadFailure);
	return {
		open: survey.open,
		year: survey.year,
		scope: survey.scope,
		owner: pickLocalized(survey.ownerName, getLocale()),
		// Each page view gets its own form: sent twice, it is counted once.
		nonce: newAnswerNonce()
	};
}

export const actions = {
	answer: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values: Record<string, string> = {
			gender: formText(form, 'gender'),
			nonce: formText(form, 'nonce')
		};
		for (const area of barrierAreas) values[area] = formText(form, area);
		try {
			await answerSurvey(
				locals.ctx,
				params.token,
				parseInput(surveyResponseSchema, {
					gender: values.gender,
					answers: Object.fromEntries(
						barrierAreas.map((area) => [
							area,
							/^[1-5]$/.test(values[area]!) ? Number(values[area]) : values[area] || undefined
						])
					),
					nonce: values.nonce || undefined
				})
			);
		} catch (e) {
			return formFailure(e, values, {
				field: (path) => (path.startsWith('answers.') ? path.slice(8) : path.split('.')[0])
			});
		}
		return { done: true };
	}
};
