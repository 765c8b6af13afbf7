import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	apiTokens,
	loginAttempts,
	networks,
	oneTimeTokens,
	participants,
	sessions,
	users
} from '../db/schema';

export type UserRow = typeof users.$inferSelect;
export type OneTimeTokenRow = typeof oneTimeTokens.$inferSelect;
export type OneTimeTokenPurpose = OneTimeTokenRow['purpose'];

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

/** The user with the participant an actor is built from. */
export async function findUserWithParticipant(q: Queryable, id: string) {
	const [row] = await q
		.select(actorColumns)
		.from(users)
		.leftJoin(participants, eq(participants.id, users.participantId))
		.where(eq(users.id, id))
		.limit(1);
	return row;
}

/** The user with the names of its participant and network, for the account page. */
export async function findAccountRow(q: Queryable, id: string) {
	const [row] = await q
		.select({
			user: users,
			participant: {
				code: participants.code,
				name: participants.name,
				status: participants.status
			},
			network: { slug: networks.slug, name: networks.name }
		})
		.from(users)
		.leftJoin(participants, eq(participants.id, users.participantId))
		.leftJoin(networks, eq(networks.id, participants.networkId))
		.where(eq(users.id, id))
		.limit(1);
	return row;
}

export async function updateUser(
	q: Queryable,
	id: string,
	changes: Partial<
		Pick<
			UserRow,
			'passwordHash' | 'totpSecret' | 'totpEnabledAt' | 'totpLastStep' | 'locale' | 'timeZone'
		>
	>
): Promise<void> {
	await q
		.update(users)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(users.id, id));
}

/**
 * Records that a TOTP step was used, only if it is later than the last one; false when the code
 * (or an earlier one) was already used, which also settles two requests racing with one code.
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
	const rows = await q
		.update(users)
		.set({ totpLastStep: step })
		.where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
		.returning({ id: users.id });
	return rows.length === 1;
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
		.select({
			token: { id: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt },
			...actorColumns
		})
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.leftJoin(participants, eq(participants.id, users.participantId))
		.where(
			and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true))
		)
		.limit(1);
	return row;
}

export async function touchApiToken(q: Queryable, id: string, now: Date): Promise<void> {
	await q.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function insertSession(
	q: Queryable,
	row: typeof sessions.$inferInsert
): Promise<void> {
	await q.insert(sessions).values(row);
}

export async function markSecondFactorDone(q: Queryable, sessionHash: string): Promise<void> {
	await q.update(sessions).set({ secondFactorDone: true }).where(eq(sessions.id, sessionHash));
}

export async function deleteSession(q: Queryable, sessionHash: string): Promise<void> {
	await q.delete(sessions).where(eq(sessions.id, sessionHash));
}

export async function deleteSessionsOfUser(q: Queryable, userId: string): Promise<void> {
	await q.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteOtherSessionsOfUser(
	q: Queryable,
	userId: string,
	keepSessionHash: string | null
): Promise<void> {
	await q
		.delete(sessions)
		.where(
			keepSessionHash
				? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionHash))
				: eq(sessions.userId, userId)
		);
}

export async function deleteExpiredSessions(q: Queryable, now: Date): Promise<void> {
	await q.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function insertApiToken(
	q: Queryable,
	row: typeof apiTokens.$inferInsert
): Promise<void> {
	await q.insert(apiTokens).values(row);
}

export function listActiveApiTokenRows(q: Queryable, userId: string) {
	return q
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt
		})
		.from(apiTokens)
		.where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
		.orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
}

/** Revokes a still-active token of the user; returns its name, or undefined if there is none. */
export async function revokeApiTokenRow(
	q: Queryable,
	userId: string,
	id: string,
	now: Date
): Promise<string | undefined> {
	const [row] = await q
		.update(apiTokens)
		.set({ revokedAt: now })
		.where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
		.returning({ name: apiTokens.name });
	return row?.name;
}

export async function insertOneTimeToken(
	q: Queryable,
	row: typeof oneTimeTokens.$inferInsert
): Promise<void> {
	await q.insert(oneTimeTokens).values(row);
}

/** An unused, unexpired token of the purpose, or undefined. */
export async function findUsableOneTimeToken(
	q: Queryable,
	purpose: OneTimeTokenPurpose,
	tokenHash: string,
	now: Date
): Promise<OneTimeTokenRow | undefined> {
	const [row] = await q
		.select()
		.from(oneTimeTokens)
		.where(
			and(
				eq(oneTimeTokens.tokenHash, tokenHash),
				eq(oneTimeTokens.purpose, purpose),
				isNull(oneTimeTokens.usedAt),
				gt(oneTimeTokens.expiresAt, now)
			)
		)
		.limit(1);
	return row;
}

