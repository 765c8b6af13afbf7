import { getLocale } from '$lib/paraglide/runtime';
import { compareAssessments } from '$lib/server/barriers/compare-assessments';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

export async function load({ locals, params, url }) {
	const locale = getLocale();
	const code = url.searchParams.get('participant')?.trim() || undefined;
	const view = await compareAssessments(locals.ctx, params.network, code, locale).catch(
		loadFailure
	);
	return { network: params.network, locale, ...view };
}
