import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { changeRole } from '../../src/lib/server/people/change-role';
import { deactivatePerson } from '../../src/lib/server/people/deactivate-person';
import { listPeople } from '../../src/lib/server/people/list-people';
import { reactivatePerson } from '../../src/lib/server/people/reactivate-person';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import {
	apiTokensOf,
	auditActions,
	findUser,
	sessionsOf,
	signInEverywhere,
	statusOf
} from './support/people';

describe(`people management on ${testDbKind}`, () => {
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
		const b = await network.newParticipant('observer');
		return {
			network,
			a,
			b,
			admin: await network.newUser(null, { admin: true }),
			focalA: await network.newUser(a, { role: 'focal_point' }),
			editorA: await network.newUser(a, { role: 'editor' }),
			viewerA: await network.newUser(a, { role: 'viewer' }),
			focalB: await network.newUser(b, { role: 'focal_point' }),
			editorB: await network.newUser(b, { role: 'editor' })
		};
	}

	describe('listing', () => {
		it('shows a focal point the people of its own participant only', async () => {
			const { a, b, focalA, editorA, viewerA, editorB } = await setup();
			const list = await listPeople(focalA.ctx, {});
			expect(list.people.map((p) => p.id).sort()).toEqual(
				[focalA.id, editorA.id, viewerA.id].sort()
			);
			expect(list.people.find((p) => p.id === focalA.id)?.self).toBe(true);
			expect(list.participants.map((p) => p.id)).toEqual([a.id]);
			expect(list.canInviteAdmins).toBe(false);
			expect(list.people.some((p) => p.id === editorB.id)).toBe(false);
			expect(await statusOf(listPeople(focalA.ctx, { participant: b.id }))).toBe(404);
		});

		it('shows an administrator everyone, filtered by network or participant', async () => {
			const { network, b, admin, focalB, editorB, editorA } = await setup();
			const other = await newTestNetwork(handle.db);
			const elsewhere = await other.newUser(await other.newParticipant('member'));

			const all = await listPeople(admin.ctx, {});
			const allIds = all.people.map((p) => p.id);
			expect(allIds).toEqual(
				expect.arrayContaining([admin.id, editorA.id, editorB.id, elsewhere.id])
			);
			expect(all.canInviteAdmins).toBe(true);
			expect(all.networks.map((n) => n.slug)).toEqual(
				expect.arrayContaining([network.slug, other.slug])
			);

			const inNetwork = await listPeople(admin.ctx, { network: network.slug });
			expect(inNetwork.people.map((p) => p.id)).toContain(editorA.id);
			expect(inNetwork.people.map((p) => p.id)).not.toContain(elsewhere.id);
			expect(inNetwork.people.map((p) => p.id)).not.toContain(admin.id);

			const inB = await listPeople(admin.ctx, { participant: b.id });
			expect(inB.people.map((p) => p.id).sort()).toEqual([focalB.id, editorB.id].sort());
			expect(inB.filter).toEqual({ network: null, participant: b.id });

			const unknown = await listPeople(admin.ctx, { network: 'no-such-network' });
			expect(unknown.people).toEqual([]);
		});

		it('finds no people page for editors, viewers and members without a role', async () => {
			const { network, editorA, viewerA } = await setup();
			expect(await statusOf(listPeople(editorA.ctx, {}))).toBe(404);
			expect(await statusOf(listPeople(viewerA.ctx, {}))).toBe(404);
			expect(await statusOf(listPeople(network.anonymous, {}))).toBe(401);
		});
	});

	describe('roles', () => {
		it('lets a focal point change roles in its own participant, and audits it', async () => {
			const { focalA, editorA } = await setup();
			await changeRole(focalA.ctx, { personId: editorA.id, role: 'viewer' });
			expect((await findUser(handle.db, editorA.id))!.role).toBe('viewer');
			await changeRole(focalA.ctx, { personId: editorA.id, role: 'focal_point' });
			expect((await findUser(handle.db, editorA.id))!.role).toBe('focal_point');
			expect(await auditActions(handle.db, editorA.id)).toEqual(['change_role', 'change_role']);
		});

		it('answers 404 for a person of another participant and 403 for non-focal points', async () => {
			const { focalA, editorA, viewerA, editorB, admin } = await setup();
			expect(await statusOf(changeRole(focalA.ctx, { personId: editorB.id, role: 'viewer' }))).toBe(
				404
			);
			expect(
				await statusOf(changeRole(editorA.ctx, { personId: viewerA.id, role: 'editor' }))
			).toBe(403);
			expect(
				await statusOf(changeRole(viewerA.ctx, { personId: viewerA.id, role: 'editor' }))
			).toBe(403);
			expect(
				await statusOf(changeRole(editorA.ctx, { personId: editorB.id, role: 'viewer' }))
			).toBe(404);
			expect(await statusOf(changeRole(focalA.ctx, { personId: admin.id, role: 'viewer' }))).toBe(
				404
			);
			expect(
				await statusOf(
					changeRole(focalA.ctx, {
						personId: '00000000-0000-4000-8000-000000000000',
						role: 'viewer'
					})
				)
			).toBe(404);
			expect((await findUser(handle.db, editorB.id))!.role).toBe('editor');
			expect((await findUser(handle.db, viewerA.id))!.role).toBe('viewer');
			expect(await auditActions(handle.db, editorB.id)).toEqual([]);
		});

		it('lets an administrator change any participant role, but gives administrators none', async () => {
			const { admin, editorB, network } = await setup();
			await changeRole(admin.ctx, { personId: editorB.id, role: 'focal_point' });
			expect((await findUser(handle.db, editorB.id))!.role).toBe('focal_point');
			const otherAdmin = await network.newUser(null, { admin: true });
			expect(
				await statusOf(changeRole(admin.ctx, { personId: otherAdmin.id, role: 'editor' }))
			).toBe(409);
			expect((await findUser(handle.db, otherAdmin.id))!).toMatchObject({
				isAdmin: true,
				role: null
			});
		});

		it('keeps a focal point from stepping down as the last active one', async () => {
			const { a, network, focalA, admin } = await setup();
			const error = await changeRole(focalA.ctx, { personId: focalA.id, role: 'editor' })
				.then(() => null)
				.catch((e: unknown) => e);
			expect(error).toMatchObject({ status: 409, messageKey: 'people_last_focal_point' });
			expect((await findUser(handle.db, focalA.id))!.role).toBe('focal_point');

			// An inactive focal point does not count.
			const dormant = await network.newUser(a, { role: 'focal_point', active: false });
			expect(await statusOf(changeRole(focalA.ctx, { personId: focalA.id, role: 'editor' }))).toBe(
				409
			);

			await reactivatePerson(admin.ctx, dormant.id);
			await changeRole(focalA.ctx, { personId: focalA.id, role: 'editor' });
			expect((await findUser(handle.db, focalA.id))!.role).toBe('editor');
		});
	});

	describe('deactivation', () => {
		it('deactivates, deletes sessions and revokes API tokens, then reactivates', async () => {
			const { focalA, editorA } = await setup();
			const signedIn = await signInEverywhere(handle.db, editorA.id);
			expect(await sessionsOf(handle.db, editorA.id)).toHaveLength(1);

			await deactivatePerson(focalA.ctx, editorA.id);
			expect((await findUser(handle.db, editorA.id))!.active).toBe(false);
			expect(await sessionsOf(handle.db, editorA.id)).toEqual([]);
			const [token] = await apiTokensOf(handle.db, editorA.id);
			expect(token!.id).toBe(signedIn.apiTokenId);
			expect(token!.revokedAt).not.toBeNull();

			await reactivatePerson(focalA.ctx, editorA.id);
			expect((await findUser(handle.db, editorA.id))!.active).toBe(true);
			// Revoked tokens stay revoked: a reactivated person makes new ones.
			expect((await apiTokensOf(handle.db, editorA.id))[0]!.revokedAt).not.toBeNull();
			expect(await auditActions(handle.db, editorA.id)).toEqual(['deactivate', 'reactivate']);
		});

		it('signs the person out at once: neither the session nor the token resolves', async () => {
			const { admin, editorB } = await setup();
			const { sessionToken, bearerToken } = await signInEverywhere(handle.db, editorB.id);
			expect((await unsafeResolveSession(handle.db, { sessionToken })).actor.userId).toBe(
				editorB.id
			);
			expect((await unsafeResolveSession(handle.db, { bearerToken })).actor.userId).toBe(
				editorB.id
			);

			await deactivatePerson(admin.ctx, editorB.id);
			expect((await unsafeResolveSession(handle.db, { sessionToken })).actor.userId).toBeNull();
			expect((await unsafeResolveSession(handle.db, { bearerToken })).actor.userId).toBeNull();

			// Reactivation lets the person sign in again, but what was ended stays ended.
			await reactivatePerson(admin.ctx, editorB.id);
			expect((await unsafeResolveSession(handle.db, { sessionToken })).actor.userId).toBeNull();
			expect((await unsafeResolveSession(handle.db, { bearerToken })).actor.userId).toBeNull();
		});

		it('answers 404 for another participant and 403 for non-focal points', async () => {
			const { focalA, editorA, viewerA, editorB, admin } = await setup();
			await signInEverywhere(handle.db, editorB.id);
			expect(await statusOf(deactivatePerson(focalA.ctx, editorB.id))).toBe(404);
			expect(await statusOf(deactivatePerson(editorA.ctx, viewerA.id))).toBe(403);
			expect(await statusOf(deactivatePerson(viewerA.ctx, editorA.id))).toBe(403);
			expect(await statusOf(deactivatePerson(focalA.ctx, admin.id))).toBe(404);
			expect((await findUser(handle.db, editorB.id))!.active).toBe(true);
			expect(await sessionsOf(handle.db, editorB.id)).toHaveLength(1);
			expect((await apiTokensOf(handle.db, editorB.id))[0]!.revokedAt).toBeNull();

			await deactivatePerson(admin.ctx, editorB.id);
			expect(await statusOf(reactivatePerson(focalA.ctx, editorB.id))).toBe(404);
			expect(await statusOf(reactivatePerson(editorA.ctx, editorB.id))).toBe(404);
			expect((await findUser(handle.db, editorB.id))!.active).toBe(false);
		});

		it('keeps the last active focal point from deactivating itself', async () => {
			const { a, network, focalA, admin } = await setup();
			const error = await deactivatePerson(focalA.ctx, focalA.id)
				.then(() => null)
				.catch((e: unknown) => e);
			expect(error).toMatchObject({ status: 409, messageKey: 'people_last_focal_point' });
			expect((await findUser(handle.db, focalA.id))!.active).toBe(true);

			const second = await network.newUser(a, { role: 'focal_point' });
			await deactivatePerson(focalA.ctx, focalA.id);
			expect((await findUser(handle.db, focalA.id))!.active).toBe(false);
			// An administrator may still remove the last one; it can appoint a successor.
			await deactivatePerson(admin.ctx, second.id);
			expect((await findUser(handle.db, second.id))!.active).toBe(false);
		});

		it('keeps the installation with an active administrator', async () => {
			const { admin, network } = await setup();
			const other = await network.newUser(null, { admin: true });
			await deactivatePerson(admin.ctx, other.id);
			expect((await findUser(handle.db, other.id))!.active).toBe(false);
			const lastAdmins = await listPeople(admin.ctx, {});
			const activeAdmins = lastAdmins.people.filter((p) => p.isAdmin && p.status !== 'deactivated');
			for (const person of activeAdmins.filter((p) => p.id !== admin.id)) {
				await deactivatePerson(admin.ctx, person.id);
			}
			const error = await deactivatePerson(admin.ctx, admin.id)
				.then(() => null)
				.catch((e: unknown) => e);
			expect(error).toMatchObject({ status: 409, messageKey: 'people_last_admin' });
			expect((await findUser(handle.db, admin.id))!.active).toBe(true);
			await reactivatePerson(admin.ctx, other.id);
			await deactivatePerson(admin.ctx, admin.id);
			expect((await findUser(handle.db, admin.id))!.active).toBe(false);
		});
	});
});
