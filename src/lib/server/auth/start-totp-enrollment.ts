import { requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { ConflictError, UnauthenticatedError } from '../errors';
import { findUserById, updateUser } from './repository';
import { newTotpSecret, totpUri } from './second-factor';
import { totpQrDataUrl } from './totp-qr';

export interface TotpEnrollmentView {
	secret: string;
	uri: string;
	qrDataUrl: string;
}

/**
 * Gives the acting user a TOTP secret to add to an authenticator app. The secret is kept as
 * pending until a code from it is confirmed; showing the page again shows the same secret, so a
 * reload after scanning does not invalidate the scan.
 */
export async function startTotpEnrollment(ctx: Ctx): Promise<TotpEnrollmentView> {
	requireSignedIn(ctx.actor);
	// The actor reads its own account row: no releasability applies.
	const user = await findUserById(ctx.db, ctx.actor.userId);
	if (!user) throw new UnauthenticatedError();
	if (user.totpEnabledAt) {
		throw new ConflictError('auth_totp_already_enabled', 'TOTP is already enabled');
	}
	let secret = user.totpSecret;
	if (!secret) {
		secret = newTotpSecret();
		await updateUser(ctx.db, user.id, { totpSecret: secret, totpLastStep: null });
	}
	const uri = totpUri(secret, user.email);
	return { secret, uri, qrDataUrl: await totpQrDataUrl(uri) };
}
