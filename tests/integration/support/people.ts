import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db/client';
import {
	apiTokens,
	auditLog,
	oneTimeTokens,
	outbox,
	sessions,
	users
} from '../../../src/lib/server/db/schema';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import { publicOrigin } from '../../../src/lib/server/runtime';

/** The newest message the outbox holds for `email`, and the invitation token in its link. */
export async function lastInvitationTo(db: Database, email: string) {
	const [mail] = await db
		.select()
		.from(outbox)
		.where(eq(outbox.recipient, email))
		.orderBy(desc(outbox.createdAt))
		.limit(1);
	if (!mail) throw new Error(`No mail to ${email}`);
	const prefix = `${publicOrigin()}/invite/`;
	const line = mail.textBody.split('\n').find((l) => l.startsWith(prefix));
	return { mail, link: line ?? null, token: line ? line.slice(prefix.length) : null };
}

export async function mailsTo(db: Database, email: string) {
	return db.select().from(outbox).where(eq(outbox.recipient, email));
}

export async function findUser(db: Database, id: string) {
	const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
	return row;
}

export async function findInvitationToken(db: Database, token: string) {
	const [row] = await db
		.select()
		.from(oneTimeTokens)
		.where(eq(oneTimeTokens.tokenHash, hashToken(token)))
		.limit(1);
	return row;
}

export async function expireInvitation(db: Database, token: string): Promise<void> {
	await db
		.update(oneTimeTokens)
		.set({ expiresAt: new Date(Date.now() - 60_000) })
		.where(eq(oneTimeTokens.tokenHash, hashToken(token)));
}

/** A signed-in session and a live API token for the user, as the sign-in code would leave them. */
export async function signInEverywhere(db: Database, userId: string) {
	const sessionToken = randomBytes(32).toString('base64url');
	const bearerToken = `rlc_${randomBytes(32).toString('base64url')}`;
	await db
		.insert(sessions)
		.values({ id: hashToken(sessionToken), userId, expiresAt: new Date(Date.now() + 3600_000) });
	const [token] = await db
		.insert(apiTokens)
		.values({ userId, name: 'test', tokenHash: hashToken(bearerToken) })
		.returning({ id: apiTokens.id });
	return { sessionToken, bearerToken, apiTokenId: token!.id };
}

export async function sessionsOf(db: Database, userId: string) {
	return db.select().from(sessions).where(eq(sessions.userId, userId));
}

export async function apiTokensOf(db: Database, userId: string) {
	return db.select().from(apiTokens).where(eq(apiTokens.userId, userId));
}

export async function auditActions(db: Database, entityId: string): Promise<string[]> {
	const rows = await db
		.select({ action: auditLog.action })
		.from(auditLog)
		.where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, entityId)))
		.orderBy(auditLog.seq);
	return rows.map((row) => row.action);
}

/** The HTTP status a domain call ends with: 200, or the status of the error it throws. */
export async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		const status = (error as { status?: unknown }).status;
		if (typeof status !== 'number') throw error;
		return status;
	}
}

export const uniqueEmail = (label: string) =>
	`${label}-${randomBytes(4).toString('hex')}@example.test`;
