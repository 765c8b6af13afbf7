import { error, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { listParticipants } from '$lib/server/registry/list-participants';
import { getReportingPolicies } from '$lib/server/reports/get-reporting-policies';
import { openCycle } from '$lib/server/reports/open-cycle';
import { openCycleSchema } from '$lib/server/reports/schemas';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formMultiline } from '$lib/server/forms/form-input';

const languages = ['es', 'en', 'pt', 'fr'] as const;

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const policies = await getReportingPolicies(ctx, params.network).catch(loadFailure);
	if (!policies.openCycle) error(403, translate('rep_only_presidency'));
	const participants = await listParticipants(ctx, params.network, getLocale()).catch(loadFailure);
	const choices = participants
		.filter((p) => p.status !== 'partner')
		.map((p) => ({ code: p.code, name: p.name, member: p.status === 'member' }));
	return {
		network: params.network,
		participants: choices,
		defaults: {
			title: '',
			periodFrom: '',
			periodTo: '',
			dueOn: '',
			instructions: { es: '', en: '', pt: '', fr: '' } as Record<string, string>,
			participants: choices.filter((p) => p.member).map((p) => p.code),
			reminderOffsets: '14, 3'
		}
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const form = await request.formData();
		const get = (name: string) => formMultiline(form, name);
		const values = {
			title: get('title'),
			periodFrom: get('periodFrom'),
			periodTo: get('periodTo'),
			dueOn: get('dueOn'),
			instructions: Object.fromEntries(languages.map((l) => [l, get(`instructions.${l}`)])),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string'),
			reminderOffsets: get('reminderOffsets')
		};
		const offsets = values.reminderOffsets
			.split(/[,;\s]+/)
			.filter(Boolean)
			.map((v) => (/^\d+$/.test(v) ? Number(v) : Number.NaN));
		let id: string;
		try {
			const input = parseInput(openCycleSchema, {
				...values,
				participants: values.participants,
				reminderOffsets: offsets
			});
			({ id } = await openCycle(locals.ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, { field: (path) => path.split('.')[0] || undefined });
		}
		redirect(303, `/networks/${params.network}/reports/${id}`);
	}
};
