import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { loginAttempts, outbox, sessions, users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { failureNoticeAfter, signIn, type SignInResult } from '../../src/lib/server/auth/sign-in';
import { signOut } from '../../src/lib/server/auth/sign-out';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { enrollmentRedirect } from '../../src/lib/server/auth/enrollment-guard';
import {
	freeFailuresPerPair,
	maxFailuresPerAddress,
	maxPairDelayMs,
	pairDelayMs
} from '../../src/lib/server/auth/login-throttle';
import { newTotpSecret, totpCodeAt } from '../../src/lib/server/auth/second-factor';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'correct horse battery staple';
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

function tokenOf(result: SignInResult): string {
	if (result.outcome !== 'signed_in') throw new Error(`not signed in: ${result.outcome}`);
	return result.token;
}

describe(`sign-in on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function userWithPassword(options: { admin?: boolean; active?: boolean } = {}) {
		const participant = options.admin ? null : await network.newParticipant('member');
		const user = await network.newUser(participant, options);
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(users.id, user.id));
		return user;
	}

	it('signs in with the right password, in any letter case, and resolves the session', async () => {
		const user = await userWithPassword();
		const result = await signIn(handle.db, {
			email: `  ${user.email.toUpperCase()} `,
			password,
			ip: randomIp()
		});
		expect(result).toMatchObject({ outcome: 'signed_in', userId: user.id, secondFactor: 'none' });
		const token = tokenOf(result);
		const [stored] = await handle.db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(stored!.id).toBe(hashToken(token));
		expect(stored!.id).not.toBe(token);
		const session = await unsafeResolveSession(handle.db, { sessionToken: token });
		expect(session.actor.userId).toBe(user.id);
		expect(session.actor.participant?.id).toBe(user.actor.participant?.id);
		expect(session.pendingSecondFactor).toBe(false);
	});

	it('gives the same answer for a wrong password, an unknown email and an inactive account', async () => {
		const user = await userWithPassword();
		const inactive = await userWithPassword({ active: false });
		const ip = randomIp();
		expect(await signIn(handle.db, { email: user.email, password: 'wrong password!', ip })).toEqual(
			{ outcome: 'invalid' }
		);
		expect(
			await signIn(handle.db, { email: `nobody-${randomIp()}@example.test`, password, ip })
		).toEqual({ outcome: 'invalid' });
		expect(await signIn(handle.db, { email: inactive.email, password, ip })).toEqual({
			outcome: 'invalid'
		});
	});

	it('slows one address on one account with a doubling wait, and nobody else', async () => {
		const user = await userWithPassword();
		const other = await userWithPassword();
		const ip = randomIp();
		const t0 = new Date();
		const at = (ms: number) => new Date(t0.getTime() + ms);
		for (let i = 0; i < freeFailuresPerPair; i++) {
			const result = await signIn(handle.db, { email: user.email, password: `wrong ${i}`, ip }, t0);
			expect(result.outcome).toBe('invalid');
		}
		// The next try from this address must wait one second, then two, then four…
		expect(await signIn(handle.db, { email: user.email, password, ip }, t0)).toEqual({
			outcome: 'throttled',
			retryAfterSeconds: 1
		});
		expect(
			(await signIn(handle.db, { email: user.email, password: 'wrong', ip }, at(1000))).outcome
		).toBe('invalid');
		expect(await signIn(handle.db, { email: user.email, password, ip }, at(1500))).toEqual({
			outcome: 'throttled',
			retryAfterSeconds: 2
		});
		expect(pairDelayMs(freeFailuresPerPair + 30)).toBe(maxPairDelayMs);
		// The owner elsewhere, and another account from the same address, are not slowed at all.
		expect(
			(await signIn(handle.db, { email: user.email, password, ip: randomIp() }, at(1500))).outcome
		).toBe('signed_in');
		expect((await signIn(handle.db, { email: other.email, password, ip }, at(1500))).outcome).toBe(
			'signed_in'
		);
		// Refused tries do not lengthen the wait, and a success starts the count afresh.
		const ready = await signIn(handle.db, { email: user.email, password, ip }, at(3000));
		expect(ready.outcome).toBe('signed_in');
		expect(
			(await signIn(handle.db, { email: user.email, password: 'wrong', ip }, at(3001))).outcome
		).toBe('invalid');
	});

	it('records attempts per account, per address and per pair, and a success wipes no failure', async () => {
		const user = await userWithPassword();
		const ip = randomIp();
		await signIn(handle.db, { email: user.email, password: 'wrong password', ip });
		await signIn(handle.db, { email: user.email, password, ip });
		const byEmail = await handle.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, user.email.toLowerCase()));
		expect(byEmail.map((row) => row.succeeded).sort()).toEqual([false, true]);
		const byIp = await handle.db
			.select()
			.from(loginAttempts)
			.where(and(eq(loginAttempts.key, `ip:${ip}`), eq(loginAttempts.succeeded, false)));
		expect(byIp).toHaveLength(1);
		const byPair = await handle.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, `pair:${user.email.toLowerCase()}|${ip}`));
		expect(byPair).toHaveLength(2);
	});

	it("never lets an attacker's wrong passwords keep out the owner who has a second factor", async () => {
		const owner = await userWithPassword();
		const secret = newTotpSecret();
		await handle.db
			.update(users)
			.set({ totpSecret: secret, totpEnabledAt: new Date() })
			.where(eq(users.id, owner.id));
		// Attacker and owner share one address (a proxy without ADDRESS_HEADER, an office NAT).
		const ip = randomIp();
		const t0 = new Date();
		for (let i = 0; i < freeFailuresPerPair; i++) {
			await signIn(handle.db, { email: owner.email, password: `wrong ${i}`, ip }, t0);
		}
		// The attacker's failures on other accounts from that address, up to the cap (written
		// directly: a hundred password hashes would only make the test slow).
		await handle.db.insert(loginAttempts).values(
			Array.from({ length: maxFailuresPerAddress }, () => ({
				key: `ip:${ip}`,
				succeeded: false,
				at: t0
			}))
		);
		expect(
			(await signIn(handle.db, { email: `guess-${ip}@example.test`, password: 'x', ip }, t0))
				.outcome
		).toBe('throttled');
		// The password alone is told to wait, and so is the password with a wrong code…
		expect((await signIn(handle.db, { email: owner.email, password, ip }, t0)).outcome).toBe(
			'throttled'
		);
		expect(
			(await signIn(handle.db, { email: owner.email, password, ip, code: '000000' }, t0)).outcome
		).toBe('throttled');
		// …and so is a right code with a wrong password: the answer tells a guesser nothing.
		const t1 = new Date(t0.getTime() + 30_000);
		expect(
			(
				await signIn(
					handle.db,
					{ email: owner.email, password: 'wrong', ip, code: totpCodeAt(secret, t1) },
					t1
				)
			).outcome
		).toBe('throttled');
		// The owner, with the password and the code, is in, with the second factor done.
		const t2 = new Date(t0.getTime() + 60_000);
		const result = await signIn(
			handle.db,
			{ email: owner.email, password, ip, code: totpCodeAt(secret, t2) },
			t2
		);
		expect(result).toMatchObject({ outcome: 'signed_in', secondFactor: 'none' });
		const session = await unsafeResolveSession(handle.db, { sessionToken: tokenOf(result) });
		expect(session.actor.userId).toBe(owner.id);
		expect(session.pendingSecondFactor).toBe(false);
	});

	it('tells the owner by mail, once a day, that sign-ins keep failing', async () => {
		const user = await userWithPassword();
		const t0 = new Date();
		const mailsTo = async () =>
			(await handle.db.select().from(outbox).where(eq(outbox.recipient, user.email))).length;
		for (let i = 0; i < failureNoticeAfter + 3; i++) {
			await signIn(handle.db, { email: user.email, password: 'wrong', ip: randomIp() }, t0);
		}
		expect(await mailsTo()).toBe(1);
		const tomorrow = new Date(t0.getTime() + 25 * 3600 * 1000);
		for (let i = 0; i < failureNoticeAfter; i++) {
			await signIn(handle.db, { email: user.email, password: 'wrong', ip: randomIp() }, tomorrow);
		}
		expect(await mailsTo()).toBe(2);
	});

	it('signs out by deleting the session', async () => {
		const user = await userWithPassword();
		const token = tokenOf(await signIn(handle.db, { email: user.email, password, ip: randomIp() }));
		await signOut(handle.db, hashToken(token));
		const session = await unsafeResolveSession(handle.db, { sessionToken: token });
		expect(session.actor.userId).toBeNull();
		expect(await handle.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
	});

	it('sends an administrator without a second factor to enrolment, and nowhere else', async () => {
		const admin = await userWithPassword({ admin: true });
		const result = await signIn(handle.db, { email: admin.email, password, ip: randomIp() });
		expect(result).toMatchObject({ outcome: 'signed_in', secondFactor: 'enroll' });
		const session = await unsafeResolveSession(handle.db, { sessionToken: tokenOf(result) });
		expect(enrollmentRedirect(session, '/admin/outbox')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/api/v1/me')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/account/two-factor')).toBeNull();
		expect(enrollmentRedirect(session, '/logout')).toBeNull();
	});
});
