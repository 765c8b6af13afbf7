import { fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { decisionIdParam } from '$lib/server/governance/decision-id';
import { extendDecision } from '$lib/server/governance/extend-decision';
import { formFailure, loadFailure, text } from '$lib/server/governance/form.server';
import { getDecision } from '$lib/server/governance/get-decision';
import { isoToLocalInput, localInputToIso } from '$lib/server/governance/local-time';
import { recordPosition } from '$lib/server/governance/record-position';
import { extendInputSchema, positionInputSchema } from '$lib/server/governance/schemas';
import { withdrawDecision } from '$lib/server/governance/withdraw-decision';
import { zoneChoices } from '$lib/server/registry/place-choices';
import { formZone } from '$lib/server/time/form-zone';
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
	const zone = formZone({ account: locals.user?.timeZone });
	return {
		network: params.network,
		decision,
		zone,
		zones: zoneChoices(getLocale(), zone),
		deadlineInput: isoToLocalInput(new Date(decision.deadline), zone),
		notice: url.searchParams.get('notice')
	};
}

export const actions = {
	position: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = { position: text(form, 'position'), comment: text(form, 'comment') };
		try {
			const input = parseInput(positionInputSchema, values);
			await recordPosition(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, 'position');
		}
		redirect(303, `/networks/${params.network}/decisions/${params.id}?notice=position`);
	},
	extend: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = { deadline: readDateTime(form, 'deadline'), zone: text(form, 'zone') };
		try {
			const zone = formZone({ chosen: values.zone, account: locals.user?.timeZone });
			// A deadline is a moment: a day without its time is not one.
			const deadline = values.deadline.includes('T')
				? localInputToIso(values.deadline, zone)
				: null;
			if (!deadline) {
				throw new ValidationError([{ path: 'deadline', message: 'gov_err_datetime_local' }]);
			}
			const input = parseInput(extendInputSchema, { deadline });
			await extendDecision(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, 'extend');
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
			return formFailure(e, {}, 'withdraw');
		}
		redirect(303, `/networks/${params.network}/decisions/${params.id}?notice=withdrawn`);
	}
};
