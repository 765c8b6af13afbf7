import { redirect } from '@sveltejs/kit';
import { pickLocalized, pickLocalizedWithLanguage, titleOf } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { getSituationNote } from '$lib/server/situation/get-situation-note';
import { updateSituationNote } from '$lib/server/situation/update-situation-note';
import { formatSize } from '$lib/i18n/format';
import { addNoteAttachments } from '$lib/server/situation/add-note-attachments';
import { readNoteAttachments } from '$lib/server/situation/attachments';
import { removeNoteAttachment } from '$lib/server/situation/remove-note-attachment';
import { countryName } from '$lib/server/statistics/country-names';
import { formatWithZone } from '$lib/server/time/form-zone';
import { noteIdParam } from '../note-form.server';

export const csr = false;

export async function load({ locals, params }) {
	const locale = getLocale();
	const id = noteIdParam(params.id);
	const [note, participants] = await Promise.all([
		getSituationNote(locals.ctx, params.network, id),
		listParticipants(locals.ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const observed = (at: string) => formatWithZone(new Date(at), note.timeZone, locale);
	return {
		network: params.network,
		note,
		...titleOf(note.title, locale),
		body: pickLocalized(note.body, locale),
		bodyLanguage: pickLocalizedWithLanguage(note.body, locale).language,
		ownerName: names.get(note.ownerCode) ?? note.ownerCode,
		countryName: countryName(note.country, locale),
		observed: observed(note.observedAt),
		versions: note.versions.map((v) => ({
			...v,
			titleText: pickLocalized(v.title, locale),
			titleLanguage: pickLocalizedWithLanguage(v.title, locale).language,
			observed: observed(v.observedAt),
			changed: formatWithZone(new Date(v.changedAt), 'UTC', locale)
		})),
		releasedToNames: note.releasability.participants.map((code) => names.get(code) ?? code),
		attachments: note.attachments.map((a) => ({
			...a,
			sizeText: formatSize(a.size, locale),
			added: formatWithZone(new Date(a.createdAt), note.timeZone, locale)
		}))
	};
}

function signedIn(locals: App.Locals, url: URL) {
	if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
}

export const actions = {
	attach: async ({ locals, params, request, url }) => {
		signedIn(locals, url);
		const id = noteIdParam(params.id);
		try {
			const files = (await request.formData()).getAll('attachments');
			await addNoteAttachments(locals.ctx, params.network, id, await readNoteAttachments(files));
		} catch (e) {
			return formFailure(e, {}, { form: 'attach', field: () => 'attachments' });
		}
		redirect(303, `/networks/${params.network}/situation-notes/${id}#attachments`);
	},
	detach: async ({ locals, params, request, url }) => {
		signedIn(locals, url);
		const id = noteIdParam(params.id);
		const attachment = (await request.formData()).get('attachment');
		try {
			await removeNoteAttachment(
				locals.ctx,
				params.network,
				id,
				noteIdParam(typeof attachment === 'string' ? attachment : '')
			);
		} catch (e) {
			return formFailure(e, {}, { form: 'attach' });
		}
		redirect(303, `/networks/${params.network}/situation-notes/${id}#attachments`);
	},
	close: async ({ locals, params, url }) => {
		if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const id = noteIdParam(params.id);
		try {
			await updateSituationNote(locals.ctx, params.network, id, { closed: true });
		} catch (e) {
			return formFailure(e, {});
		}
		redirect(303, `/networks/${params.network}/situation-notes/${id}`);
	}
};
