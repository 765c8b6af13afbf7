import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { signIn, type SignInResult } from '../../src/lib/server/auth/sign-in';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { startTotpEnrollment } from '../../src/lib/server/auth/start-totp-enrollment';
import { confirmTotpEnrollment } from '../../src/lib/server/auth/confirm-totp-enrollment';
import { verifySecondFactor } from '../../src/lib/server/auth/verify-second-factor';
import { disableTotp } from '../../src/lib/server/auth/disable-totp';
import { enrollmentRedirect } from '../../src/lib/server/auth/enrollment-guard';
import { totpCodeAt } from '../../src/lib/server/auth/second-factor';
import { hashToken } from '../../src/lib/server/auth/tokens';
import type { Ctx } from '../../src/lib/server/context';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'correct horse battery staple';
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;
const step = 30_000;

function signedIn(result: SignInResult) {
	if (result.outcome !== 'signed_in') throw new Error(`not signed in: ${result.outcome}`);
	return result;
}

async function statusOf(work: Promise<unknown>): Promise<number | string> {
	try {
		await work;
		return 200;
	} catch (error) {
		const e = error as { status?: number; messageKey?: string };
		return e.status ?? 500;
	}
}

describe(`TOTP second factor on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function userWithPassword(admin = false) {
		const participant = admin ? null : await network.newParticipant('member');
		const user = await network.newUser(participant, { admin });
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(users.id, user.id));
		return user;
	}

	/** Signs in and enrols TOTP at `at`; returns the secret and the session that enrolled. */
	async function enrolled(ctx: Ctx, email: string, at: Date) {
		const first = signedIn(await signIn(handle.db, { email, password, ip: randomIp() }, at));
		const { secret } = await startTotpEnrollment(ctx);
		await confirmTotpEnrollment(
			ctx,
			{ code: totpCodeAt(secret, at), sessionHash: hashToken(first.token) },
			at
		);
		return { secret, enrollingToken: first.token };
	}

	it('enrols with a code from the shown secret, keeping the same secret until confirmed', async () => {
		const user = await userWithPassword();
		const now = new Date();
		const first = await startTotpEnrollment(user.ctx);
		const again = await startTotpEnrollment(user.ctx);
		expect(again.secret).toBe(first.secret);
		expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(first.uri).toContain(`secret=${first.secret}`);
		expect(first.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
		expect(
			await statusOf(confirmTotpEnrollment(user.ctx, { code: '000000', sessionHash: null }, now))
		).toBe(422);
		await confirmTotpEnrollment(
			user.ctx,
			{ code: totpCodeAt(first.secret, now), sessionHash: null },
			now
		);
		const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
		expect(row!.totpEnabledAt).not.toBeNull();
		expect(await statusOf(startTotpEnrollment(user.ctx))).toBe(409);
	});

	it('asks for the code after the password, and refuses a code used twice', async () => {
		const user = await userWithPassword();
		const t0 = new Date();
		const { secret, enrollingToken } = await enrolled(user.ctx, user.email, t0);
		// The session that enrolled has passed the second factor.
		const enrolling = await unsafeResolveSession(handle.db, { sessionToken: enrollingToken });
		expect(enrolling.actor.userId).toBe(user.id);

		const t1 = new Date(t0.getTime() + 3 * step);
		const result = signedIn(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() }, t1)
		);
		expect(result.secondFactor).toBe('verify');
		const pending = await unsafeResolveSession(handle.db, { sessionToken: result.token });
		expect(pending.pendingSecondFactor).toBe(true);
		expect(pending.actor.userId).toBeNull();

		const sessionHash = hashToken(result.token);
		// The code already used at enrolment is refused: its step is not after the last one used.
		expect(
			await verifySecondFactor(handle.db, { sessionHash, code: totpCodeAt(secret, t0) }, t1)
		).toEqual({ outcome: 'invalid' });
		expect(
			await verifySecondFactor(handle.db, { sessionHash, code: totpCodeAt(secret, t1) }, t1)
		).toEqual({ outcome: 'verified' });
		const done = await unsafeResolveSession(handle.db, { sessionToken: result.token });
		expect(done.actor.userId).toBe(user.id);

		// A second sign-in within the same time step cannot reuse the same code.
		const other = signedIn(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() }, t1)
		);
		expect(
			await verifySecondFactor(
				handle.db,
				{ sessionHash: hashToken(other.token), code: totpCodeAt(secret, t1) },
				t1
			)
		).toEqual({ outcome: 'invalid' });
		const t2 = new Date(t1.getTime() + step);
		expect(
			await verifySecondFactor(
				handle.db,
				{ sessionHash: hashToken(other.token), code: totpCodeAt(secret, t2) },
				t2
			)
		).toEqual({ outcome: 'verified' });
	});

	it('throttles wrong codes per user', async () => {
		const user = await userWithPassword();
		const t0 = new Date();
		const { secret } = await enrolled(user.ctx, user.email, t0);
		const t1 = new Date(t0.getTime() + 3 * step);
		const result = signedIn(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() }, t1)
		);
		const sessionHash = hashToken(result.token);
		const right = totpCodeAt(secret, t1);
		const wrong = right === '123456' ? '654321' : '123456';
		for (let i = 0; i < 5; i++) {
			expect(await verifySecondFactor(handle.db, { sessionHash, code: wrong }, t1)).toEqual({
				outcome: 'invalid'
			});
		}
		expect(await verifySecondFactor(handle.db, { sessionHash, code: right }, t1)).toEqual({
			outcome: 'throttled'
		});
	});

	it('answers no_session for a session without a pending code step', async () => {
		const user = await userWithPassword();
		const result = signedIn(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() })
		);
		expect(
			await verifySecondFactor(handle.db, {
				sessionHash: hashToken(result.token),
				code: '123456'
			})
		).toEqual({ outcome: 'no_session' });
		expect(await verifySecondFactor(handle.db, { sessionHash: null, code: '123456' })).toEqual({
			outcome: 'no_session'
		});
	});

	it('forces an administrator to enrol, and lets them through once enrolled', async () => {
		const admin = await userWithPassword(true);
		const t0 = new Date();
		const result = signedIn(
			await signIn(handle.db, { email: admin.email, password, ip: randomIp() }, t0)
		);
		expect(result.secondFactor).toBe('enroll');
		const before = await unsafeResolveSession(handle.db, { sessionToken: result.token });
		expect(enrollmentRedirect(before, '/admin')).toBe('/account/two-factor');

		const { secret } = await startTotpEnrollment(admin.ctx);
		await confirmTotpEnrollment(
			admin.ctx,
			{ code: totpCodeAt(secret, t0), sessionHash: hashToken(result.token) },
			t0
		);
		const after = await unsafeResolveSession(handle.db, { sessionToken: result.token });
		expect(after.actor.isAdmin).toBe(true);
		expect(after.pendingSecondFactor).toBe(false);
		expect(enrollmentRedirect(after, '/admin')).toBeNull();

		// Administrators may not turn the second factor off.
		expect(await statusOf(disableTotp(admin.ctx, { currentPassword: password }))).toBe(403);
	});

	it('lets other users turn TOTP off with their password, and only their own', async () => {
		const user = await userWithPassword();
		const other = await userWithPassword();
		await enrolled(user.ctx, user.email, new Date());
		await enrolled(other.ctx, other.email, new Date());
		expect(await statusOf(disableTotp(user.ctx, { currentPassword: 'not my password' }))).toBe(422);
		await disableTotp(user.ctx, { currentPassword: password });
		const rows = await handle.db.select().from(users);
		const mine = rows.find((row) => row.id === user.id)!;
		const theirs = rows.find((row) => row.id === other.id)!;
		expect(mine.totpEnabledAt).toBeNull();
		expect(mine.totpSecret).toBeNull();
		expect(theirs.totpEnabledAt).not.toBeNull();
		const result = signedIn(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() })
		);
		expect(result.secondFactor).toBe('none');
		expect(await statusOf(disableTotp(network.anonymous, { currentPassword: password }))).toBe(401);
	});
});
