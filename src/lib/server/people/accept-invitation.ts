import { unsafeStartSession } from '../auth/start-session';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import { hashPassword } from '../auth/passwords';
import { requireStrongPassword } from '../auth/password-strength';
import { hashToken } from '../auth/tokens';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import {
	claimOneTimeToken,
	closeInvitationsOfUser,
	findOpenInvitation,
	updateUserNameAndPassword
} from './repository';
import type { AcceptInvitationInput } from './schemas';

/**
 * Sets the invitee's name and password and uses up the link. The token is the credential: it
 * works once, within its lifetime, for a person still active and still without a password. The
 * person has just proved both the link and a new password, so they are signed in at once: the
 * answer carries a new session's cookie value. A second factor, where required, is still asked.
 */
export async function acceptInvitation(
	ctx: Ctx,
	token: string,
	input: AcceptInvitationInput
): Promise<{ email: string; sessionToken: string }> {
	const tokenHash = hashToken(token);
	const now = new Date();
	const open = await findOpenInvitation(ctx.db, tokenHash, now);
	if (!open) throw new NotFoundError();
	requireStrongPassword(input.password, [open.person.email, input.name]);
	// Hashing is slow on purpose, so it runs before the transaction rather than holding its locks.
	const passwordHash = await hashPassword(input.password);
	return ctx.db.transaction(async (tx) => {
		const row = await findOpenInvitation(tx, tokenHash, now);
		if (!row || !row.person.active || row.person.hasPassword) throw new NotFoundError();
		if (!(await claimOneTimeToken(tx, row.token.id, now))) throw new NotFoundError();
		await closeInvitationsOfUser(tx, row.person.id, now);
		await updateUserNameAndPassword(tx, row.person.id, input.name, passwordHash);
		const invitee: Actor = {
			userId: row.person.id,
			email: row.person.email,
			isAdmin: row.person.isAdmin,
			participant: row.participant
				? {
						id: row.participant.id,
						code: row.participant.code,
						networkId: row.participant.networkId,
						status: row.participant.status
					}
				: null,
			role: row.person.role
		};
		await appendAudit(tx, invitee, {
			action: 'accept_invitation',
			entityType: 'user',
			entityId: row.person.id,
			networkId: row.participant?.networkId ?? null,
			details: { email: row.person.email }
		});
		const sessionToken = await unsafeStartSession(tx, row.person.id, now);
		return { email: row.person.email, sessionToken };
	});
}
