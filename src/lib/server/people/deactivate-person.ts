import { appendAudit } from '../audit/append-audit';
import { endAllSessions } from '../auth/accounts';
import type { Ctx } from '../context';
import { guardLastAdmin, guardLastFocalPoint } from './guard-last-focal-point';
import { revokeApiTokensOfUser, updateUserActive } from './repository';
import { requireManagedPerson } from './require-managed-person';

/**
 * Stops a person from signing in and ends what already signed in: its sessions are deleted and
 * its API tokens revoked at once, not when they would expire.
 */
export async function deactivatePerson(ctx: Ctx, personId: string): Promise<void> {
	const { actor } = ctx;
	await ctx.db.transaction(async (tx) => {
		const row = await requireManagedPerson(tx, actor, personId);
		const { person } = row;
		await guardLastFocalPoint(tx, actor, row);
		await guardLastAdmin(tx, row);
		if (person.active) await updateUserActive(tx, person.id, false);
		await endAllSessions(tx, person.id);
		const revokedTokens = await revokeApiTokensOfUser(tx, person.id);
		if (!person.active && revokedTokens === 0) return;
		await appendAudit(tx, actor, {
			action: 'deactivate',
			entityType: 'user',
			entityId: person.id,
			networkId: row.participant?.networkId ?? null,
			details: { email: person.email, revokedTokens }
		});
	});
}
