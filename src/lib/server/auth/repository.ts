import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { apiTokens, participants, sessions, users } from '../db/schema';

export type UserRow = typeof users.$inferSelect;

const actorColumns = {
	user: users,
	participant: {
		id: participants.id,
		code: participants.code,
		networkId: participants.networkId,
		status: participants.status
	}
};

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | undefined> {
	const [row] = await q
		.select()
		.from(users)
		.where(sql`lower(${users.email}) = lower(${email})`)
		.limit(1);
	return row;
}

export async function findUserById(q: Queryable, id: string): Promise<UserRow | undefined> {
	const [row] = await q.select().from(users).where(eq(users.id, id)).limit(1);
	return row;
}

export async function findSessionWithUser(q: Queryable, sessionHash: string, now: Date) {
	const [row] = await q
		.select({ session: sessions, ...actorColumns })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.leftJoin(participants, eq(participants.id, users.participantId))
		.where(and(eq(sessions.id, sessionHash), gt(sessions.expiresAt, now), eq(users.active, true)))
		.limit(1);
	return row;
}

export async function findApiTokenWithUser(q: Queryable, tokenHash: string) {
	const [row] = await q
		.select({ token: { id: apiTokens.id }, ...actorColumns })
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.leftJoin(participants, eq(participants.id, users.participantId))
		.where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true)))
		.limit(1);
	return row;
}

export async function insertSession(q: Queryable, row: typeof sessions.$inferInsert): Promise<void> {
	await q.insert(sessions).values(row);
}

export async function deleteSession(q: Queryable, sessionHash: string): Promise<void> {
	await q.delete(sessions).where(eq(sessions.id, sessionHash));
}

export async function deleteSessionsOfUser(q: Queryable, userId: string): Promise<void> {
	await q.delete(sessions).where(eq(sessions.userId, userId));
}

export async function insertApiToken(q: Queryable, row: typeof apiTokens.$inferInsert): Promise<void> {
	await q.insert(apiTokens).values(row);
}
