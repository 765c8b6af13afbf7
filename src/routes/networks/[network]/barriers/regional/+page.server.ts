import { getRegionalView } from '$lib/server/barriers/get-regional-view';
import { regionalQuerySchema } from '$lib/server/barriers/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';

export const csr = false;

export async function load({ locals, params, url }) {
	// A year that does not parse shows every year rather than an error.
	const parsed = regionalQuerySchema.safeParse({
		year: url.searchParams.get('year')?.trim() || undefined
	});
	const year = parsed.success ? parsed.data.year : undefined;
	const view = await getRegionalView(locals.ctx, params.network, year).catch(loadFailure);
	return { network: params.network, ...view };
}
