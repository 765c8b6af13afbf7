import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { verifyPassword } from '../../src/lib/server/auth/passwords';
import { findUserByEmail } from '../../src/lib/server/auth/repository';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { publicOrigin } from '../../src/lib/server/runtime';
import { acceptInvitation } from '../../src/lib/server/people/accept-invitation';
import { deactivatePerson } from '../../src/lib/server/people/deactivate-person';
import { getInvitation } from '../../src/lib/server/people/get-invitation';
import { invitePerson } from '../../src/lib/server/people/invite-person';
import { resendInvitation } from '../../src/lib/server/people/resend-invitation';
import type { InvitePersonInput } from '../../src/lib/server/people/schemas';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import {
	auditActions,
	expireInvitation,
	findInvitationToken,
	findUser,
	lastInvitationTo,
	mailsTo,
	sessionsOf,
	statusOf,
	uniqueEmail
} from './support/people';

const password = 'correct horse battery staple';

describe(`people invitations on ${testDbKind}`, () => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase();
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function setup() {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		return {
			network,
			a,
			b,
			admin: await network.newUser(null, { admin: true }),
			focalA: await network.newUser(a, { role: 'focal_point' }),
			editorA: await network.newUser(a, { role: 'editor' }),
			viewerA: await network.newUser(a, { role: 'viewer' }),
			focalB: await network.newUser(b, { role: 'focal_point' })
		};
	}

	function invitation(
		participantId: string | undefined,
		overrides: Partial<InvitePersonInput> = {}
	): InvitePersonInput {
		return {
			email: uniqueEmail('invitee'),
			name: 'Ana Invitada',
			role: 'editor',
			participantId,
			locale: 'es',
			...overrides
		};
	}

	it('invites, mails a one-time link, and the link sets the password once', async () => {
		const { a, admin } = await setup();
		const input = invitation(a.id);
		const { id } = await invitePerson(admin.ctx, input);

		const created = await findUser(handle.db, id);
		expect(created).toMatchObject({
			email: input.email,
			name: 'Ana Invitada',
			passwordHash: null,
			participantId: a.id,
			role: 'editor',
			isAdmin: false,
			active: true
		});

		const { mail, link, token } = await lastInvitationTo(handle.db, input.email);
		expect(mail.recipient).toBe(input.email);
		expect(mail.subject).toContain('Invitación');
		expect(link).toMatch(new RegExp(`^${publicOrigin()}/invite/[A-Za-z0-9_-]{43}$`));
		const stored = await findInvitationToken(handle.db, token!);
		expect(stored).toMatchObject({ purpose: 'invitation', userId: id, usedAt: null });
		expect(stored!.tokenHash).toBe(hashToken(token!));
		expect(stored!.tokenHash).not.toContain(token!);
		const lifetimeDays = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 86_400_000;
		expect(Math.round(lifetimeDays)).toBe(7);

		const offer = await getInvitation(admin.ctx, token!);
		expect(offer).toMatchObject({ email: input.email, role: 'editor', isAdmin: false });
		expect(offer.participant?.code).toBe(a.code);

		const accepted = await acceptInvitation(admin.ctx, token!, {
			name: 'Ana María Invitada',
			password,
			passwordConfirm: password
		});
		expect(accepted.email).toBe(input.email);
		// The invitee is signed in at once: the session is theirs.
		expect(await sessionsOf(handle.db, id)).toHaveLength(1);
		expect(accepted.sessionToken).toMatch(/^\S{20,}$/);

		const user = await findUserByEmail(handle.db, input.email.toUpperCase());
		expect(user?.id).toBe(id);
		expect(user?.name).toBe('Ana María Invitada');
		expect(await verifyPassword(user!.passwordHash, password)).toBe(true);
		expect((await findInvitationToken(handle.db, token!))!.usedAt).not.toBeNull();
		expect(await auditActions(handle.db, id)).toEqual(['invite', 'accept_invitation']);

		// Single use: the same link answers 404 afterwards, for reading and for accepting.
		expect(await statusOf(getInvitation(admin.ctx, token!))).toBe(404);
		expect(
			await statusOf(
				acceptInvitation(admin.ctx, token!, {
					name: 'x',
					password: 'another password 1',
					passwordConfirm: 'another password 1'
				})
			)
		).toBe(404);
		expect(await verifyPassword((await findUser(handle.db, id))!.passwordHash, password)).toBe(
			true
		);
	});

	it('answers 404 for an expired or unknown link', async () => {
		const { a, admin } = await setup();
		const input = invitation(a.id);
		const { id } = await invitePerson(admin.ctx, input);
		const { token } = await lastInvitationTo(handle.db, input.email);
		await expireInvitation(handle.db, token!);
		expect(await statusOf(getInvitation(admin.ctx, token!))).toBe(404);
		expect(
			await statusOf(
				acceptInvitation(admin.ctx, token!, { name: 'x', password, passwordConfirm: password })
			)
		).toBe(404);
		expect((await findUser(handle.db, id))!.passwordHash).toBeNull();
		expect(await statusOf(getInvitation(admin.ctx, 'not-a-real-token'))).toBe(404);
	});

	it('does not let a deactivated invitee accept', async () => {
		const { a, focalA } = await setup();
		const input = invitation(a.id);
		const { id } = await invitePerson(focalA.ctx, input);
		const { token } = await lastInvitationTo(handle.db, input.email);
		await deactivatePerson(focalA.ctx, id);
		expect(
			await statusOf(
				acceptInvitation(focalA.ctx, token!, { name: 'x', password, passwordConfirm: password })
			)
		).toBe(404);
	});

	it('lets a focal point invite into its own participant only', async () => {
		const { a, b, focalA } = await setup();
		const own = invitation(a.id, { role: 'focal_point' });
		const { id } = await invitePerson(focalA.ctx, own);
		expect(await findUser(handle.db, id)).toMatchObject({
			participantId: a.id,
			role: 'focal_point'
		});

		const other = invitation(b.id);
		expect(await statusOf(invitePerson(focalA.ctx, other))).toBe(404);
		expect(await findUserByEmail(handle.db, other.email)).toBeUndefined();
		expect(await mailsTo(handle.db, other.email)).toEqual([]);
	});

	it('refuses editors, viewers and anonymous callers', async () => {
		const { network, a, b, editorA, viewerA } = await setup();
		const byEditor = invitation(a.id);
		expect(await statusOf(invitePerson(editorA.ctx, byEditor))).toBe(403);
		expect(await statusOf(invitePerson(viewerA.ctx, invitation(a.id)))).toBe(403);
		expect(await statusOf(invitePerson(editorA.ctx, invitation(b.id)))).toBe(404);
		expect(await statusOf(invitePerson(network.anonymous, invitation(a.id)))).toBe(401);
		expect(await findUserByEmail(handle.db, byEditor.email)).toBeUndefined();
		expect(await mailsTo(handle.db, byEditor.email)).toEqual([]);
	});

	it('answers 404 for a participant that does not exist', async () => {
		const { admin } = await setup();
		const missing = invitation('00000000-0000-4000-8000-000000000000');
		expect(await statusOf(invitePerson(admin.ctx, missing))).toBe(404);
	});

	it('refuses an email that already has an account, in any letter case', async () => {
		const { a, admin, focalA, editorA } = await setup();
		const error = await invitePerson(
			focalA.ctx,
			invitation(a.id, { email: editorA.email.toUpperCase() })
		)
			.then(() => null)
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 409, messageKey: 'people_email_taken' });
		const first = invitation(a.id);
		await invitePerson(admin.ctx, first);
		expect(await statusOf(invitePerson(admin.ctx, { ...first, name: 'Again' }))).toBe(409);
		expect(await mailsTo(handle.db, first.email)).toHaveLength(1);
	});

	it('lets only administrators create administrators', async () => {
		const { focalA, admin } = await setup();
		const byFocalPoint = invitation(undefined, { role: 'admin' });
		expect(await statusOf(invitePerson(focalA.ctx, byFocalPoint))).toBe(403);
		expect(await findUserByEmail(handle.db, byFocalPoint.email)).toBeUndefined();

		const byAdmin = invitation(undefined, { role: 'admin', locale: 'en' });
		const { id } = await invitePerson(admin.ctx, byAdmin);
		expect(await findUser(handle.db, id)).toMatchObject({
			isAdmin: true,
			participantId: null,
			role: null,
			passwordHash: null
		});
		const { mail, token } = await lastInvitationTo(handle.db, byAdmin.email);
		expect(mail.subject).toBe('Invitation as a platform administrator');
		expect((await getInvitation(admin.ctx, token!)).isAdmin).toBe(true);
	});

	it('writes the invitation in the language chosen for the invitee', async () => {
		const { a, network, admin } = await setup();
		const input = invitation(a.id, { locale: 'fr', role: 'viewer' });
		await invitePerson(admin.ctx, input);
		const { mail } = await lastInvitationTo(handle.db, input.email);
		expect(mail.subject).toBe(`Invitation à ${network.slug.toUpperCase()}`);
		expect(mail.textBody).toContain('Lecteur');
		expect(mail.textBody).toContain('7 jours');
	});

	it('resends a fresh link and retires the old one', async () => {
		const { a, focalA, focalB } = await setup();
		const input = invitation(a.id);
		const { id } = await invitePerson(focalA.ctx, input);
		const first = (await lastInvitationTo(handle.db, input.email)).token!;

		expect(await statusOf(resendInvitation(focalB.ctx, id))).toBe(404);
		await resendInvitation(focalA.ctx, id);
		const second = (await lastInvitationTo(handle.db, input.email)).token!;
		expect(second).not.toBe(first);
		expect(await mailsTo(handle.db, input.email)).toHaveLength(2);
		expect(await statusOf(getInvitation(focalA.ctx, first))).toBe(404);
		await acceptInvitation(focalA.ctx, second, {
			name: 'Ana',
			password,
			passwordConfirm: password
		});
		expect(await statusOf(resendInvitation(focalA.ctx, id))).toBe(409);
	});
});
