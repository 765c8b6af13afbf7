import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { createDeclaration } from '$lib/server/declarations/create-declaration';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline } from '$lib/server/forms/form-input';
import { listDeclarations } from '$lib/server/declarations/list-declarations';
import { createDeclarationSchema } from '$lib/server/declarations/schemas';

export const csr = false;

export async function load({ locals, params }) {
	const list = await listDeclarations(locals.ctx, params.network, getLocale()).catch(loadFailure);
	return { network: params.network, ...list };
}

export const actions = {
	create: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			conferenceEdition: formMultiline(form, 'conferenceEdition'),
			title: { es: formMultiline(form, 'title.es'), en: formMultiline(form, 'title.en') }
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
