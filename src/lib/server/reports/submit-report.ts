import { canSubmitReportFor, requireSignedIn, canReadReport } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { askedParticipant, codeOf, loadCycleContext } from './cycle-context';
import { readReport, type ReportAccess } from './get-report';
import { applyReportSave } from './save-report';
import { findReport, insertVersion, listActivityRows, updateReportRow } from './repository';
import { dayOf } from './reporting-day';
import type { ReportView, SaveReportInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/**
 * A focal point submits the report, saving `input` first when given. Submitting locks it and
 * keeps a copy as a new version. Late submissions are accepted and show as late on the board.
 */
export function submitReport(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	participantCode: string,
	input?: SaveReportInput,
	options: { now?: Date } = {}
): Promise<{ report: ReportView; access: ReportAccess }> {
	requireSignedIn(ctx.actor);
	const now = options.now ?? new Date();
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, dayOf(now));
		const participant = askedParticipant(context, participantCode);
		const network = context.network;
		let report = await findReport(tx, context.cycle.id, participant.id);
		if (!canSubmitReportFor(ctx.actor, network.id, participant.id)) {
			if (report && canReadReport(ctx.actor, report)) throw new ForbiddenError();
			if (ctx.actor.participant?.id === participant.id) throw new ForbiddenError();
			throw new NotFoundError();
		}
		if (report?.status === 'submitted') {
			throw new ConflictError('rep_err_already_submitted', 'The report is already submitted');
		}
		if (input) report = await applyReportSave(tx, ctx.actor, context, participant, input);
		const activities = report ? await listActivityRows(tx, [report.id]) : [];
		if (!report || (activities.length === 0 && report.narrative.trim() === '')) {
			throw new ValidationError([{ path: 'activities', message: 'rep_err_empty_report' }]);
		}
		const version = report.version + 1;
		await updateReportRow(tx, report.id, {
			status: 'submitted',
			version,
			submittedAt: now,
			submittedBy: ctx.actor.userId
		});
		await insertVersion(tx, {
			reportId: report.id,
			version,
			networkId: network.id,
			ownerId: participant.id,
			submittedAt: now,
			submittedBy: ctx.actor.userId,
			content: {
				narrative: report.narrative,
				releasability: {
					level: report.level,
					participants: report.releasedTo.map((id) => codeOf(context, id))
				},
				activities: activities.map((a) => ({
					id: a.id,
					kind: a.kind,
					title: a.title,
					startsOn: a.startsOn,
					endsOn: a.endsOn,
					mission: a.missionAcronym,
					female: a.female,
					male: a.male,
					partners: a.partnerIds.map((id) => codeOf(context, id)),
					description: a.description,
					releasability: a.level
						? { level: a.level, participants: a.releasedTo.map((id) => codeOf(context, id)) }
						: null
				}))
			}
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'report.submitted',
			subject: { cycleId: context.cycle.id, participantCode: participant.code }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'submit',
			entityType: 'national_report',
			entityId: report.id,
			networkId: network.id,
			details: { version, late: dayOf(now) > context.cycle.dueOn }
		});
		return readReport(tx, ctx.actor, context, participant);
	});
}
