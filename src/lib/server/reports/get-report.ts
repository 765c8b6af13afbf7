import { canSubmitReportFor, canWriteAs, canReadActivity, canReadReport } from '../access/access';
import type { Actor } from '../access/actor';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import type { ParticipantRow } from '../registry/repository';
import {
	askedParticipant,
	codeOf,
	loadCycleContext,
	toActivityView,
	toCycleView,
	type CycleContext
} from './cycle-context';
import { findReport, listActivityRows } from './repository';
import { boardStatus, dayOf } from './reporting-day';
import type { CycleView, ReportView } from './schemas';

export interface ReportAccess {
	/** Save the draft: the participant's editors and focal points, while it is not submitted. */
	edit: boolean;
	submit: boolean;
	/** A focal point may reopen a submitted report until the due date. */
	reopen: boolean;
}

export function getReport(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	participantCode: string,
	options: { now?: Date } = {}
): Promise<{ report: ReportView; access: ReportAccess; cycle: CycleView }> {
	const today = dayOf(options.now ?? new Date());
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, today, {
			forReport: true
		});
		const participant = askedParticipant(context, participantCode);
		return {
			...(await readReport(tx, ctx.actor, context, participant)),
			cycle: toCycleView(context)
		};
	});
}

/** Whether the actor writes for this participant: its own editors and focal points only. */
export function writesFor(actor: Actor, networkId: string, participantId: string): boolean {
	return actor.participant?.id === participantId && canWriteAs(actor, networkId, participantId);
}

export async function readReport(
	tx: Transaction,
	actor: Actor,
	context: CycleContext,
	participant: ParticipantRow
): Promise<{ report: ReportView; access: ReportAccess }> {
	const { cycle, today, network } = context;
	const row = await findReport(tx, cycle.id, participant.id);
	const own = writesFor(actor, network.id, participant.id);
	const isOwner = actor.participant?.id === participant.id;
	if (!isOwner && (!row || !canReadReport(actor, row))) throw new NotFoundError();
	const activities = row
		? (await listActivityRows(tx, [row.id])).filter((a) => canReadActivity(actor, row, a))
		: [];
	if (row && row.level !== 'public') {
		await recordRead(tx, actor, {
			action: 'read',
			entityType: 'national_report',
			entityId: row.id,
			networkId: network.id
		});
	}
	const submitter = canSubmitReportFor(actor, network.id, participant.id);
	const submitted = row?.status === 'submitted';
	return {
		report: {
			cycleId: cycle.id,
			participant: participant.code,
			status: boardStatus(row, cycle.dueOn, today),
			version: row?.version ?? 0,
			narrative: row?.narrative ?? '',
			releasability: {
				level: row?.level ?? 'members',
				participants: (row?.releasedTo ?? []).map((id) => codeOf(context, id)).sort()
			},
			activities: activities.map((a) => toActivityView(context, a)),
			updatedAt: row ? row.updatedAt.toISOString() : null,
			submittedAt: submitted && row?.submittedAt ? row.submittedAt.toISOString() : null
		},
		access: {
			edit: own && !submitted,
			submit: submitter && !submitted,
			reopen: submitter && submitted && today <= cycle.dueOn
		}
	};
}
