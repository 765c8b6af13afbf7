import { requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { DomainError, UnauthenticatedError } from '../errors';
import { findUserById, updateUser } from './repository';
import type { DisableTotpInput } from './schemas';
import { checkCurrentPassword } from './check-current-password';

/** Turns TOTP off after the password is given again. Administrators must keep it. */
export async function disableTotp(
	ctx: Ctx,
	input: DisableTotpInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	const user = await findUserById(ctx.db, ctx.actor.userId);
	if (!user) throw new UnauthenticatedError();
	if (user.isAdmin) {
		throw new DomainError(403, 'auth_totp_admin_required', 'Administrators must keep TOTP');
	}
	const attempt = await checkCurrentPassword(ctx.db, user, input.currentPassword, now);
	await ctx.db.transaction(async (tx) => {
		await attempt.succeeded(tx);
		await updateUser(tx, user.id, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
		await appendAudit(tx, ctx.actor, {
			action: 'disable_totp',
			entityType: 'user',
			entityId: user.id
		});
	});
}
