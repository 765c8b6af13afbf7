import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	nationalReportActivities,
	nationalReports,
	nationalReportVersions,
	reportingCycles,
	reportingMissions,
	reportReminders,
	users
} from '../db/schema';

export type CycleRow = typeof reportingCycles.$inferSelect;
export type ReportRow = typeof nationalReports.$inferSelect;
export type ActivityRow = typeof nationalReportActivities.$inferSelect;
export type MissionRow = typeof reportingMissions.$inferSelect;

export async function upsertMissions(q: Queryable, rows: MissionRow[]): Promise<void> {
	if (rows.length === 0) return;
	await q
		.insert(reportingMissions)
		.values(rows)
		.onConflictDoUpdate({
			target: reportingMissions.acronym,
			set: {
				name: sql`excluded.name`,
				active: sql`excluded.active`,
				startsOn: sql`excluded.starts_on`,
				endsOn: sql`excluded.ends_on`
			}
		});
}

export function listMissionRows(q: Queryable): Promise<MissionRow[]> {
	return q
		.select()
		.from(reportingMissions)
		.orderBy(desc(reportingMissions.active), asc(reportingMissions.acronym));
}

export async function insertCycle(
	q: Queryable,
	row: typeof reportingCycles.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(reportingCycles).values(row);
}

export async function findCycle(
	q: Queryable,
	networkId: string,
	id: string
): Promise<CycleRow | undefined> {
	const [row] = await q
		.select()
		.from(reportingCycles)
		.where(and(eq(reportingCycles.networkId, networkId), eq(reportingCycles.id, id)))
		.limit(1);
	return row;
}

export function listCycleRows(q: Queryable, networkId: string): Promise<CycleRow[]> {
	return q
		.select()
		.from(reportingCycles)
		.where(eq(reportingCycles.networkId, networkId))
		.orderBy(desc(reportingCycles.dueOn), desc(reportingCycles.createdAt));
}

export async function findReport(
	q: Queryable,
	cycleId: string,
	ownerId: string
): Promise<ReportRow | undefined> {
	const [row] = await q
		.select()
		.from(nationalReports)
		.where(and(eq(nationalReports.cycleId, cycleId), eq(nationalReports.ownerId, ownerId)))
		.limit(1);
	return row;
}

export async function insertReport(
	q: Queryable,
	row: typeof nationalReports.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(nationalReports).values(row);
}

export async function updateReportRow(
	q: Queryable,
	id: string,
	changes: Partial<typeof nationalReports.$inferInsert>
): Promise<number> {
	const result = await q
		.update(nationalReports)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(nationalReports.id, id))
		.returning({ id: nationalReports.id });
	return result.length;
}

/** Reports of a cycle that row-level security lets the caller see. */
export function listReportRows(q: Queryable, cycleId: string): Promise<ReportRow[]> {
	return q.select().from(nationalReports).where(eq(nationalReports.cycleId, cycleId));
}

export function listActivityRows(
	q: Queryable,
	reportIds: readonly string[]
): Promise<ActivityRow[]> {
	if (reportIds.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(nationalReportActivities)
		.where(inArray(nationalReportActivities.reportId, [...reportIds]))
		.orderBy(asc(nationalReportActivities.reportId), asc(nationalReportActivities.position));
}

/** A save sends the whole list: what it leaves out is removed. */
export async function replaceActivities(
	q: Queryable,
	reportId: string,
	rows: (typeof nationalReportActivities.$inferInsert)[]
): Promise<void> {
	await q.delete(nationalReportActivities).where(eq(nationalReportActivities.reportId, reportId));
	if (rows.length > 0) await q.insert(nationalReportActivities).values(rows);
}

export async function insertVersion(
	q: Queryable,
	row: typeof nationalReportVersions.$inferInsert
): Promise<void> {
	await q.insert(nationalReportVersions).values(row);
}

export interface StatusRow {
	ownerId: string;
	status: 'draft' | 'submitted';
	version: number;
	updatedAt: Date;
	submittedAt: Date | null;
}

/** Every report's status and dates, content aside, through the board function (drizzle/0009_reports_rls.sql). */
export async function listStatusRows(q: Queryable, cycleId: string): Promise<StatusRow[]> {
	const result = await q.execute(
		sql`SELECT owner_id, status, version, updated_at, submitted_at FROM app_report_statuses(${cycleId})`
	);
	const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
	const date = (value: unknown) =>
		value === null || value === undefined ? null : new Date(value as string | Date);
	return rows.map((row) => ({
		ownerId: String(row.owner_id),
		status: row.status as StatusRow['status'],
		version: Number(row.version),
		updatedAt: date(row.updated_at)!,
		submittedAt: date(row.submitted_at)
	}));
}

/** Cycles that may still need reminders: due on or after `sinceDay`. System work, no RLS. */
export function listCyclesDueSince(q: Queryable, sinceDay: string): Promise<CycleRow[]> {
	return q
		.select()
		.from(reportingCycles)
		.where(gte(reportingCycles.dueOn, sinceDay))
		.orderBy(asc(reportingCycles.dueOn));
}

export function listSubmittedOwners(q: Queryable, cycleId: string) {
	return q
		.select({ ownerId: nationalReports.ownerId })
		.from(nationalReports)
		.where(and(eq(nationalReports.cycleId, cycleId), eq(nationalReports.status, 'submitted')));
}

export function listFocalPoints(q: Queryable, participantIds: readonly string[]) {
	if (participantIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			locale: users.locale,
			participantId: users.participantId
		})
		.from(users)
		.where(
			and(
				inArray(users.participantId, [...participantIds]),
				eq(users.role, 'focal_point'),
				eq(users.active, true)
			)
		)
		.orderBy(asc(users.email));
}

/** Claims a reminder; false when it was claimed before, by this or another process. */
export async function claimReminder(
	q: Queryable,
	key: { cycleId: string; participantId: string; userId: string; kind: string }
): Promise<boolean> {
	const claimed = await q
		.insert(reportReminders)
		.values(key)
		.onConflictDoNothing()
		.returning({ userId: reportReminders.userId });
	return claimed.length > 0;
}

export async function setReminderOutbox(
	q: Queryable,
	key: { cycleId: string; participantId: string; userId: string; kind: string },
	outboxId: string
): Promise<void> {
	await q
		.update(reportReminders)
		.set({ outboxId })
		.where(
			and(
				eq(reportReminders.cycleId, key.cycleId),
				eq(reportReminders.participantId, key.participantId),
				eq(reportReminders.userId, key.userId),
				eq(reportReminders.kind, key.kind)
			)
		);
}

export function listRemindersOfCycle(q: Queryable, cycleId: string) {
	return q
		.select()
		.from(reportReminders)
		.where(eq(reportReminders.cycleId, cycleId))
		.orderBy(asc(reportReminders.sentAt));
}

/** For a participant's export: its reports, their activities and every submitted version. */
export async function listReportsOwnedBy(q: Queryable, ownerId: string) {
	const reports = await q
		.select({ report: nationalReports, cycleTitle: reportingCycles.title })
		.from(nationalReports)
		.innerJoin(reportingCycles, eq(reportingCycles.id, nationalReports.cycleId))
		.where(eq(nationalReports.ownerId, ownerId))
		.orderBy(asc(nationalReports.createdAt));
	const ids = reports.map((r) => r.report.id);
	const activities = await listActivityRows(q, ids);
	const versions =
		ids.length === 0
			? []
			: await q
					.select()
					.from(nationalReportVersions)
					.where(inArray(nationalReportVersions.reportId, ids))
					.orderBy(asc(nationalReportVersions.version));
	return { reports, activities, versions };
}
