import { getLocale } from '$lib/paraglide/runtime';
import { getAssessment } from '$lib/server/barriers/get-assessment';
import { getSurveyResults } from '$lib/server/barriers/get-survey-results';
import { openSurvey } from '$lib/server/barriers/open-survey';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { idParam, participantChoices } from '../../barrier-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const id = idParam(params.id);
	const [assessment, results, participants] = await Promise.all([
		getAssessment(ctx, params.network, id, url.origin),
		getSurveyResults(ctx, params.network, id),
		participantChoices(ctx, params.network)
	]).catch(loadFailure);
	return {
		network: params.network,
		locale: getLocale(),
		id,
		ownerName:
			participants.find((p) => p.code === assessment.ownerCode)?.name ?? assessment.ownerCode,
		year: assessment.year,
		scope: assessment.scope,
		status: assessment.status,
		canEdit: assessment.canEdit,
		survey: assessment.survey,
		results
	};
}

export const actions = {
	open: async ({ locals, params, url }) => {
		try {
			await openSurvey(locals.ctx, params.network, idParam(params.id), url.origin);
		} catch (e) {
			return formFailure(e, {}, { form: 'open' });
		}
		return { form: 'open', opened: true };
	}
};
