import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { createDeclaration } from '$lib/server/declarations/create-declaration';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline } from '$lib/server/forms/form-input';
import { listDeclarations } from '$lib/server/declarations/list-declarations';
import { createDeclarationSchema } from '$lib/server/declarations/schemas';
import { listConferences } from '$lib/server/registry/list-conferences';

export const csr = false;

export async function load({ locals, params }) {
	const locale = getLocale();
	const [list, conferences] = await Promise.all([
		listDeclarations(locals.ctx, params.network, locale),
		listConferences(locals.ctx, params.network, locale)
	]).catch(loadFailure);
	return {
		network: params.network,
		...list,
		// Latest first: a new declaration is most often drafted for the coming conference.
		conferences: conferences
			.map((c) => ({ value: String(c.edition), label: `${c.name} (${c.year})` }))
			.reverse()
	};
}

export const actions = {
	create: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			conferenceEdition: formMultiline(form, 'conferenceEdition'),
			title: {
				es: formMultiline(form, 'title.es'),
				en: formMultiline(form, 'title.en'),
				pt: formMultiline(form, 'title.pt'),
				fr: formMultiline(form, 'title.fr')
			}
		};
		let id: string;
		try {
			const input = parseInput(createDeclarationSchema, values);
			({ id } = await createDeclaration(locals.ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, { form: 'create', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/declarations/${id}`);
	}
};
