import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	cooperationCommitments,
	cooperationOffers,
	cooperationRequests,
	documents,
	translationRequests,
	situationNotes
} from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { getDocument } from '../../src/lib/server/documents/get-document';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import { deleteDocument } from '../../src/lib/server/documents/delete-document';
import { requestTranslation } from '../../src/lib/server/documents/request-translation';
import { searchDocuments } from '../../src/lib/server/documents/search-documents';
import type { Ctx } from '../../src/lib/server/context';
import { createOffer } from '../../src/lib/server/exchange/create-offer';
import { createRequest } from '../../src/lib/server/exchange/create-request';
import { getOffer } from '../../src/lib/server/exchange/get-offer';
import { getRequest } from '../../src/lib/server/exchange/get-request';
import { listOffers } from '../../src/lib/server/exchange/list-offers';
import { listRequests } from '../../src/lib/server/exchange/list-requests';
import { proposeCommitment } from '../../src/lib/server/exchange/propose-commitment';
import { updateOffer } from '../../src/lib/server/exchange/update-offer';
import { updateRequest } from '../../src/lib/server/exchange/update-request';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import {
	capabilityGaps,
	combinedContingents,
	contingentContributions,
	pledges,
	pledgeVersions,
	presidencyTerms
} from '../../src/lib/server/db/schema';
import { attachPledge } from '../../src/lib/server/pledges/attach-pledge';
import { createContingent } from '../../src/lib/server/pledges/create-contingent';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { deletePledge } from '../../src/lib/server/pledges/delete-pledge';
import { getContingent } from '../../src/lib/server/pledges/get-contingent';
import { getPledge } from '../../src/lib/server/pledges/get-pledge';
import { listCapabilityGaps } from '../../src/lib/server/pledges/list-capability-gaps';
import { listPledges } from '../../src/lib/server/pledges/list-pledges';
import { publishCapabilityGap } from '../../src/lib/server/pledges/publish-capability-gap';
import { updatePledge } from '../../src/lib/server/pledges/update-pledge';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { getSituationNote } from '../../src/lib/server/situation/get-situation-note';
import { listSituationNotes } from '../../src/lib/server/situation/list-situation-notes';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import { buildSituationMap } from '../../src/lib/server/situation/build-situation-map';
import { ensureMissions, noteInput } from './situation-fixtures';

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

		it.each(roles)('full-text search by %s', async (role) => {
			const found = await searchDocuments(
				ctxs[role],
				network.slug,
				{ q: `"${marker} ${level}"`, limit: 100, offset: 0 },
				'en'
			);
			const visible = readers[level].includes(role);
			expect(found.items.map((d) => d.documentId)).toEqual(visible ? [id] : []);
			expect(found.total).toBe(visible ? 1 : 0);
		});

		const ownSide: RoleName[] = [
			'ownerEditor',
			'ownerViewer',
			'administrator',
			'otherNetworkMember'
		];
		const askers = readers[level].filter((r) => r !== 'anonymous' && !ownSide.includes(r));

		it.each(roles)('ask for a translation by %s', async (role) => {
			const canSee = readers[level].includes(role);
			const expected =
				role === 'anonymous' ? 401 : !canSee ? 404 : ownSide.includes(role) ? 403 : 200;
			expect(
				await statusOf(
					requestTranslation(ctxs[role], network.slug, id, { language: 'fr', note: role })
				)
			).toBe(expected);
			// The database shows a request to the participant that asked and to the owner alone.
			const seen = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.select({ note: translationRequests.note })
					.from(translationRequests)
					.where(eq(translationRequests.documentId, id))
			);
			if (role !== 'ownerEditor' && role !== 'ownerViewer') {
				expect(seen.map((r) => r.note)).toEqual(expected === 200 ? [role] : []);
			}
		});

		it('shows the owner every request on its document', async () => {
			const seen = await withActor(handle.db, ctxs.ownerViewer.actor, (tx) =>
				tx
					.select({ note: translationRequests.note })
					.from(translationRequests)
					.where(eq(translationRequests.documentId, id))
			);
			expect(seen.map((r) => r.note).sort()).toEqual([...askers].sort());
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

describe(`releasability matrix of the cooperation exchange on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let namedCode: string;
	let providerCtx: Ctx;

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
		// The named member commits to every request it sees, so commitments exist to be seen.
		providerCtx = ctxs.namedMember;
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function statusOf(work: Promise<unknown>): Promise<number> {
		try {
			await work;
			return 200;
		} catch (error) {
			return (error as { status?: number }).status ?? 500;
		}
	}

	const releasability = (level: ReleasabilityLevel) => ({
		level,
		participants: level === 'named' ? [namedCode] : undefined
	});

	const kinds = {
		request: {
			table: cooperationRequests,
			make: async (level: ReleasabilityLevel) =>
				(
					await createRequest(ctxs.ownerEditor, network.slug, {
						category: 'training',
						title: { en: `request ${level}` },
						description: {},
						quantity: 2,
						releasability: releasability(level)
					})
				).id,
			get: (ctx: Ctx, id: string) => getRequest(ctx, network.slug, id),
			list: async (ctx: Ctx) =>
				(await listRequests(ctx, network.slug, { limit: 200, offset: 0 })).items.map((i) => i.id),
			update: (ctx: Ctx, id: string) =>
				updateRequest(ctx, network.slug, id, { title: { en: 'changed' } })
		},
		offer: {
			table: cooperationOffers,
			make: async (level: ReleasabilityLevel) =>
				(
					await createOffer(ctxs.ownerEditor, network.slug, {
						category: 'training',
						title: { en: `offer ${level}` },
						description: {},
						conditions: {},
						releasability: releasability(level)
					})
				).id,
			get: (ctx: Ctx, id: string) => getOffer(ctx, network.slug, id),
			list: async (ctx: Ctx) =>
				(await listOffers(ctx, network.slug, { limit: 200, offset: 0 })).items.map((i) => i.id),
			update: (ctx: Ctx, id: string) =>
				updateOffer(ctx, network.slug, id, { title: { en: 'changed' } })
		}
	};

	describe.each(Object.keys(kinds) as (keyof typeof kinds)[])('%s', (kind) => {
		const k = kinds[kind];
		describe.each(levels)('level %s', (level) => {
			let id: string;
			let commitmentId: string | null = null;
			beforeAll(async () => {
				id = await k.make(level);
				if (kind === 'request' && readers[level].includes('namedMember')) {
					commitmentId = (await proposeCommitment(providerCtx, network.slug, id, { note: '' })).id;
				}
			});

			it.each(roles)('read and list by %s', async (role) => {
				const canSee = readers[level].includes(role);
				expect(await statusOf(k.get(ctxs[role], id))).toBe(canSee ? 200 : 404);
				expect((await k.list(ctxs[role])).includes(id)).toBe(canSee);
			});

			it.each(roles)('update by %s', async (role) => {
				const target = await k.make(level);
				const canSee = readers[level].includes(role);
				const canWrite = writers(level).includes(role);
				const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
				expect(await statusOf(k.update(ctxs[role], target))).toBe(expected);
			});

			it.each(roles)('raw query without the code check, as %s', async (role) => {
				const table = k.table;
				const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
					tx.select({ id: table.id }).from(table).where(eq(table.id, id))
				);
				expect(rows.length).toBe(readers[level].includes(role) ? 1 : 0);
				const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
					tx
						.update(table)
						.set({ unit: `raw update by ${role}` })
						.where(eq(table.id, id))
						.returning({ id: table.id })
				);
				expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
				if (commitmentId) {
					// A commitment is seen exactly where its request is.
					const seen = await withActor(handle.db, ctxs[role].actor, (tx) =>
						tx
							.select({ id: cooperationCommitments.id })
							.from(cooperationCommitments)
							.where(eq(cooperationCommitments.id, commitmentId!))
					);
					expect(seen.length).toBe(readers[level].includes(role) ? 1 : 0);
				}
			});
		});
	});
});

/**
 * The same matrix for the pledges area: pledges, combined contingents, their contributions (seen
 * only where both the contingent and the pledge are), pledge versions (the owner's alone) and
 * capability gaps. Member A owns the pledges and leads the contingents; the Presidency publishes
 * the gaps.
 */
describe(`releasability matrix of pledges and contingents on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let presidency: Ctx;
	let namedCode: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const other = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const p = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		const partner = await network.newParticipant('partner');
		const elsewhere = await other.newParticipant('member');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: p.id, startsOn: '2000-01-01' });
		namedCode = c.code;
		presidency = (await network.newUser(p, { role: 'editor' })).ctx;
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

	const release = (level: ReleasabilityLevel) => ({
		level,
		participants: level === 'named' ? [namedCode] : undefined
	});

	function makePledge(level: ReleasabilityLevel) {
		return createPledge(ctxs.ownerEditor, network.slug, {
			unitType: 'engineer_company',
			title: { en: `Engineers ${level}` },
			personnel: { female: 12, male: 88 },
			readinessLevel: 'level_1',
			releasability: release(level)
		}).then((r) => r.id);
	}

	async function statusOf(work: Promise<unknown>): Promise<number> {
		try {
			await work;
			return 200;
		} catch (error) {
			return (error as { status?: number }).status ?? 500;
		}
	}

	/** The gaps are the Presidency's: member A sees them only as far as any other member would. */
	function readsGap(level: ReleasabilityLevel, role: RoleName): boolean {
		const asOwner = role === 'ownerEditor' || role === 'ownerViewer';
		return readers[level].includes(role) && !(asOwner && (level === 'owner' || level === 'named'));
	}

	describe.each(levels)('level %s', (level) => {
		let pledgeId: string;
		let contingentId: string;
		let openContingentId: string;
		let gapId: string;
		beforeAll(async () => {
			pledgeId = await makePledge(level);
			contingentId = (
				await createContingent(ctxs.ownerEditor, network.slug, {
					title: { en: `Contingent ${level}` },
					releasability: release(level)
				})
			).id;
			// A public contingent holding the pledge: its contribution follows the pledge's level.
			openContingentId = (
				await createContingent(ctxs.ownerEditor, network.slug, {
					title: { en: `Open contingent ${level}` },
					releasability: { level: 'public' }
				})
			).id;
			await attachPledge(ctxs.ownerEditor, network.slug, openContingentId, pledgeId);
			gapId = (
				await publishCapabilityGap(presidency, network.slug, {
					unitType: 'engineer_company',
					minimumLevel: 'level_1',
					quantity: 1,
					title: { en: `Gap ${level}` },
					releasability: release(level)
				})
			).id;
		});

		it.each(roles)('pledge read and list by %s', async (role) => {
			const expected = readers[level].includes(role) ? 200 : 404;
			expect(await statusOf(getPledge(ctxs[role], network.slug, pledgeId))).toBe(expected);
			const list = await listPledges(ctxs[role], network.slug, { limit: 200, offset: 0 });
			expect(list.items.some((p) => p.id === pledgeId)).toBe(readers[level].includes(role));
		});

		it.each(roles)('pledge update and delete by %s', async (role) => {
			const target = await makePledge(level);
			const canSee = readers[level].includes(role);
			const canWrite = writers(level).includes(role);
			const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
			expect(await statusOf(updatePledge(ctxs[role], network.slug, target, { notes: role }))).toBe(
				expected
			);
			const [row] = await handle.db.select().from(pledges).where(eq(pledges.id, target));
			expect(row!.notes).toBe(canWrite ? role : '');
			expect(await statusOf(deletePledge(ctxs[role], network.slug, target))).toBe(expected);
			const rows = await handle.db.select().from(pledges).where(eq(pledges.id, target));
			expect(rows.length).toBe(canWrite ? 0 : 1);
		});

		it.each(roles)('contingent and its contribution as seen by %s', async (role) => {
			const expected = readers[level].includes(role) ? 200 : 404;
			expect(await statusOf(getContingent(ctxs[role], network.slug, contingentId))).toBe(expected);
			const open = await getContingent(ctxs[role], network.slug, openContingentId);
			const sees = readers[level].includes(role);
			expect(open.contributions.length).toBe(sees ? 1 : 0);
			expect(open.withheld).toBe(sees ? 0 : 1);
			expect(open.personnel.total).toBe(sees ? 100 : 0);
		});

		it.each(roles)('capability gap listed for %s', async (role) => {
			const { items } = await listCapabilityGaps(ctxs[role], network.slug);
			expect(items.some((g) => g.id === gapId)).toBe(readsGap(level, role));
		});

		// Queries that forget the code check must still not see the rows: the database stops them.
		it.each(roles)('raw queries without the code check, as %s', async (role) => {
			const sees = readers[level].includes(role) ? 1 : 0;
			const seen = await withActor(handle.db, ctxs[role].actor, async (tx) => ({
				pledges: await tx.select().from(pledges).where(eq(pledges.id, pledgeId)),
				contingents: await tx
					.select()
					.from(combinedContingents)
					.where(eq(combinedContingents.id, contingentId)),
				contributions: await tx
					.select()
					.from(contingentContributions)
					.where(eq(contingentContributions.contingentId, openContingentId)),
				versions: await tx
					.select()
					.from(pledgeVersions)
					.where(eq(pledgeVersions.pledgeId, pledgeId)),
				gaps: await tx.select().from(capabilityGaps).where(eq(capabilityGaps.id, gapId))
			}));
			expect(seen.pledges.length).toBe(sees);
			expect(seen.contingents.length).toBe(sees);
			expect(seen.contributions.length).toBe(sees);
			expect(seen.gaps.length).toBe(readsGap(level, role) ? 1 : 0);
			const owner = role === 'ownerEditor' || role === 'ownerViewer';
			expect(seen.versions.length).toBe(owner ? 1 : 0);
			const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.update(pledges)
					.set({ notes: `raw update by ${role}` })
					.where(eq(pledges.id, pledgeId))
					.returning({ id: pledges.id })
			);
			expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
		});
	});

	it('refuses at the database a raw pledge, contingent or gap owned by another participant', async () => {
		const ownerId = ctxs.ownerEditor.actor.participant!.id;
		const common = { networkId: network.id, ownerId, level: 'public' as const };
		for (const insert of [
			(tx: Parameters<Parameters<typeof withActor>[2]>[0]) =>
				tx.insert(pledges).values({
					...common,
					unitType: 'other',
					title: { en: 'forged' },
					readinessLevel: 'level_1'
				}),
			(tx: Parameters<Parameters<typeof withActor>[2]>[0]) =>
				tx.insert(combinedContingents).values({ ...common, title: { en: 'forged' } }),
			(tx: Parameters<Parameters<typeof withActor>[2]>[0]) =>
				tx.insert(capabilityGaps).values({
					...common,
					unitType: 'other',
					title: { en: 'forged' }
				})
		]) {
			await expect(withActor(handle.db, ctxs.memberB.actor, insert)).rejects.toThrow();
		}
		// A member that is neither the Presidency nor a partner may not publish even in its own name.
		await expect(
			withActor(handle.db, ctxs.memberB.actor, (tx) =>
				tx.insert(capabilityGaps).values({
					networkId: network.id,
					ownerId: ctxs.memberB.actor.participant!.id,
					level: 'public',
					unitType: 'other',
					title: { en: 'forged' }
				})
			)
		).rejects.toThrow();
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
