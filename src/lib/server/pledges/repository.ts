import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	capabilityGaps,
	combinedContingents,
	contingentContributions,
	participants,
	pledges,
	pledgeVersions
} from '../db/schema';

export type PledgeRow = typeof pledges.$inferSelect;
type NewPledgeRow = typeof pledges.$inferInsert;

export type ContingentRow = typeof combinedContingents.$inferSelect;

async function rowsOf<T>(q: Queryable, query: SQL): Promise<T[]> {
	const result = await q.execute(query);
	return (result as unknown as { rows: T[] }).rows;
}

export async function findPledge(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ pledge: pledges, ownerCode: participants.code })
		.from(pledges)
		.innerJoin(participants, eq(participants.id, pledges.ownerId))
		.where(and(eq(pledges.networkId, networkId), eq(pledges.id, id)))
		.limit(1);
	return row;
}

interface PledgeFilter {
	unitType?: PledgeRow['unitType'] | undefined;
	readinessLevel?: PledgeRow['readinessLevel'] | undefined;
	ownerId?: string | undefined;
}

function pledgeWhere(networkId: string, filter: PledgeFilter): SQL | undefined {
	return and(
		eq(pledges.networkId, networkId),
		filter.unitType ? eq(pledges.unitType, filter.unitType) : undefined,
		filter.readinessLevel ? eq(pledges.readinessLevel, filter.readinessLevel) : undefined,
		filter.ownerId ? eq(pledges.ownerId, filter.ownerId) : undefined
	);
}

/** One page of the visible pledges, most ready first, then by participant and newest. */
export async function listPledgeRows(
	q: Queryable,
	networkId: string,
	filter: PledgeFilter,
	page: { limit: number; offset: number }
) {
	const where = pledgeWhere(networkId, filter);
	const rows = await q
		.select({ pledge: pledges, ownerCode: participants.code })
		.from(pledges)
		.innerJoin(participants, eq(participants.id, pledges.ownerId))
		.where(where)
		.orderBy(
			desc(pledges.readinessLevel),
			asc(participants.code),
			desc(pledges.updatedAt),
			asc(pledges.id)
		)
		.limit(page.limit)
		.offset(page.offset);
	if (page.offset === 0 && rows.length < page.limit) return { rows, total: rows.length };
	const [total] = await q.select({ n: count() }).from(pledges).where(where);
	return { rows, total: total?.n ?? 0 };
}

export async function insertPledge(q: Queryable, row: NewPledgeRow & { id: string }) {
	// No RETURNING: the row is read back through the same checks as any read.
	await q.insert(pledges).values(row);
}

/** Applies the changes and moves the version on; the new version, or null if nothing matched. */
export async function updatePledgeRow(
	q: Queryable,
	id: string,
	changes: Partial<NewPledgeRow>
): Promise<number | null> {
	const [row] = await q
		.update(pledges)
		.set({ ...changes, updatedAt: new Date(), version: sql`${pledges.version} + 1` })
		.where(eq(pledges.id, id))
		.returning({ version: pledges.version });
	return row?.version ?? null;
}

export async function deletePledgeRow(q: Queryable, id: string): Promise<number> {
	const rows = await q.delete(pledges).where(eq(pledges.id, id)).returning({ id: pledges.id });
	return rows.length;
}

export async function insertPledgeVersion(
	q: Queryable,
	row: typeof pledgeVersions.$inferInsert
): Promise<void> {
	await q.insert(pledgeVersions).values(row);
}

export function listPledgeVersionRows(q: Queryable, pledgeId: string) {
	return q
		.select()
		.from(pledgeVersions)
		.where(eq(pledgeVersions.pledgeId, pledgeId))
		.orderBy(desc(pledgeVersions.version));
}

export async function insertContingent(
	q: Queryable,
	row: typeof combinedContingents.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(combinedContingents).values(row);
}

export async function findContingent(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ contingent: combinedContingents, leadCode: participants.code })
		.from(combinedContingents)
		.innerJoin(participants, eq(participants.id, combinedContingents.ownerId))
		.where(and(eq(combinedContingents.networkId, networkId), eq(combinedContingents.id, id)))
		.limit(1);
	return row;
}

export function listContingentRows(q: Queryable, networkId: string) {
	return q
		.select({ contingent: combinedContingents, leadCode: participants.code })
		.from(combinedContingents)
		.innerJoin(participants, eq(participants.id, combinedContingents.ownerId))
		.where(eq(combinedContingents.networkId, networkId))
		.orderBy(desc(combinedContingents.createdAt), asc(combinedContingents.id));
}

/**
 * The contributions of the given contingents that the reader may see, each with its pledge: row
 * security drops a contribution whose pledge is not released to the reader.
 */
