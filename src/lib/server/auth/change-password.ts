import { requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { UnauthenticatedError } from '../errors';
import { checkCurrentPassword } from './check-current-password';
import { hashPassword } from './passwords';
import { requireStrongPassword } from './password-strength';
import {
	deleteOtherSessionsOfUser,
	findUserById,
	updateUser,
	useAllOneTimeTokensOfUser
} from './repository';
import type { ChangePasswordInput } from './schemas';

/**
 * Changes the acting user's password after checking the current one. Other sessions end, as do
 * unused reset links; the session making the change stays signed in.
 */
export async function changePassword(
	ctx: Ctx,
	input: ChangePasswordInput & { sessionHash: string | null },
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	const user = await findUserById(ctx.db, ctx.actor.userId);
	if (!user) throw new UnauthenticatedError();
	requireStrongPassword(input.password, [user.email, user.name]);
	const attempt = await checkCurrentPassword(ctx.db, user, input.currentPassword, now);
	const passwordHash = await hashPassword(input.password);
	await ctx.db.transaction(async (tx) => {
		await attempt.succeeded(tx);
		await updateUser(tx, user.id, { passwordHash });
		await deleteOtherSessionsOfUser(tx, user.id, input.sessionHash);
		await useAllOneTimeTokensOfUser(tx, user.id, 'password_reset', now);
		await appendAudit(tx, ctx.actor, {
			action: 'change_password',
			entityType: 'user',
			entityId: user.id
		});
	});
}
