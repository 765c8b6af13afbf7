import { getLocale } from '$lib/paraglide/runtime';
import { listAssessments } from '$lib/server/barriers/list-assessments';
import { loadFailure } from '$lib/server/forms/form-failure';
import { participantChoices } from './barrier-form.server';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const [list, participants] = await Promise.all([
		listAssessments(ctx, params.network, {}),
		participantChoices(ctx, params.network)
	]).catch(loadFailure);
	const nameOf = new Map(participants.map((p) => [p.code, p.name]));
	const ownCode = ctx.actor.participant?.code ?? null;
	return {
		network: params.network,
		locale: getLocale(),
		canCreate: list.canCreate,
		signedIn: ctx.actor.userId !== null,
		items: list.items.map((a) => ({
			id: a.id,
			participant: nameOf.get(a.ownerCode) ?? a.ownerCode,
			own: a.ownerCode === ownCode,
			year: a.year,
			scope: a.scope,
			status: a.status,
			findingsRecorded: a.findingsRecorded,
			level: a.releasability.level
		}))
	};
}
