import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { updateUserActive } from './repository';
import { requireManagedPerson } from './require-managed-person';

/** Lets a deactivated person sign in again. Revoked API tokens stay revoked. */
export async function reactivatePerson(ctx: Ctx, personId: string): Promise<void> {
	const { actor } = ctx;
	await ctx.db.transaction(async (tx) => {
		const row = await requireManagedPerson(tx, actor, personId);
		if (row.person.active) return;
		await updateUserActive(tx, row.person.id, true);
		await appendAudit(tx, actor, {
			action: 'reactivate',
			entityType: 'user',
			entityId: row.person.id,
			networkId: row.participant?.networkId ?? null,
			details: { email: row.person.email }
		});
	});
}
