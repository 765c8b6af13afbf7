import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { askedParticipant, loadCycleContext } from './cycle-context';
import { findReport, listVersionRows } from './repository';
import { dayOf } from './reporting-day';

export interface ReportVersionView {
	version: number;
	submittedAt: string;
	content: unknown;
}

/** Every submitted version of a report, for its own participant's users only. */
export function listReportVersions(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	participantCode: string
): Promise<ReportVersionView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, dayOf(new Date()));
		const participant = askedParticipant(context, participantCode);
		if (ctx.actor.participant?.id !== participant.id) throw new NotFoundError();
		const report = await findReport(tx, context.cycle.id, participant.id);
		if (!report) return [];
		const rows = await listVersionRows(tx, report.id);
		await recordRead(tx, ctx.actor, {
			action: 'list',
			entityType: 'national_report_version',
			entityId: report.id,
			networkId: context.network.id
		});
		return rows.map((row) => ({
			version: row.version,
			submittedAt: row.submittedAt.toISOString(),
			content: row.content
		}));
	});
}
