import { fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { decisionIdParam } from '$lib/server/decisions/decision-id';
import { extendDecision } from '$lib/server/decisions/extend-decision';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline } from '$lib/server/forms/form-input';
import { getDecision } from '$lib/server/decisions/get-decision';
import { recordPosition } from '$lib/server/decisions/record-position';
import { extendInputSchema, positionInputSchema } from '$lib/server/decisions/schemas';
import { withdrawDecision } from '$lib/server/decisions/withdraw-decision';
import { zoneChoices } from '$lib/server/time/zones';
import { readerZone, readLocalDateTime, toLocalDateTime } from '$lib/server/time/form-zone';
import { readDateTime } from '$lib/components/form/date-time';

export const csr = false;

function id(raw: string): string {
	try {
		return decisionIdParam(raw);
	} catch (e) {
		return loadFailure(e);
	}
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const decision = await getDecision(ctx, params.network, id(params.id), getLocale()).catch(
		loadFailure
	);
	const zone = readerZone(locals);
	return {
		network: params.network,
		decision,
		zone,
		zones: zoneChoices(getLocale(), zone),
		deadlineInput: toLocalDateTime(new Date(decision.deadline), zone),
		notice: url.searchParams.get('notice')
	};
}

export const actions = {
	position: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			position: formMultiline(form, 'position'),
			comment: formMultiline(form, 'comment')
		};
		try {
			const input = parseInput(positionInputSchema, values);
			await recordPosition(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, { form: 'position', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/decisions/${params.id}?notice=position`);
	},
	extend: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = { deadline: readDateTime(form, 'deadline'), zone: formMultiline(form, 'zone') };
		try {
			const zone = readerZone(locals, values.zone);
			// A deadline is a moment: a day without its time is not one.
			const deadline = values.deadline.includes('T')
				? readLocalDateTime(values.deadline, zone)
				: null;
			if (!deadline) {
				throw new ValidationError([{ path: 'deadline', message: 'gov_err_datetime_local' }]);
			}
			const input = parseInput(extendInputSchema, { deadline });
			await extendDecision(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, { form: 'extend', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/decisions/${params.id}?notice=extended`);
	},
	withdraw: async ({ locals, params, request }) => {
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, {
				form: 'withdraw',
				values: {},
				errors: { confirm: translate('gov_withdraw_needs_confirm') },
				message: translate('gov_withdraw_needs_confirm')
			});
		}
		try {
			await withdrawDecision(locals.ctx, params.network, id(params.id));
		} catch (e) {
			return formFailure(e, {}, { form: 'withdraw', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, `/networks/${params.network}/decisions/${params.id}?notice=withdrawn`);
	}
};
