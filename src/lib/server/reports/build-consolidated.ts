import { recordRead } from '../audit/read-audit';
import { canReadActivity, canReadReport } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { buildBoard } from './get-cycle';
import { loadCycleContext, toActivityView, toCycleView } from './cycle-context';
import { listActivityRows, listReportRows } from './repository';
import { dayOf } from './reporting-day';
import { activityKinds, type ConsolidatedView } from './schemas';

/**
 * The consolidated report as the reader may see it: each asked participant's section holds its
 * submitted report and the activities released to the reader, or says why it is empty.
 */
export function buildConsolidated(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	locale: string,
	options: { now?: Date } = {}
): Promise<ConsolidatedView> {
	const now = options.now ?? new Date();
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, dayOf(now));
		const { board } = await buildBoard(tx, ctx.actor, context, locale);
		// Row-level security has filtered already; the checks here guard against a policy mistake.
		const reports = (await listReportRows(tx, context.cycle.id)).filter(
			(r) => r.status === 'submitted' && canReadReport(ctx.actor, r)
		);
		const reportOf = new Map(reports.map((r) => [r.ownerId, r]));
		const activities = await listActivityRows(
			tx,
			reports.map((r) => r.id)
		);
		const idOfCode = new Map([...context.participants.values()].map((p) => [p.code, p.id]));
		const sections = board.map((entry) => {
			const report = reportOf.get(idOfCode.get(entry.participant) ?? '');
			if (entry.status !== 'submitted') {
				return {
					...entry,
					availability: 'not_submitted' as const,
					narrative: null,
					activities: []
				};
			}
			if (!report) {
				return { ...entry, availability: 'not_released' as const, narrative: null, activities: [] };
			}
			const visible = activities
				.filter((a) => a.reportId === report.id && canReadActivity(ctx.actor, report, a))
				.map((a) => toActivityView(context, a));
			return {
				...entry,
				availability: 'included' as const,
				narrative: report.narrative,
				activities: visible
			};
		});
		const restricted = reports.filter((r) => r.level !== 'public').map((r) => r.id);
		await recordRead(tx, ctx.actor, {
			action: 'read',
			entityType: 'consolidated_report',
			entityId: context.cycle.id,
			networkId: context.network.id,
			details: { reports: restricted }
		});
		const all = sections.flatMap((s) => s.activities);
		const female = all.reduce((sum, a) => sum + a.female, 0);
		const male = all.reduce((sum, a) => sum + a.male, 0);
		return {
			cycle: toCycleView(context),
			reader: ctx.actor.participant?.code ?? null,
			locale,
			generatedAt: now.toISOString(),
			sections: sections.map((s) => ({
				participant: s.participant,
				name: s.name,
				status: s.status,
				availability: s.availability,
				narrative: s.narrative,
				activities: s.activities
			})),
			summary: {
				byKind: activityKinds.map((kind) => {
					const of = all.filter((a) => a.kind === kind);
					return {
						kind,
						activities: of.length,
						female: of.reduce((sum, a) => sum + a.female, 0),
						male: of.reduce((sum, a) => sum + a.male, 0)
					};
				}),
				byParticipant: sections
					.filter((s) => s.availability === 'included')
					.map((s) => ({
						participant: s.participant,
						name: s.name,
						activities: s.activities.length,
						female: s.activities.reduce((sum, a) => sum + a.female, 0),
						male: s.activities.reduce((sum, a) => sum + a.male, 0)
					})),
				totals: {
					activities: all.length,
					female,
					male,
					womenShare: female + male > 0 ? female / (female + male) : null
				}
			}
		};
	});
}
