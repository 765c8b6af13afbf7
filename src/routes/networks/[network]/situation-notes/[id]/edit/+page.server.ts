import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getSituationNote } from '$lib/server/situation/get-situation-note';
import { updateSituationNote } from '$lib/server/situation/update-situation-note';
import { updateSituationNoteSchema } from '$lib/server/situation/schemas';
import {
	loadNoteFormChoices,
	noteFormFailure,
	noteFormValues,
	noteIdParam,
	noteInput,
	readNoteForm
} from '../../note-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const id = noteIdParam(params.id);
	const note = await getSituationNote(ctx, params.network, id).catch(loadFailure);
	if (!note.canEdit) error(403, translate('error_forbidden'));
	const choices = await loadNoteFormChoices(ctx, params.network, note.timeZone).catch(loadFailure);
	return { network: params.network, id, values: noteFormValues(note), ...choices };
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const id = noteIdParam(params.id);
		const values = readNoteForm(await request.formData());
		try {
			await updateSituationNote(
				locals.ctx,
				params.network,
				id,
				parseInput(updateSituationNoteSchema, noteInput(values))
			);
		} catch (e) {
			return noteFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/situation-notes/${id}`);
	}
};
