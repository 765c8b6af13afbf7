import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { oneTimeTokens, users } from '../db/schema';
import { hashToken, newSecretToken } from './tokens';

/**
 * With no administrator and no unused setup link, makes a one-time setup link and returns it so
 * the caller can print it once. Runs as the owner: there is no actor before the first admin.
 */
export async function unsafeEnsureFirstAdmin(db: Database, origin: string): Promise<string | null> {
	return db.transaction(async (tx) => {
		const [admin] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.isAdmin, true))
			.limit(1);
		if (admin) return null;
		const [pending] = await tx
			.select({ id: oneTimeTokens.id })
			.from(oneTimeTokens)
			.where(
				and(
					eq(oneTimeTokens.purpose, 'admin_setup'),
					isNull(oneTimeTokens.usedAt),
					gt(oneTimeTokens.expiresAt, new Date())
				)
			)
			.limit(1);
		if (pending) return null;
		const token = newSecretToken();
		await tx.insert(oneTimeTokens).values({
			purpose: 'admin_setup',
			tokenHash: hashToken(token),
			expiresAt: new Date(Date.now() + 24 * 3600 * 1000)
		});
		return `${origin}/setup/${token}`;
	});
}
