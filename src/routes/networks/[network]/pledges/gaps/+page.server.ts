import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { titleOf } from '$lib/i18n/localized';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { deleteCapabilityGap } from '$lib/server/pledges/delete-capability-gap';
import { listCapabilityGaps } from '$lib/server/pledges/list-capability-gaps';
import { publishCapabilityGap } from '$lib/server/pledges/publish-capability-gap';
import { publishGapSchema } from '$lib/server/pledges/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { pageRecordId } from '../pledge-form.server';

export const csr = false;

interface GapFormValues {
	unitType: string;
	minimumLevel: string;
	quantity: string;
	title: string;
	description: string;
	mission: string;
	level: string;
	participants: string[];
}

const emptyGap: GapFormValues = {
	unitType: '',
	minimumLevel: 'level_1',
	quantity: '1',
	title: '',
	description: '',
	mission: '',
	level: 'network',
	participants: []
};

export async function load({ locals, params }) {
	const locale = getLocale();
	const [gaps, participants] = await Promise.all([
		listCapabilityGaps(locals.ctx, params.network),
		listParticipants(locals.ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const ownCode = locals.ctx.actor.participant?.code ?? null;
	return {
		network: params.network,
		ownCode,
		canPublish: gaps.canPublish,
		defaults: emptyGap,
		namedChoices: participants
			.filter((p) => p.code !== ownCode)
			.map((p) => ({ code: p.code, name: p.name })),
		gaps: gaps.items.map((g) => ({
			id: g.id,
			...titleOf(g.title, locale),
			publisherName: names.get(g.publisher) ?? g.publisher,
			unitType: g.unitType,
			minimumLevel: g.minimumLevel,
			quantity: g.quantity,
			description: g.description,
			mission: g.mission,
			canDelete: g.canDelete,
			matches: g.matches.map((match) => ({
				pledgeId: match.pledgeId,
				...titleOf(match.title, locale),
				participantName: names.get(match.participant) ?? match.participant,
				readinessLevel: match.readinessLevel,
				personnel: match.personnel.total
			}))
		}))
	};
}

export const actions = {
	publish: async ({ locals, params, request }) => {
		const form = await request.formData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const values: GapFormValues = {
			unitType: text('unitType'),
			minimumLevel: text('minimumLevel'),
			quantity: text('quantity').trim(),
			title: text('title'),
			description: text('description').replace(/\r\n/g, '\n'),
			mission: text('mission'),
			level: text('level'),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
		};
		try {
			const input = parseInput(publishGapSchema, {
				unitType: values.unitType || undefined,
				minimumLevel: values.minimumLevel || undefined,
				quantity: values.quantity === '' ? undefined : Number(values.quantity),
				title: { [getLocale()]: values.title },
				description: values.description,
				mission: values.mission,
				releasability: {
					level: values.level || undefined,
					participants: values.level === 'named' ? values.participants : undefined
				}
			});
			await publishCapabilityGap(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, {
				form: 'publish',
				field: (path) =>
					path.startsWith('releasability.participants')
						? 'participants'
						: path.startsWith('releasability')
							? 'level'
							: path.split('.')[0]
			});
		}
		redirect(303, `/networks/${params.network}/pledges/gaps`);
	},
	delete: async ({ locals, params, request }) => {
		const form = await request.formData();
		const id = form.get('id');
		try {
			await deleteCapabilityGap(
				locals.ctx,
				params.network,
				pageRecordId(typeof id === 'string' ? id : '')
			);
		} catch (e) {
			return formFailure(e, emptyGap, { form: 'delete' });
		}
		redirect(303, `/networks/${params.network}/pledges/gaps`);
	}
};
