import { canSubmitReportFor, requireSignedIn, canReadReport } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { askedParticipant, loadCycleContext } from './cycle-context';
import { readReport, type ReportAccess } from './get-report';
import { findReport, updateReportRow } from './repository';
import { dayOf } from './reporting-day';
import type { ReportView } from './schemas';

/** A focal point reopens a submitted report for changes, until the due date. */
export function reopenReport(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	participantCode: string,
	options: { now?: Date } = {}
): Promise<{ report: ReportView; access: ReportAccess }> {
	requireSignedIn(ctx.actor);
	const today = dayOf(options.now ?? new Date());
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, today);
		const participant = askedParticipant(context, participantCode);
		const report = await findReport(tx, context.cycle.id, participant.id);
		if (!canSubmitReportFor(ctx.actor, context.network.id, participant.id)) {
			if (report && canReadReport(ctx.actor, report)) throw new ForbiddenError();
			if (ctx.actor.participant?.id === participant.id) throw new ForbiddenError();
			throw new NotFoundError();
		}
		if (!report || report.status !== 'submitted') {
			throw new ConflictError('rep_err_not_submitted', 'The report is not submitted');
		}
		if (today > context.cycle.dueOn) {
			throw new ConflictError('rep_err_reopen_after_due', 'The due date has passed');
		}
		await updateReportRow(tx, report.id, { status: 'draft', updatedBy: ctx.actor.userId });
		await appendAudit(tx, ctx.actor, {
			action: 'reopen',
			entityType: 'national_report',
			entityId: report.id,
			networkId: context.network.id,
			details: { version: report.version }
		});
		return readReport(tx, ctx.actor, context, participant);
	});
}
