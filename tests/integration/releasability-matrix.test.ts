import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { documents } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { getDocument } from '../../src/lib/server/documents/get-document';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import { deleteDocument } from '../../src/lib/server/documents/delete-document';
import type { Ctx } from '../../src/lib/server/context';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';
import { situationNotes } from '../../src/lib/server/db/schema';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { getSituationNote } from '../../src/lib/server/situation/get-situation-note';
import { listSituationNotes } from '../../src/lib/server/situation/list-situation-notes';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import { buildSituationMap } from '../../src/lib/server/situation/build-situation-map';
import { ensureMissions, noteInput } from './situation-fixtures';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

type RoleName =
	| 'anonymous'
	| 'ownerEditor'
	| 'ownerViewer'
	| 'memberB'
	| 'namedMember'
	| 'observer'
	| 'partner'
	| 'administrator'
	| 'otherNetworkMember';

const levels: ReleasabilityLevel[] = [
	'owner',
	'named',
	'members',
	'members_and_observers',
	'network',
	'public'
];

/** Who may read a record of each level owned by member A and, for `named`, released to the named member. */
const readers: Record<ReleasabilityLevel, RoleName[]> = {
	owner: ['ownerEditor', 'ownerViewer'],
	named: ['ownerEditor', 'ownerViewer', 'namedMember'],
	members: ['ownerEditor', 'ownerViewer', 'memberB', 'namedMember'],
	members_and_observers: ['ownerEditor', 'ownerViewer', 'memberB', 'namedMember', 'observer'],
	network: ['ownerEditor', 'ownerViewer', 'memberB', 'namedMember', 'observer', 'partner'],
	public: [
		'anonymous',
		'ownerEditor',
		'ownerViewer',
		'memberB',
		'namedMember',
		'observer',
		'partner',
		'administrator',
		'otherNetworkMember'
	]
};

/** Who may change or delete: the owner's editors, and administrators for what they can see. */
function writers(level: ReleasabilityLevel): RoleName[] {
	return level === 'public' ? ['ownerEditor', 'administrator'] : ['ownerEditor'];
}

const roles: RoleName[] = [
	'anonymous',
	'ownerEditor',
	'ownerViewer',
	'memberB',
	'namedMember',
	'observer',
	'partner',
	'administrator',
	'otherNetworkMember'
];

