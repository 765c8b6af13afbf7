import { pickLocalized } from '$lib/i18n/localized';
import { canTakePosition, isPresidency, type GovernanceFacts } from '../access/access';
import type { Actor } from '../access/actor';
import type { Queryable } from '../db/client';
import { decisionStatusAt, lastPositions } from './decision-outcome';
import {
	findCandidateById,
	participantCodes,
	type DecisionEventRow,
	type DecisionRow
} from './repository';
import type { DecisionSummary, DecisionView } from './schemas';

export function toDecisionSummary(
	row: DecisionRow,
	codes: Map<string, { code: string }>,
	events: readonly DecisionEventRow[],
	locale: string,
	now: Date
): DecisionSummary {
	return {
		id: row.id,
		kind: row.kind,
		title: pickLocalized(row.title, locale),
		status: decisionStatusAt(row, events, now),
		deadline: row.deadline.toISOString(),
		eligible: row.eligible.map((id) => codes.get(id)?.code ?? id).sort(),
		openedBy: codes.get(row.ownerId)?.code ?? '',
		createdAt: row.createdAt.toISOString()
	};
}

/**
 * The decision as the actor may see it. `events` are those row-level security let the actor read,
 * so positions kept to their own participant are already left out.
 */
export async function toDecisionView(
	q: Queryable,
	networkSlug: string,
	row: DecisionRow,
	events: readonly DecisionEventRow[],
	actor: Actor,
	facts: GovernanceFacts,
	locale: string,
	now: Date
): Promise<DecisionView> {
	const ownId = actor.participant?.id ?? null;
	const seesAll = row.positionsVisibility === 'all' || (ownId !== null && ownId === row.ownerId);
	const visible = events.filter(
		(e) => e.kind !== 'position' || seesAll || e.participantId === ownId
	);
	const codes = await participantCodes(q, [
		row.ownerId,
		...row.eligible,
		...visible.flatMap((e) => (e.participantId ? [e.participantId] : []))
	]);
	const code = (id: string | null) => (id ? (codes.get(id)?.code ?? id) : null);
	const status = decisionStatusAt(row, events, now);
	const positions = [...lastPositions(visible, row.deadline, row.eligible).values()]
		.map((e) => ({
			participant: code(e.participantId)!,
			position: e.position!,
			comment: e.comment,
			at: e.at.toISOString()
		}))
		.sort((a, b) => a.participant.localeCompare(b.participant));
	const own = ownId ? positions.find((p) => p.participant === code(ownId)) : undefined;
	const candidate = row.subjectCandidateId
		? await findCandidateById(q, row.subjectCandidateId)
		: undefined;
	const open = status === 'open';
	return {
		id: row.id,
		network: networkSlug,
		kind: row.kind,
		title: pickLocalized(row.title, locale),
		status,
		deadline: row.deadline.toISOString(),
		eligible: row.eligible.map((id) => code(id)!).sort(),
		positions,
		history: visible.map((e) => ({
			seq: e.seq,
			kind: e.kind,
			participant: code(e.participantId),
			position: e.position,
			comment: e.comment,
			deadline: e.deadline ? e.deadline.toISOString() : null,
			at: e.at.toISOString()
		})),
		titles: row.title,
		text: row.text,
		positionsVisibility: row.positionsVisibility,
		openedBy: code(row.ownerId)!,
		subject: {
			candidate: candidate
				? {
						code: candidate.code,
						name: pickLocalized(candidate.name, locale),
						admitted: candidate.admittedParticipantId !== null
					}
				: null,
			declarationId: row.subjectDeclarationId,
			note: row.subjectNote
		},
		createdAt: row.createdAt.toISOString(),
		outcomeAt: row.outcomeAt ? row.outcomeAt.toISOString() : null,
		viewer: {
			canTakePosition: open && canTakePosition(actor, row),
			canManage: open && isPresidency(actor, facts),
			ownPosition: own ?? null
		}
	};
}