export function listContributionRows(q: Queryable, contingentIds: readonly string[]) {
	if (contingentIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			contribution: contingentContributions,
			pledge: pledges,
			ownerCode: participants.code
		})
		.from(contingentContributions)
		.innerJoin(pledges, eq(pledges.id, contingentContributions.pledgeId))
		.innerJoin(participants, eq(participants.id, pledges.ownerId))
		.where(inArray(contingentContributions.contingentId, [...contingentIds]))
		.orderBy(asc(contingentContributions.addedAt), asc(participants.code));
}

/** How many contributions a contingent has in all, including those withheld from the reader. */
export async function countAllContributions(q: Queryable, contingentId: string): Promise<number> {
	const [row] = await rowsOf<{ n: number }>(
		q,
		sql`SELECT app_contingent_contribution_count(${contingentId}::uuid) AS n`
	);
	return Number(row?.n ?? 0);
}

export async function findContribution(q: Queryable, contingentId: string, pledgeId: string) {
	const [row] = await q
		.select()
		.from(contingentContributions)
		.where(
			and(
				eq(contingentContributions.contingentId, contingentId),
				eq(contingentContributions.pledgeId, pledgeId)
			)
		)
		.limit(1);
	return row;
}

/** False when the pledge is already part of the contingent. */
export async function insertContribution(
	q: Queryable,
	row: typeof contingentContributions.$inferInsert
): Promise<boolean> {
	const inserted = await q
		.insert(contingentContributions)
		.values(row)
		.onConflictDoNothing()
		.returning({ pledgeId: contingentContributions.pledgeId });
	return inserted.length > 0;
}

export async function deleteContribution(
	q: Queryable,
	contingentId: string,
	pledgeId: string
): Promise<number> {
	const rows = await q
		.delete(contingentContributions)
		.where(
			and(
				eq(contingentContributions.contingentId, contingentId),
				eq(contingentContributions.pledgeId, pledgeId)
			)
		)
		.returning({ pledgeId: contingentContributions.pledgeId });
	return rows.length;
}

export async function insertGap(
	q: Queryable,
	row: typeof capabilityGaps.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(capabilityGaps).values(row);
}

export function listGapRows(q: Queryable, networkId: string) {
	return q
		.select({ gap: capabilityGaps, publisherCode: participants.code })
		.from(capabilityGaps)
		.innerJoin(participants, eq(participants.id, capabilityGaps.ownerId))
		.where(eq(capabilityGaps.networkId, networkId))
		.orderBy(desc(capabilityGaps.createdAt), asc(capabilityGaps.id));
}

export async function findGap(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ gap: capabilityGaps, publisherCode: participants.code })
		.from(capabilityGaps)
		.innerJoin(participants, eq(participants.id, capabilityGaps.ownerId))
		.where(and(eq(capabilityGaps.networkId, networkId), eq(capabilityGaps.id, id)))
		.limit(1);
	return row;
}

export async function deleteGapRow(q: Queryable, id: string): Promise<number> {
	const rows = await q
		.delete(capabilityGaps)
		.where(eq(capabilityGaps.id, id))
		.returning({ id: capabilityGaps.id });
	return rows.length;
}

/** Every visible pledge of the network with the fields the gaps and the summary need. */
export function listPledgeFigures(q: Queryable, networkId: string) {
	return q
		.select({ pledge: pledges, ownerCode: participants.code })
		.from(pledges)
		.innerJoin(participants, eq(participants.id, pledges.ownerId))
		.where(eq(pledges.networkId, networkId))
		.orderBy(asc(participants.code), asc(pledges.id));
}

/** A participant's pledges and their versions, for its export (read as the system). */
export async function listPledgesOwnedBy(q: Queryable, participantId: string) {
	const own = await q
		.select()
		.from(pledges)
		.where(eq(pledges.ownerId, participantId))
		.orderBy(asc(pledges.createdAt), asc(pledges.id));
	const versions = await q
		.select()
		.from(pledgeVersions)
		.where(eq(pledgeVersions.ownerId, participantId))
		.orderBy(asc(pledgeVersions.pledgeId), asc(pledgeVersions.version));
	return { pledges: own, versions };
}

export function listContingentsLedBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(combinedContingents)
		.where(eq(combinedContingents.ownerId, participantId))
		.orderBy(asc(combinedContingents.createdAt), asc(combinedContingents.id));
}

export function listContributionsOwnedBy(q: Queryable, participantId: string) {
	return q
		.select({ contribution: contingentContributions, contingentTitle: combinedContingents.title })
		.from(contingentContributions)
		.innerJoin(
			combinedContingents,
			eq(combinedContingents.id, contingentContributions.contingentId)
		)
		.where(eq(contingentContributions.ownerId, participantId))
		.orderBy(asc(contingentContributions.addedAt), asc(contingentContributions.pledgeId));
}

export function listGapsPublishedBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(capabilityGaps)
		.where(eq(capabilityGaps.ownerId, participantId))
		.orderBy(asc(capabilityGaps.createdAt), asc(capabilityGaps.id));
}
