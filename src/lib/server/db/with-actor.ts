import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client';
import type { Actor } from '../access/actor';

/**
 * Runs `work` in one transaction as the non-superuser role platform_app, with the acting user
 * set for row-level security. Every read or write of protected records goes through here.
 */
export function withActor<T>(
	db: Database,
	actor: Actor,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(
			sql`SELECT set_config('app.user_id', ${actor.userId ?? ''}, true), set_config('role', 'platform_app', true)`
		);
		return work(tx);
	});
}

/**
 * Runs `work` in one transaction as the database owner, bypassing row-level security. Only for
 * system work that has no acting participant: migrations, seeding, authentication, export and
 * backup. Callers are named `unsafe…` and say why they need it.
 */
export function unsafeWithSystem<T>(
	db: Database,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	return db.transaction(work);
}
