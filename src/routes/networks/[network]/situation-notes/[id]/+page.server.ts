import { redirect } from '@sveltejs/kit';
import { pickLocalized } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { getSituationNote } from '$lib/server/situation/get-situation-note';
import { updateSituationNote } from '$lib/server/situation/update-situation-note';
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
		title: pickLocalized(note.title, locale),
		body: pickLocalized(note.body, locale),
		ownerName: names.get(note.ownerCode) ?? note.ownerCode,
		countryName: countryName(note.country, locale),
		observed: observed(note.observedAt),
		versions: note.versions.map((v) => ({
			...v,
			titleText: pickLocalized(v.title, locale),
			observed: observed(v.observedAt),
			changed: formatWithZone(new Date(v.changedAt), 'UTC', locale)
		})),
		releasedToNames: note.releasability.participants.map((code) => names.get(code) ?? code)
	};
}

export const actions = {
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
