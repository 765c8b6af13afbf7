import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { titleOf } from '$lib/i18n/localized';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { createContingent } from '$lib/server/pledges/create-contingent';
import { getPledgePermissions } from '$lib/server/pledges/get-pledge-permissions';
import { listContingents } from '$lib/server/pledges/list-contingents';
import { createContingentSchema } from '$lib/server/pledges/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';

export const csr = false;

interface ContingentFormValues {
	title: string;
	template: string;
	notes: string;
	level: string;
	participants: string[];
}

export async function load({ locals, params }) {
	const locale = getLocale();
	const [contingents, participants, permissions] = await Promise.all([
		listContingents(locals.ctx, params.network),
		listParticipants(locals.ctx, params.network, locale),
		getPledgePermissions(locals.ctx, params.network)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const ownCode = locals.ctx.actor.participant?.code ?? null;
	return {
		network: params.network,
		ownCode,
		canCreate: permissions.canPledge,
		defaults: {
			title: '',
			template: '',
			notes: '',
			level: 'members',
			participants: []
		} satisfies ContingentFormValues,
		namedChoices: participants
			.filter((p) => p.code !== ownCode)
			.map((p) => ({ code: p.code, name: p.name })),
		contingents: contingents.map((c) => ({
			id: c.id,
			...titleOf(c.title, locale),
			leadName: names.get(c.lead) ?? c.lead,
			personnel: c.personnel.total,
			femaleShare: c.femaleShare,
			readinessLevel: c.readinessLevel,
			contributions: c.contributions.length,
			withheld: c.withheld,
			level: c.releasability.level
		}))
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const form = await request.formData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
		};
		const values: ContingentFormValues = {
			title: text('title'),
			template: text('template'),
			notes: text('notes'),
			level: text('level'),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
		};
		let id: string;
		try {
			const input = parseInput(createContingentSchema, {
				title: { [getLocale()]: values.title },
				template: values.template || null,
				notes: values.notes,
				releasability: {
					level: values.level || undefined,
					participants: values.level === 'named' ? values.participants : undefined
				}
			});
			({ id } = await createContingent(locals.ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, {
				field: (path) =>
					path.startsWith('releasability.participants')
						? 'participants'
						: path.startsWith('releasability')
							? 'level'
							: path.split('.')[0]
			});
		}
		redirect(303, `/networks/${params.network}/combined-contingents/${id}`);
	}
};
