import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { emptyEventForm } from '$lib/components/calendar/form-values';
import { parseInput } from '$lib/server/api/validation';
import { createEvent } from '$lib/server/calendar/create-event';
import { createEventSchema } from '$lib/server/calendar/schemas';
import {
	eventFormFailure,
	eventInput,
	loadEventFormChoices,
	readEventForm
} from '../event-form.server';
import { loadFailure } from '$lib/server/forms/form-failure';
import { defaultZoneOf } from '$lib/server/time/zones';

export const csr = false;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	// Signing in brings the visitor back here.
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const choices = await loadEventFormChoices(ctx, params.network).catch(loadFailure);
	if (choices.organisers.length === 0) error(403, translate('error_forbidden'));
	const own = ctx.actor.participant?.code ?? '';
	const organiser = choices.organisers.some((o) => o.code === own)
		? own
		: (choices.organisers[0]?.code ?? '');
	const countryCode = choices.countryOf[organiser] ?? null;
	const defaults = emptyEventForm(organiser, { countryCode, timeZone: defaultZoneOf(countryCode) });
	return { network: params.network, defaults, ...choices };
}

export const actions = {
	create: async ({ locals, params, request }) => {
		const values = readEventForm(await request.formData());
		let id: string;
		try {
			const { cancelled: _ignored, ...input } = eventInput(values);
			({ id } = await createEvent(
				locals.ctx,
				params.network,
				parseInput(createEventSchema, input)
			));
		} catch (e) {
			return eventFormFailure(e, values);
		}
		redirect(303, `/networks/${params.network}/calendar/${id}`);
	}
};
