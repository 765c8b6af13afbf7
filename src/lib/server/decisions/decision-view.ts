import { pickLocalized, titleOf } from '$lib/i18n/localized';
import {
	canSeePositions,
	canTakePosition,
	isPresidency,
	type GovernanceFacts
} from '../access/access';
import type { Actor } from '../access/actor';
import type { Queryable } from '../db/client';
import { decisionStatusFromTally, lastPositions } from './decision-outcome';
import {
	findCandidateById,
	type DecisionEventRow,
	type DecisionRow,
	type PositionTally
} from './repository';
import { participantMapByIds } from '../registry/repository';
import type { DecisionSummary, DecisionView } from './schemas';

/** Reads derive the outcome of a decision past its deadline; only the settling job records it. */
export function toDecisionSummary(
	row: DecisionRow,
	codes: Map<string, { code: string }>,
	tally: PositionTally | undefined,
	locale: string,
	now: Date
): DecisionSummary {
	return {
		id: row.id,
		kind: row.kind,
		...titleOf(row.title, locale),
		status: decisionStatusFromTally(row, tally, now),
		deadline: row.deadline.toISOString(),
		eligible: row.eligible.map((id) => codes.get(id)?.code ?? id).sort(),
		openedBy: codes.get(row.ownerId)?.code ?? '',
		createdAt: row.createdAt.toISOString()
	};
}

/**
 * The decision as the actor may see it. `events` are those row-level security let the actor read,
 * so positions kept from the actor are already left out; `tally` counts every position.
 */
export async function toDecisionView(
	q: Queryable,
	networkSlug: string,
	row: DecisionRow,
	events: readonly DecisionEventRow[],
	tally: PositionTally | undefined,
	actor: Actor,
	facts: GovernanceFacts,
	locale: string,
	now: Date
): Promise<DecisionView> {
	const ownId = actor.participant?.id ?? null;
	const seesAll = canSeePositions(actor, row);
	const visible = events.filter(
		(e) => e.kind !== 'position' || seesAll || e.participantId === ownId
	);
	const codes = await participantMapByIds(q, [
		row.ownerId,
		...row.eligible,
		...visible.flatMap((e) => (e.participantId ? [e.participantId] : []))
	]);
	const code = (id: string | null) => (id ? (codes.get(id)?.code ?? id) : null);
	const status = decisionStatusFromTally(row, tally, now);
	const last = lastPositions(visible, row.deadline, row.eligible);
	const counts = { concur: 0, abstain: 0, object: 0, ...tally };
	const answered = counts.concur + counts.abstain + counts.object;
	const roster = seesAll
		? row.eligible
				.map((id) => ({
					participant: code(id)!,
					name: pickLocalized(codes.get(id)?.name, locale),
					answered: last.has(id),
					position: last.get(id)?.position ?? null
				}))
				.sort((a, b) => a.participant.localeCompare(b.participant))
		: null;
	const positions = [...last.values()]
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
		...titleOf(row.title, locale),
		status,
		deadline: row.deadline.toISOString(),
		eligible: row.eligible.map((id) => code(id)!).sort(),
		positions,
		counts: {
			concur: counts.concur,
			abstain: counts.abstain,
			object: counts.object,
			unanswered: Math.max(0, row.eligible.length - answered)
		},
		roster,
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
						// Adopted but not yet settled by the job: the admission is what the outcome says.
						admitted: candidate.admittedParticipantId !== null || status === 'adopted'
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
