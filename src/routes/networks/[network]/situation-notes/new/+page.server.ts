import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { emptyNoteForm } from '$lib/components/situation/form-values';
import { parseInput } from '$lib/server/api/validation';
import { loadFailure } from '$lib/server/forms/form-failure';
import { defaultZoneOf } from '$lib/server/time/zones';
import { canWriteSituationNotes } from '$lib/server/situation/can-write-notes';
import { readNoteAttachments } from '$lib/server/situation/attachments';
import { createSituationNote } from '$lib/server/situation/create-situation-note';
import { createSituationNoteSchema } from '$lib/server/situation/schemas';
import { loadNoteFormChoices, noteFormFailure, noteInput, readNoteForm } from '../note-form.server';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId)
		redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	const [canWrite, choices] = await Promise.all([
		canWriteSituationNotes(ctx, params.network),
		loadNoteFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!canWrite) error(403, translate('error_forbidden'));
	const ownCountry = choices.countryOf[ctx.actor.participant?.code ?? ''] ?? undefined;
	const defaults = emptyNoteForm({ timeZone: defaultZoneOf(ownCountry) });
	// Arriving from a mission's page, the note is about that mission.
	const mission = url.searchParams.get('mission')?.toUpperCase() ?? '';
	if (choices.missions.some((m) => m.value === mission)) defaults.mission = mission;
	return { network: params.network, defaults, ...choices };
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = readNoteForm(form);
		let id: string;
		try {
			const input = parseInput(createSituationNoteSchema, noteInput(values));
			const attachments = await readNoteAttachments(form.getAll('attachments'));
			({ id } = await createSituationNote(locals.ctx, params.network, input, attachments));
		} catch (e) {
			return noteFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/situation-notes/${id}`);
	}
};
