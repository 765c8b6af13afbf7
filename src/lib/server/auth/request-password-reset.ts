import { m } from '$lib/paraglide/messages';
import type { Database } from '../db/client';
import { enqueueMail, unsafeDeliverOutbox } from '../mail/send-mail';
import { countOneTimeTokensSince, findUserByEmail, insertOneTimeToken } from './repository';
import { hashToken, newSecretToken } from './tokens';
import { mailLocale } from './mail-locale';

export const passwordResetLifetimeMs = 3600 * 1000;
/** More links than this in an hour are not sent, so the form cannot be used to flood a mailbox. */
export const maxPasswordResetsPerHour = 3;

/**
 * Mails a one-time link to set a new password. The caller answers the same whether or not the
 * address has an account, so nothing here reports which case it was.
 */
export async function requestPasswordReset(
	db: Database,
	input: { email: string; origin: string },
	now = new Date()
): Promise<void> {
	const user = await findUserByEmail(db, input.email);
	if (!user || !user.active) return;
	const queued = await db.transaction(async (tx) => {
		const hourAgo = new Date(now.getTime() - 3600 * 1000);
		const recent = await countOneTimeTokensSince(tx, user.id, 'password_reset', hourAgo);
		if (recent >= maxPasswordResetsPerHour) return false;
		const token = newSecretToken();
		await insertOneTimeToken(tx, {
			purpose: 'password_reset',
			tokenHash: hashToken(token),
			userId: user.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + passwordResetLifetimeMs)
		});
		const locale = mailLocale(user);
		const link = `${input.origin}/reset-password/${token}`;
		await enqueueMail(tx, {
			to: user.email,
			subject: m.auth_mail_reset_subject({}, { locale }),
			text: m.auth_mail_reset_body({ name: user.name || user.email, link }, { locale })
		});
		return true;
	});
	if (queued) void unsafeDeliverOutbox(db);
}
