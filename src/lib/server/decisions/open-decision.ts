import { randomUUID } from 'node:crypto';
import { canOpenDecision, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { unsafeWithSystem, withActor } from '../db/with-actor';
import { DomainError, ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import {
	findCandidateByCode,
	insertCandidate,
	insertDecision,
	insertDecisionEvent,
	listDecisionRows,
	listMemberSignatoryIds,
	queueNotifications
} from './repository';
import type { CreateDecisionInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/**
 * Opens a decision by silence procedure. Only the Presidency in office or a member of the
 * Technical Secretariat may; the member signatories of today become its eligible participants.
 */
export async function openDecision(
	ctx: Ctx,
	networkSlug: string,
	input: CreateDecisionInput,
	now = new Date()
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	const id = randomUUID();
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		if (!canOpenDecision(ctx.actor, facts)) {
			throw new DomainError(
				403,
				'gov_err_not_convener',
				'Only the Presidency or the Secretariat opens decisions'
			);
		}
		const deadline = new Date(input.deadline);
		if (deadline.getTime() <= now.getTime()) {
			throw new ValidationError([{ path: 'deadline', message: 'gov_err_deadline_past' }]);
		}
		const candidateId =
			input.kind === 'admit_observer' && input.subject.candidate
				? await resolveCandidate(tx, network.id, input.subject.candidate)
				: null;
		const eligible = await listMemberSignatoryIds(tx, network.id);
		await insertDecision(tx, {
			id,
			networkId: network.id,
			ownerId: ctx.actor.participant!.id,
			level: 'network',
			kind: input.kind,
			title: input.title,
			text: input.text,
			subjectCandidateId: candidateId,
			subjectDeclarationId: input.subject.declarationId ?? null,
			subjectNote: input.subject.note ?? '',
			deadline,
			positionsVisibility: input.positionsVisibility,
			eligible,
			openedBy: ctx.actor.userId,
			createdAt: now,
			updatedAt: now
		});
		await insertDecisionEvent(tx, {
			decisionId: id,
			kind: 'opened',
			participantId: ctx.actor.participant!.id,
			userId: ctx.actor.userId,
			deadline,
			at: now
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'decision.opened',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'decision',
			entityId: id,
			networkId: network.id,
			details: { kind: input.kind, deadline: deadline.toISOString(), eligible: eligible.length }
		});
	});
	await unsafeAnnounceDecision(ctx.db, id);
	return { id };
}

/** Queues the opening mail to the eligible focal points; the governance timer retries it. */
export function unsafeAnnounceDecision(db: Ctx['db'], id: string): Promise<void> {
	// Unsafe: the recipients are users of other participants, which no participant may list.
	return unsafeWithSystem(db, (tx) => queueNotifications(tx, id, 'opened'));
}

async function resolveCandidate(
	tx: Transaction,
	networkId: string,
	candidate: NonNullable<CreateDecisionInput['subject']['candidate']>
): Promise<string> {
	const invalid = (message: string) =>
		new ValidationError([{ path: 'subject.candidate.code', message }]);
	if (await findParticipantByCode(tx, networkId, candidate.code)) {
		throw invalid('gov_err_candidate_is_participant');
	}
	const existing = await findCandidateByCode(tx, networkId, candidate.code);
	if (existing) {
		const decisions = await listDecisionRows(tx, networkId);
		const pending = decisions.some(
			(d) => d.subjectCandidateId === existing.id && d.status === 'open'
		);
		if (pending) throw invalid('gov_err_candidate_pending');
		return existing.id;
	}
	const row = await insertCandidate(tx, {
		networkId,
		code: candidate.code,
		kind: candidate.kind,
		name: candidate.name,
		ministry: Object.fromEntries(
			Object.entries(candidate.ministry ?? {}).filter(([, text]) => text)
		),
		countryCode: candidate.countryCode ?? (candidate.kind === 'country' ? candidate.code : null)
	});
	return row.id;
}
