import * as OTPAuth from 'otpauth';
import type { UserRow } from './repository';

const period = 30;

/** What a signed-in user still owes before the session is complete. */
export type SecondFactorState = 'none' | 'verify' | 'enroll';

/**
 * Users with TOTP must pass the code step; administrators must have TOTP at all, so one without
 * it is sent to enrolment and can do nothing else until it is done.
 */
export function secondFactorState(
	user: Pick<UserRow, 'isAdmin' | 'totpEnabledAt'>,
	secondFactorDone: boolean
): SecondFactorState {
	if (user.totpEnabledAt !== null) return secondFactorDone ? 'none' : 'verify';
	return user.isAdmin ? 'enroll' : 'none';
}

export function issuerName(): string {
	return process.env.TOTP_ISSUER ?? 'RELACOPAZ';
}

export function newTotpSecret(): string {
	return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): OTPAuth.TOTP {
	return new OTPAuth.TOTP({
		issuer: issuerName(),
		label,
		algorithm: 'SHA1',
		digits: 6,
		period,
		secret: OTPAuth.Secret.fromBase32(secret)
	});
}

export function totpUri(secret: string, email: string): string {
	return totp(secret, email).toString();
}

/** The code an authenticator shows at `now`; for tests and the command line. */
export function totpCodeAt(secret: string, now: Date): string {
	return totp(secret, '').generate({ timestamp: now.getTime() });
}

/**
 * The time step a code belongs to, accepting one step of clock drift either way, or null when the
 * code does not match. The step is what is stored to refuse a code used twice.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
	const token = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(token)) return null;
	const delta = totp(secret, '').validate({ token, timestamp: now.getTime(), window: 1 });
	if (delta === null) return null;
	return Math.floor(now.getTime() / 1000 / period) + delta;
}
