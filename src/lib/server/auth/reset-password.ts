import type { Database } from '../db/client';
import { appendAudit } from '../audit/append-audit';
import { DomainError } from '../errors';
import { hashPassword } from './passwords';
import { requireStrongPassword } from './password-strength';
import {
	claimOneTimeToken,
	deleteSessionsOfUser,
	findUsableOneTimeToken,
	findUserById,
	updateUser,
	useAllOneTimeTokensOfUser
} from './repository';
import { hashToken } from './tokens';
import { loadUserActor } from './user-actor';
import type { ResetPasswordInput } from './schemas';

function invalidLink(): DomainError {
	return new DomainError(404, 'auth_reset_link_invalid', 'The link is invalid, used or expired');
}

/** Whether a reset link can still be used, to show the form or say at once that it cannot. */
export async function isPasswordResetUsable(db: Database, token: string, now = new Date()) {
	return (await findUsableOneTimeToken(db, 'password_reset', hashToken(token), now)) !== undefined;
}

/**
 * Sets a new password from a one-time link. The link works once; every session of the user ends,
 * so whoever knew the old password is signed out, and other reset links still unused are spent.
 */
export async function resetPassword(
	db: Database,
	input: ResetPasswordInput & { token: string },
	now = new Date()
): Promise<{ userId: string }> {
	const link = await findUsableOneTimeToken(db, 'password_reset', hashToken(input.token), now);
	if (!link) throw invalidLink();
	const owner = link.userId ? await findUserById(db, link.userId) : undefined;
	requireStrongPassword(input.password, owner ? [owner.email, owner.name] : []);
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const claimed = await claimOneTimeToken(tx, 'password_reset', hashToken(input.token), now);
		const user = claimed?.userId ? await findUserById(tx, claimed.userId) : undefined;
		if (!user || !user.active) throw invalidLink();
		await updateUser(tx, user.id, { passwordHash });
		await deleteSessionsOfUser(tx, user.id);
		await useAllOneTimeTokensOfUser(tx, user.id, 'password_reset', now);
		await appendAudit(tx, await loadUserActor(tx, user.id), {
			action: 'reset_password',
			entityType: 'user',
			entityId: user.id
		});
		return { userId: user.id };
	});
}
