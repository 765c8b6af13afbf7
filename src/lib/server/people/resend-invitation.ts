import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { ConflictError } from '../errors';
import { deliverSoon, enqueueInvitation } from './invitation-mail';
import { closeInvitationsOfUser } from './repository';
import { requireManagedPerson } from './require-managed-person';

/** Sends a fresh link to someone who has not accepted yet; earlier links stop working. */
export async function resendInvitation(ctx: Ctx, personId: string): Promise<void> {
	const { actor } = ctx;
	await ctx.db.transaction(async (tx) => {
		const row = await requireManagedPerson(tx, actor, personId);
		const { person } = row;
		if (person.hasPassword) {
			throw new ConflictError('people_invitation_already_accepted', 'The invitation was accepted');
		}
		if (!person.active) {
			throw new ConflictError('people_person_inactive', 'The person is deactivated');
		}
		await closeInvitationsOfUser(tx, person.id, new Date());
		await enqueueInvitation(tx, actor, {
			userId: person.id,
			email: person.email,
			name: person.name,
			locale: person.locale,
			participant: row.participant,
			role: person.role
		});
		await appendAudit(tx, actor, {
			action: 'reinvite',
			entityType: 'user',
			entityId: person.id,
			networkId: row.participant?.networkId ?? null,
			details: { email: person.email }
		});
	});
	deliverSoon(ctx);
}
