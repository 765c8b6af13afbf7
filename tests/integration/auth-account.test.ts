import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { sessions, users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { signIn, type SignInResult } from '../../src/lib/server/auth/sign-in';
import { changePassword } from '../../src/lib/server/auth/change-password';
import { getAccount } from '../../src/lib/server/auth/get-account';
import { updatePreferences } from '../../src/lib/server/auth/update-preferences';
import { preferencesSchema } from '../../src/lib/server/auth/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'correct horse battery staple';
const newPassword = 'another long passphrase';
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

function tokenOf(result: SignInResult): string {
	if (result.outcome !== 'signed_in') throw new Error(`not signed in: ${result.outcome}`);
	return result.token;
}

async function statusOf(work: Promise<unknown> | (() => unknown)): Promise<number> {
	try {
		await (typeof work === 'function' ? work() : work);
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`account on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function userWithPassword() {
		const participant = await network.newParticipant('observer');
		const user = await network.newUser(participant, { role: 'viewer' });
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(users.id, user.id));
		return { ...user, participant };
	}

	it('shows who I am', async () => {
		const user = await userWithPassword();
		const account = await getAccount(user.ctx, 'en');
		expect(account).toMatchObject({
			email: user.email,
			isAdmin: false,
			role: 'viewer',
			participant: { code: user.participant.code, status: 'observer' },
			network: { slug: network.slug },
			totpEnabled: false,
			locale: null,
			timeZone: null
		});
		expect(await statusOf(getAccount(network.anonymous, 'en'))).toBe(401);
	});

	it('changes the password after checking the current one, ending the other sessions', async () => {
		const user = await userWithPassword();
		const here = tokenOf(await signIn(handle.db, { email: user.email, password, ip: randomIp() }));
		const elsewhere = tokenOf(
			await signIn(handle.db, { email: user.email, password, ip: randomIp() })
		);
		expect(
			await statusOf(
				changePassword(user.ctx, {
					currentPassword: 'not the password',
					password: newPassword,
					passwordConfirm: newPassword,
					sessionHash: hashToken(here)
				})
			)
		).toBe(422);
		await changePassword(user.ctx, {
			currentPassword: password,
			password: newPassword,
			passwordConfirm: newPassword,
			sessionHash: hashToken(here)
		});
		const left = await handle.db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(left.map((s) => s.id)).toEqual([hashToken(here)]);
		expect(left.map((s) => s.id)).not.toContain(hashToken(elsewhere));
		expect(
			(await signIn(handle.db, { email: user.email, password: newPassword, ip: randomIp() }))
				.outcome
		).toBe('signed_in');
	});

	it('changes only my own password', async () => {
		const me = await userWithPassword();
		const other = await userWithPassword();
		await changePassword(me.ctx, {
			currentPassword: password,
			password: newPassword,
			passwordConfirm: newPassword,
			sessionHash: null
		});
		expect(
			(await signIn(handle.db, { email: other.email, password, ip: randomIp() })).outcome
		).toBe('signed_in');
		expect(
			await statusOf(
				changePassword(network.anonymous, {
					currentPassword: password,
					password: newPassword,
					passwordConfirm: newPassword,
					sessionHash: null
				})
			)
		).toBe(401);
	});

	it('saves language and time zone, and refuses zones that do not exist', async () => {
		const user = await userWithPassword();
		await updatePreferences(
			user.ctx,
			parseInput(preferencesSchema, { locale: 'pt', timeZone: 'America/Asuncion' })
		);
		expect(await getAccount(user.ctx, 'pt')).toMatchObject({
			locale: 'pt',
			timeZone: 'America/Asuncion'
		});
		await updatePreferences(
			user.ctx,
			parseInput(preferencesSchema, { locale: '', timeZone: 'UTC' })
		);
		expect(await getAccount(user.ctx, 'es')).toMatchObject({ locale: null, timeZone: 'UTC' });
		expect(
			await statusOf(() =>
				parseInput(preferencesSchema, { locale: 'es', timeZone: 'Mars/Olympus_Mons' })
			)
		).toBe(422);
		expect(
			await statusOf(() => parseInput(preferencesSchema, { locale: 'de', timeZone: '' }))
		).toBe(422);
		expect(
			await statusOf(updatePreferences(network.anonymous, { locale: 'es', timeZone: null }))
		).toBe(401);
	});
});
