import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { getEvent } from '$lib/server/calendar/get-event';
import { updateEvent } from '$lib/server/calendar/update-event';
import { updateEventSchema } from '$lib/server/calendar/schemas';
import {
	eventFormFailure,
	eventFormValues,
	eventIdParam,
	eventInput,
	loadEventFormChoices,
	readEventForm
} from '../../event-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';
import { zoneChoices } from '$lib/server/time/zones';
import { getLocale } from '$lib/paraglide/runtime';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const id = eventIdParam(params.id);
	const [found, choices] = await Promise.all([
		getEvent(ctx, params.network, id),
		loadEventFormChoices(ctx, params.network)
	]).catch(loadFailure);
	if (!found.canEdit) error(403, translate('error_forbidden'));
	// The current organiser stays choosable even when the editor could not file events for it.
	const organisers = choices.organisers.some((o) => o.code === found.event.organiserCode)
		? choices.organisers
		: [
				...choices.organisers,
				choices.participants.find((p) => p.code === found.event.organiserCode) ?? {
					code: found.event.organiserCode,
					name: found.event.organiserCode
				}
			];
	return {
		network: params.network,
		id,
		values: eventFormValues(found.event),
		...choices,
		zones: zoneChoices(getLocale(), found.event.timeZone),
		organisers
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const id = eventIdParam(params.id);
		const values = readEventForm(await request.formData());
		try {
			await updateEvent(
				locals.ctx,
				params.network,
				id,
				parseInput(updateEventSchema, eventInput(values))
			);
		} catch (e) {
			return eventFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/calendar/${id}`);
	}
};
