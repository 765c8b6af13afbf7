import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { createDeclaration } from '$lib/server/declarations/create-declaration';
import { formFailure, loadFailure, text } from '$lib/server/governance/form.server';
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
			conferenceEdition: text(form, 'conferenceEdition'),
			title: { es: text(form, 'title.es'), en: text(form, 'title.en') }
		};
		let id: string;
		try {
			const input = parseInput(createDeclarationSchema, values);
			({ id } = await createDeclaration(locals.ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, 'create');
		}
		redirect(303, `/networks/${params.network}/declarations/${id}`);
	}
};
