import { pickLocalized } from '$lib/i18n/localized';
import { requireSeeReportingCycles, requireSignedIn } from '../access/access';
import type { Actor } from '../access/actor';
import type { Transaction } from '../db/client';
import { NotFoundError } from '../errors';
import { findTermOn, listParticipantRows, type ParticipantRow } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { findCycle, type ActivityRow, type CycleRow } from './repository';
import type { ActivityView, CycleView } from './schemas';

export interface CycleContext {
	network: { id: string; slug: string };
	cycle: CycleRow;
	participants: Map<string, ParticipantRow>;
	/** The participant holding the Presidency today, if any. */
	presidencyNow: string | null;
	today: string;
}

/**
 * A cycle is seen by the signed-in users of its network's participants; to anyone else it does
 * not exist. Reading one national report (`forReport`) opens the cycle to anyone: the report
 * itself is then shown only where it was released (a public, submitted report to everyone).
 */
export async function loadCycleContext(
	tx: Transaction,
	actor: Actor,
	networkSlug: string,
	cycleId: string,
	today: string,
	options: { forReport?: boolean } = {}
): Promise<CycleContext> {
	if (!options.forReport) requireSignedIn(actor);
	const network = await requireNetwork(tx, networkSlug);
	if (!options.forReport) requireSeeReportingCycles(actor, network.id);
	const cycle = await findCycle(tx, network.id, cycleId);
	if (!cycle) throw new NotFoundError();
	const rows = await listParticipantRows(tx, network.id);
	const term = await findTermOn(tx, network.id, today);
	return {
		network: { id: network.id, slug: network.slug },
		cycle,
		participants: new Map(rows.map((p) => [p.id, p])),
		presidencyNow: term?.participant.id ?? null,
		today
	};
}

/** The asked participant with this code, or 404. */
export function askedParticipant(context: CycleContext, code: string): ParticipantRow {
	const found = [...context.participants.values()].find((p) => p.code === code);
	if (!found || !context.cycle.asked.includes(found.id)) throw new NotFoundError();
	return found;
}

export function codeOf(context: CycleContext, id: string): string {
	return context.participants.get(id)?.code ?? id;
}

export function nameOf(context: CycleContext, id: string, locale: string): string {
	const row = context.participants.get(id);
	return row ? pickLocalized(row.name, locale) || row.code : id;
}

export function toCycleView(context: CycleContext): CycleView {
	const { cycle } = context;
	return {
		id: cycle.id,
		network: context.network.slug,
		title: cycle.title,
		instructions: cycle.instructions,
		periodFrom: cycle.periodFrom,
		periodTo: cycle.periodTo,
		dueOn: cycle.dueOn,
		reminderOffsets: cycle.reminderOffsets,
		presidency: codeOf(context, cycle.presidencyId),
		asked: cycle.asked.map((id) => codeOf(context, id)).sort(),
		createdAt: cycle.createdAt.toISOString()
	};
}

export function toActivityView(context: CycleContext, activity: ActivityRow): ActivityView {
	return {
		id: activity.id,
		kind: activity.kind,
		title: activity.title,
		startsOn: activity.startsOn,
		endsOn: activity.endsOn,
		mission: activity.missionAcronym,
		female: activity.female,
		male: activity.male,
		partners: activity.partnerIds.map((id) => codeOf(context, id)),
		description: activity.description,
		releasability: activity.level
			? {
					level: activity.level,
					participants: activity.releasedTo.map((id) => codeOf(context, id)).sort()
				}
			: null
	};
}

/** Route ids that are not UUIDs cannot name a cycle. */
export function parseCycleId(raw: string): string {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)) {
		throw new NotFoundError();
	}
	return raw.toLowerCase();
}