/**
 * Marks a usable token used and returns it. The condition is in the UPDATE itself, so of two
 * requests racing with one token only one gets it.
 */
export async function claimOneTimeToken(
	q: Queryable,
	purpose: OneTimeTokenPurpose,
	tokenHash: string,
	now: Date
): Promise<OneTimeTokenRow | undefined> {
	const [row] = await q
		.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(oneTimeTokens.tokenHash, tokenHash),
				eq(oneTimeTokens.purpose, purpose),
				isNull(oneTimeTokens.usedAt),
				gt(oneTimeTokens.expiresAt, now)
			)
		)
		.returning();
	return row;
}

export async function useAllOneTimeTokensOfUser(
	q: Queryable,
	userId: string,
	purpose: OneTimeTokenPurpose,
	now: Date
): Promise<void> {
	await q
		.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(oneTimeTokens.userId, userId),
				eq(oneTimeTokens.purpose, purpose),
				isNull(oneTimeTokens.usedAt)
			)
		);
}

export async function countOneTimeTokensSince(
	q: Queryable,
	userId: string,
	purpose: OneTimeTokenPurpose,
	since: Date
): Promise<number> {
	const [row] = await q
		.select({ n: count() })
		.from(oneTimeTokens)
		.where(
			and(
				eq(oneTimeTokens.userId, userId),
				eq(oneTimeTokens.purpose, purpose),
				gt(oneTimeTokens.createdAt, since)
			)
		);
	return row?.n ?? 0;
}

export async function deleteExpiredOneTimeTokens(q: Queryable, before: Date): Promise<void> {
	await q.delete(oneTimeTokens).where(lt(oneTimeTokens.expiresAt, before));
}

export async function insertLoginAttempts(
	q: Queryable,
	keys: string[],
	succeeded: boolean,
	at: Date
): Promise<number[]> {
	const rows = await q
		.insert(loginAttempts)
		.values(keys.map((key) => ({ key, succeeded, at })))
		.returning({ id: loginAttempts.id });
	return rows.map((row) => row.id);
}

export async function markLoginAttemptsSucceeded(q: Queryable, ids: number[]): Promise<void> {
	if (ids.length === 0) return;
	await q.update(loginAttempts).set({ succeeded: true }).where(inArray(loginAttempts.id, ids));
}

export async function deleteLoginAttempts(q: Queryable, ids: number[]): Promise<void> {
	if (ids.length === 0) return;
	await q.delete(loginAttempts).where(inArray(loginAttempts.id, ids));
}

/** Failed attempts per key since `since`. */
export async function countFailuresSince(
	q: Queryable,
	keys: string[],
	since: Date
): Promise<Map<string, number>> {
	const rows = await q
		.select({ key: loginAttempts.key, n: count() })
		.from(loginAttempts)
		.where(
			and(
				inArray(loginAttempts.key, keys),
				eq(loginAttempts.succeeded, false),
				gt(loginAttempts.at, since)
			)
		)
		.groupBy(loginAttempts.key);
	return new Map(rows.map((row) => [row.key, row.n]));
}

export async function deleteLoginAttemptsBefore(q: Queryable, before: Date): Promise<void> {
	await q.delete(loginAttempts).where(lt(loginAttempts.at, before));
}

export interface AttemptHistory {
	failures: number;
	lastFailureAt: Date | null;
}

/**
 * Per key: failures since `since` that came after the key's last success, and when the latest of
 * them was, leaving out the attempts given in `excluding` (the one being decided).
 */
export async function attemptHistories(
	q: Queryable,
	keys: string[],
	since: Date,
	excluding: number[]
): Promise<Map<string, AttemptHistory>> {
	const rows = await q
		.select({ key: loginAttempts.key, succeeded: loginAttempts.succeeded, at: loginAttempts.at })
		.from(loginAttempts)
		.where(
			and(
				inArray(loginAttempts.key, keys),
				gt(loginAttempts.at, since),
				excluding.length > 0 ? sql`${loginAttempts.id} NOT IN ${excluding}` : undefined
			)
		)
		.orderBy(asc(loginAttempts.at), asc(loginAttempts.id));
	const histories = new Map<string, AttemptHistory>();
	for (const row of rows) {
		const history = histories.get(row.key) ?? { failures: 0, lastFailureAt: null };
		if (row.succeeded) histories.set(row.key, { failures: 0, lastFailureAt: null });
		else histories.set(row.key, { failures: history.failures + 1, lastFailureAt: row.at });
	}
	return histories;
}

export async function countAttemptsSince(q: Queryable, key: string, since: Date): Promise<number> {
	const [row] = await q
		.select({ n: count() })
		.from(loginAttempts)
		.where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
	return row?.n ?? 0;
}