describe(`releasability matrix on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let namedCode: string;
	const marker = `matrix-${Math.random().toString(36).slice(2)}`;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const other = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		const partner = await network.newParticipant('partner');
		const elsewhere = await other.newParticipant('member');
		namedCode = c.code;
		ctxs = {
			anonymous: network.anonymous,
			ownerEditor: (await network.newUser(a, { role: 'editor' })).ctx,
			ownerViewer: (await network.newUser(a, { role: 'viewer' })).ctx,
			memberB: (await network.newUser(b, { role: 'focal_point' })).ctx,
			namedMember: (await network.newUser(c, { role: 'focal_point' })).ctx,
			observer: (await network.newUser(obs, { role: 'focal_point' })).ctx,
			partner: (await network.newUser(partner, { role: 'focal_point' })).ctx,
			administrator: (await network.newUser(null, { admin: true })).ctx,
			otherNetworkMember: (await other.newUser(elsewhere, { role: 'focal_point' })).ctx
		};
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function makeDocument(level: ReleasabilityLevel, title = `${marker} ${level}`) {
		const { id } = await createDocument(ctxs.ownerEditor, network.slug, {
			title,
			kind: 'report',
			language: 'en',
			body: `Body of ${title}`,
			releasability: { level, participants: level === 'named' ? [namedCode] : undefined }
		});
		return id;
	}

	async function statusOf(work: Promise<unknown>): Promise<number> {
		try {
			await work;
			return 200;
		} catch (error) {
			return (error as { status?: number }).status ?? 500;
		}
	}

	describe.each(levels)('level %s', (level) => {
		let id: string;
		beforeAll(async () => {
			id = await makeDocument(level);
		});

		it.each(roles)('read by %s', async (role) => {
			const expected = readers[level].includes(role) ? 200 : 404;
			expect(await statusOf(getDocument(ctxs[role], network.slug, id))).toBe(expected);
		});

		it.each(roles)('list by %s', async (role) => {
			const list = await listDocuments(ctxs[role], network.slug, { limit: 200, offset: 0 });
			expect(list.items.some((d) => d.id === id)).toBe(readers[level].includes(role));
		});

		it.each(roles)('search by %s', async (role) => {
			const list = await listDocuments(ctxs[role], network.slug, {
				q: `${marker} ${level}`,
				limit: 200,
				offset: 0
			});
			expect(list.items.map((d) => d.id)).toEqual(readers[level].includes(role) ? [id] : []);
		});

		it.each(roles)('update by %s', async (role) => {
			const target = await makeDocument(level, `${marker} update ${level} ${role}`);
			const canSee = readers[level].includes(role);
			const canWrite = writers(level).includes(role);
			const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
			const status = await statusOf(
				updateDocument(ctxs[role], network.slug, target, { title: `changed by ${role}` })
			);
			expect(status).toBe(expected);
			const [row] = await handle.db.select().from(documents).where(eq(documents.id, target));
			expect(row!.title).toBe(
				canWrite ? `changed by ${role}` : `${marker} update ${level} ${role}`
			);
		});

		it.each(roles)('delete by %s', async (role) => {
			const target = await makeDocument(level, `${marker} delete ${level} ${role}`);
			const canSee = readers[level].includes(role);
			const canWrite = writers(level).includes(role);
			const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
			expect(await statusOf(deleteDocument(ctxs[role], network.slug, target))).toBe(expected);
			const rows = await handle.db.select().from(documents).where(eq(documents.id, target));
			expect(rows.length).toBe(canWrite ? 0 : 1);
		});

		// A query that forgets the code check must still not see the row: the database stops it.
		it.each(roles)('raw query without the code check, as %s', async (role) => {
			const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx.select({ id: documents.id }).from(documents).where(eq(documents.id, id))
			);
			expect(rows.length).toBe(readers[level].includes(role) ? 1 : 0);
			const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.update(documents)
					.set({ body: `raw update by ${role}` })
					.where(eq(documents.id, id))
					.returning({ id: documents.id })
			);
			expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
		});
	});

	it('refuses at the database a raw insert owned by another participant', async () => {
		const ownerId = ctxs.ownerEditor.actor.participant!.id;
		await expect(
			withActor(handle.db, ctxs.memberB.actor, (tx) =>
				tx.insert(documents).values({
					networkId: network.id,
					ownerId,
					level: 'public',
					title: 'forged',
					kind: 'other',
					language: 'en',
					body: 'forged'
				})
			)
		).rejects.toThrow();
	});

	it('runs protected queries as a role without superuser or bypass rights', async () => {
		const [row] = await withActor(handle.db, ctxs.memberB.actor, async (tx) => {
			const result = await tx.execute(
				sql`SELECT current_user AS who, (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS privileged`
			);
			return (result as unknown as { rows: { who: string; privileged: boolean }[] }).rows;
		});
		expect(row).toEqual({ who: 'platform_app', privileged: false });
	});
});

describe(`releasability matrix of situation notes on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let namedCode: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await ensureMissions(handle.db);
		network = await newTestNetwork(handle.db);
		const other = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		const partner = await network.newParticipant('partner');
		const elsewhere = await other.newParticipant('member');
		namedCode = c.code;
		ctxs = {
			anonymous: network.anonymous,
			ownerEditor: (await network.newUser(a, { role: 'editor' })).ctx,
			ownerViewer: (await network.newUser(a, { role: 'viewer' })).ctx,
			memberB: (await network.newUser(b, { role: 'focal_point' })).ctx,
			namedMember: (await network.newUser(c, { role: 'focal_point' })).ctx,
			observer: (await network.newUser(obs, { role: 'focal_point' })).ctx,
			partner: (await network.newUser(partner, { role: 'focal_point' })).ctx,
			administrator: (await network.newUser(null, { admin: true })).ctx,
			otherNetworkMember: (await other.newUser(elsewhere, { role: 'focal_point' })).ctx
		};
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function makeNote(level: ReleasabilityLevel) {
		const { id } = await createSituationNote(
			ctxs.ownerEditor,
			network.slug,
			noteInput({
				releasability: { level, participants: level === 'named' ? [namedCode] : undefined }
			})
		);
		return id;
	}

	async function statusOf(work: Promise<unknown>): Promise<number> {
		try {
			await work;
			return 200;
		} catch (error) {
			return (error as { status?: number }).status ?? 500;
		}
	}

	describe.each(levels)('level %s', (level) => {
		let id: string;
		beforeAll(async () => {
			id = await makeNote(level);
		});

		it.each(roles)('read, list and map by %s', async (role) => {
			const sees = readers[level].includes(role);
			expect(await statusOf(getSituationNote(ctxs[role], network.slug, id))).toBe(sees ? 200 : 404);
			const list = await listSituationNotes(ctxs[role], network.slug, {
				mission: 'UNIFIL',
				limit: 500,
				offset: 0
			});
			expect(list.items.some((n) => n.id === id)).toBe(sees);
			const map = await buildSituationMap(ctxs[role], network.slug, 'en');
			expect(map.notes.some((n) => n.id === id)).toBe(sees);
		});

		it.each(roles)('change by %s', async (role) => {
			const target = await makeNote(level);
			const canSee = readers[level].includes(role);
			const canWrite = writers(level).includes(role);
			const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
			expect(
				await statusOf(updateSituationNote(ctxs[role], network.slug, target, { severity: 'info' }))
			).toBe(expected);
			const [row] = await handle.db
				.select()
				.from(situationNotes)
				.where(eq(situationNotes.id, target));
			expect(row!.severity).toBe(canWrite ? 'info' : 'warning');
		});

		it.each(roles)('raw query without the code check, as %s', async (role) => {
			const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx.select({ id: situationNotes.id }).from(situationNotes).where(eq(situationNotes.id, id))
			);
			expect(rows.length).toBe(readers[level].includes(role) ? 1 : 0);
			const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.update(situationNotes)
					.set({ placeName: `raw update by ${role}` })
					.where(eq(situationNotes.id, id))
					.returning({ id: situationNotes.id })
			);
			expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
		});
	});
});
