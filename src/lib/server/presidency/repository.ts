import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	governanceBodies,
	governanceBodyMembers,
	participants,
	presidencyHandovers,
	presidencyTerms
} from '../db/schema';

export type BodyRow = typeof governanceBodies.$inferSelect;

/** Participant ids of the members of the network's Technical Secretariat. */
export async function listSecretariatIds(q: Queryable, networkId: string): Promise<string[]> {
	const rows = await q
		.select({ id: governanceBodyMembers.participantId })
		.from(governanceBodyMembers)
		.innerJoin(governanceBodies, eq(governanceBodies.id, governanceBodyMembers.bodyId))
		.where(
			and(eq(governanceBodies.networkId, networkId), eq(governanceBodies.kind, 'secretariat'))
		);
	return rows.map((r) => r.id);
}

export function listHandoverRows(q: Queryable, networkId: string) {
	return q
		.select()
		.from(presidencyHandovers)
		.where(eq(presidencyHandovers.networkId, networkId))
		.orderBy(asc(presidencyHandovers.handedOverOn));
}

export async function insertTerm(
	q: Queryable,
	row: typeof presidencyTerms.$inferInsert
): Promise<string> {
	const [inserted] = await q
		.insert(presidencyTerms)
		.values(row)
		.returning({ id: presidencyTerms.id });
	return inserted!.id;
}

export async function endTerm(q: Queryable, termId: string, endsOn: string): Promise<void> {
	await q
		.update(presidencyTerms)
		.set({ endsOn, updatedAt: new Date() })
		.where(eq(presidencyTerms.id, termId));
}

export async function insertHandover(
	q: Queryable,
	row: typeof presidencyHandovers.$inferInsert
): Promise<void> {
	await q.insert(presidencyHandovers).values(row);
}

export function listBodyRows(q: Queryable, networkId: string): Promise<BodyRow[]> {
	return q
		.select()
		.from(governanceBodies)
		.where(eq(governanceBodies.networkId, networkId))
		.orderBy(asc(governanceBodies.kind), asc(governanceBodies.code));
}

export async function findBody(q: Queryable, networkId: string, code: string) {
	const [row] = await q
		.select()
		.from(governanceBodies)
		.where(and(eq(governanceBodies.networkId, networkId), eq(governanceBodies.code, code)));
	return row;
}

export function listBodyMemberRows(q: Queryable, bodyIds: readonly string[]) {
	if (bodyIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			id: governanceBodyMembers.id,
			bodyId: governanceBodyMembers.bodyId,
			participantId: governanceBodyMembers.participantId,
			code: participants.code,
			name: participants.name,
			representativeName: governanceBodyMembers.representativeName,
			representativeTitle: governanceBodyMembers.representativeTitle
		})
		.from(governanceBodyMembers)
		.innerJoin(participants, eq(participants.id, governanceBodyMembers.participantId))
		.where(inArray(governanceBodyMembers.bodyId, [...bodyIds]))
		.orderBy(asc(participants.code));
}

export async function upsertBodyMember(
	q: Queryable,
	row: typeof governanceBodyMembers.$inferInsert
): Promise<void> {
	await q
		.insert(governanceBodyMembers)
		.values(row)
		.onConflictDoUpdate({
			target: [governanceBodyMembers.bodyId, governanceBodyMembers.participantId],
			set: {
				representativeName: row.representativeName ?? '',
				representativeTitle: row.representativeTitle ?? ''
			}
		});
}

export async function deleteBodyMember(
	q: Queryable,
	bodyId: string,
	participantId: string
): Promise<number> {
	const deleted = await q
		.delete(governanceBodyMembers)
		.where(
			and(
				eq(governanceBodyMembers.bodyId, bodyId),
				eq(governanceBodyMembers.participantId, participantId)
			)
		)
		.returning({ id: governanceBodyMembers.id });
	return deleted.length;
}
