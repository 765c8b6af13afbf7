import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { oneTimeTokens, outbox, sessions, users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import {
	maxPasswordResetsPerHour,
	requestPasswordReset
} from '../../src/lib/server/auth/request-password-reset';
import { isPasswordResetUsable, resetPassword } from '../../src/lib/server/auth/reset-password';
import { resetPasswordSchema } from '../../src/lib/server/auth/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'correct horse battery staple';
const newPassword = 'a brand new passphrase';
const origin = 'https://platform.example.test';
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

async function statusOf(work: Promise<unknown> | (() => unknown)): Promise<number> {
	try {
		await (typeof work === 'function' ? work() : work);
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`password reset on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		delete process.env.SMTP_URL;
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function userWithPassword(locale: string | null = null) {
		const user = await network.newUser(await network.newParticipant('member'));
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword(password), locale })
			.where(eq(users.id, user.id));
		return user;
	}

	async function mailsTo(email: string) {
		return handle.db
			.select()
			.from(outbox)
			.where(eq(outbox.recipient, email))
			.orderBy(desc(outbox.createdAt));
	}

	function linkToken(text: string): string {
		const match = text.match(/https:\/\/platform\.example\.test\/reset-password\/([A-Za-z0-9_-]+)/);
		if (!match) throw new Error(`no link in: ${text}`);
		return match[1]!;
	}

	it('mails a one-time link that sets a new password and ends every session', async () => {
		const user = await userWithPassword();
		const signedIn = await signIn(handle.db, { email: user.email, password, ip: randomIp() });
		expect(signedIn.outcome).toBe('signed_in');

		await requestPasswordReset(handle.db, { email: user.email.toUpperCase(), origin });
		const [mail] = await mailsTo(user.email);
		expect(mail!.subject).toBe('Elegir una nueva contraseña');
		expect(mail!.sentAt).toBeNull();
		const token = linkToken(mail!.textBody);
		const [stored] = await handle.db
			.select()
			.from(oneTimeTokens)
			.where(eq(oneTimeTokens.userId, user.id));
		expect(stored!.tokenHash).toBe(hashToken(token));
		expect(stored!.purpose).toBe('password_reset');
		expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(3600 * 1000);
		expect(await isPasswordResetUsable(handle.db, token)).toBe(true);

		await resetPassword(handle.db, { token, password: newPassword, passwordConfirm: newPassword });
		expect(await handle.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
		if (signedIn.outcome === 'signed_in') {
			const old = await unsafeResolveSession(handle.db, { sessionToken: signedIn.token });
			expect(old.actor.userId).toBeNull();
		}
		expect((await signIn(handle.db, { email: user.email, password, ip: randomIp() })).outcome).toBe(
			'invalid'
		);
		expect(
			(await signIn(handle.db, { email: user.email, password: newPassword, ip: randomIp() }))
				.outcome
		).toBe('signed_in');

		// The link works once.
		expect(await isPasswordResetUsable(handle.db, token)).toBe(false);
		expect(
			await statusOf(
				resetPassword(handle.db, { token, password: password, passwordConfirm: password })
			)
		).toBe(404);
	});

	it('writes the mail in the user’s language', async () => {
		const user = await userWithPassword('en');
		await requestPasswordReset(handle.db, { email: user.email, origin });
		const [mail] = await mailsTo(user.email);
		expect(mail!.subject).toBe('Choose a new password');
		expect(mail!.textBody).toContain('valid for one hour');
	});

	it('refuses an expired link', async () => {
		const user = await userWithPassword();
		const requestedAt = new Date();
		await requestPasswordReset(handle.db, { email: user.email, origin }, requestedAt);
		const token = linkToken((await mailsTo(user.email))[0]!.textBody);
		const later = new Date(requestedAt.getTime() + 3600 * 1000 + 1000);
		expect(await isPasswordResetUsable(handle.db, token, later)).toBe(false);
		expect(
			await statusOf(
				resetPassword(
					handle.db,
					{ token, password: newPassword, passwordConfirm: newPassword },
					later
				)
			)
		).toBe(404);
		const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
		expect((await signIn(handle.db, { email: row!.email, password, ip: randomIp() })).outcome).toBe(
			'signed_in'
		);
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		const email = `nobody-${randomBytes(4).toString('hex')}@example.test`;
		await expect(requestPasswordReset(handle.db, { email, origin })).resolves.toBeUndefined();
		expect(await mailsTo(email)).toEqual([]);
	});

	it('sends at most a few links an hour to one address', async () => {
		const user = await userWithPassword();
		for (let i = 0; i < maxPasswordResetsPerHour + 2; i++) {
			await requestPasswordReset(handle.db, { email: user.email, origin });
		}
		expect(await mailsTo(user.email)).toHaveLength(maxPasswordResetsPerHour);
	});

	it('spends every other unused link when one is used', async () => {
		const user = await userWithPassword();
		await requestPasswordReset(handle.db, { email: user.email, origin });
		await requestPasswordReset(handle.db, { email: user.email, origin });
		const [second, first] = (await mailsTo(user.email)).map((mail) => linkToken(mail.textBody));
		await resetPassword(handle.db, {
			token: second!,
			password: newPassword,
			passwordConfirm: newPassword
		});
		expect(await isPasswordResetUsable(handle.db, first!)).toBe(false);
	});

	it('refuses a short or mismatched new password with field messages', () => {
		const short = (() => {
			try {
				parseInput(resetPasswordSchema, { password: 'short', passwordConfirm: 'short' });
			} catch (error) {
				return error as { status: number; fieldErrors: { path: string }[] };
			}
		})();
		expect(short?.status).toBe(422);
		expect(short?.fieldErrors.map((e) => e.path)).toEqual(['password']);
		const mismatch = (() => {
			try {
				parseInput(resetPasswordSchema, { password: newPassword, passwordConfirm: password });
			} catch (error) {
				return error as { status: number; fieldErrors: { path: string }[] };
			}
		})();
		expect(mismatch?.fieldErrors.map((e) => e.path)).toEqual(['passwordConfirm']);
	});
});
