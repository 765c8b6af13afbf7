import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	cooperationCommitments,
	cooperationOffers,
	cooperationRequests,
	documents,
	situationNoteAttachments,
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
import { ensureMissions, noteInput, pngUpload } from './situation-fixtures';
import { getNoteAttachment } from '../../src/lib/server/situation/get-note-attachment';
import { webhooks } from '../../src/lib/server/db/schema';
import { getWebhook } from '../../src/lib/server/webhooks/get-webhook';
import { registerWebhook } from '../../src/lib/server/webhooks/register-webhook';
import { trainingCentres, trainingNominations } from '../../src/lib/server/db/schema';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { createNomination } from '../../src/lib/server/training/create-nomination';
import { createTrainingCentre } from '../../src/lib/server/training/create-training-centre';
import { getTrainingCentre } from '../../src/lib/server/training/get-training-centre';
import { listNominations } from '../../src/lib/server/training/list-nominations';
import { listTrainingCentres } from '../../src/lib/server/training/list-training-centres';
import { offerSeats } from '../../src/lib/server/training/offer-seats';
import { centreInput, courseInput } from './training-fixtures';
import { barrierAssessmentAreas, barrierAssessments } from '../../src/lib/server/db/schema';
import { createAssessment } from '../../src/lib/server/barriers/create-assessment';
import { getAssessment } from '../../src/lib/server/barriers/get-assessment';
import { getRegionalView } from '../../src/lib/server/barriers/get-regional-view';
import { listAssessments } from '../../src/lib/server/barriers/list-assessments';
import { updateAssessment } from '../../src/lib/server/barriers/update-assessment';
import { recordEveryArea } from './barriers-fixtures';

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
		const other = await newTestNetwork(handle.db, { throughRegistry: true });
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

		// The search runs as the function's owner to reach the text index, so its own rule is
		// checked here without the row-level security that the page's read adds on top.
		it.each(roles)('the library search function itself, as %s', async (role) => {
			const result = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx.execute(sql`
					SELECT id, total FROM app_library_search(
						${network.id}, app_search_query(${`"${marker} ${level}"`}), 'en',
						NULL, NULL, NULL, NULL, 100, 0
					)
				`)
			);
			const rows = (result as unknown as { rows: { id: string; total: string | number }[] }).rows;
			const visible = readers[level].includes(role);
			expect(rows.map((r) => r.id)).toEqual(visible ? [id] : []);
			expect(rows.map((r) => Number(r.total))).toEqual(visible ? [1] : []);
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
		const other = await newTestNetwork(handle.db, { throughRegistry: true });
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
		const other = await newTestNetwork(handle.db, { throughRegistry: true });
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
		const other = await newTestNetwork(handle.db, { throughRegistry: true });
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
			}),
			[pngUpload()]
		);
		return id;
	}

	async function attachmentOf(noteId: string): Promise<string> {
		const [row] = await handle.db
			.select({ id: situationNoteAttachments.id })
			.from(situationNoteAttachments)
			.where(eq(situationNoteAttachments.noteId, noteId));
		return row!.id;
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
			const file = await attachmentOf(id);
			expect(await statusOf(getNoteAttachment(ctxs[role], network.slug, id, file))).toBe(
				sees ? 200 : 404
			);
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
			const files = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.select({ id: situationNoteAttachments.id })
					.from(situationNoteAttachments)
					.where(
						and(
							eq(situationNoteAttachments.noteId, id),
							eq(situationNoteAttachments.filename, 'photo.png')
						)
					)
			);
			expect(files.length).toBe(readers[level].includes(role) ? 1 : 0);
			const attached = await statusOf(
				withActor(handle.db, ctxs[role].actor, (tx) =>
					tx.insert(situationNoteAttachments).values({
						noteId: id,
						filename: `raw-${role}.png`,
						contentType: 'image/png',
						size: 1,
						data: Buffer.from([0])
					})
				)
			);
			expect(attached === 200).toBe(writers(level).includes(role));
		});
	});
});

describe(`webhooks are their participant's alone on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName | 'ownerFocal', Ctx>;
	let hookId: string;
	const previous = process.env.WEBHOOK_ALLOW_PRIVATE;

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
		ctxs = {
			anonymous: network.anonymous,
			ownerFocal: (await network.newUser(a, { role: 'focal_point' })).ctx,
			ownerEditor: (await network.newUser(a, { role: 'editor' })).ctx,
			ownerViewer: (await network.newUser(a, { role: 'viewer' })).ctx,
			memberB: (await network.newUser(b, { role: 'focal_point' })).ctx,
			namedMember: (await network.newUser(c, { role: 'focal_point' })).ctx,
			observer: (await network.newUser(obs, { role: 'focal_point' })).ctx,
			partner: (await network.newUser(partner, { role: 'focal_point' })).ctx,
			administrator: (await network.newUser(null, { admin: true })).ctx,
			otherNetworkMember: (await other.newUser(elsewhere, { role: 'focal_point' })).ctx
		};
		process.env.WEBHOOK_ALLOW_PRIVATE = '1';
		({ id: hookId } = await registerWebhook(ctxs.ownerFocal, network.slug, {
			url: 'http://127.0.0.1:9/hook',
			events: ['document.created'],
			description: 'matrix'
		}));
		process.env.WEBHOOK_ALLOW_PRIVATE = previous;
	});

	afterAll(async () => {
		await handle?.close();
	});

	const seers: RoleName[] = ['ownerEditor', 'ownerViewer'];

	it.each(roles)('read and raw query by %s', async (role) => {
		let status = 200;
		try {
			await getWebhook(ctxs[role], network.slug, hookId);
		} catch (error) {
			status = (error as { status?: number }).status ?? 500;
		}
		expect(status).toBe(seers.includes(role) ? 200 : 404);
		const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
			tx.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.id, hookId))
		);
		expect(rows.length).toBe(seers.includes(role) ? 1 : 0);
		const deleted = await withActor(handle.db, ctxs[role].actor, (tx) =>
			tx.delete(webhooks).where(eq(webhooks.id, hookId)).returning({ id: webhooks.id })
		);
		expect(deleted).toEqual([]);
	});

	it('never lets the application role read a signing secret, not even its own', async () => {
		await expect(
			withActor(handle.db, ctxs.ownerFocal.actor, (tx) =>
				tx.select({ secret: webhooks.secret }).from(webhooks)
			)
		).rejects.toThrow();
	});

	it('refuses at the database a webhook registered for another participant', async () => {
		await expect(
			withActor(handle.db, ctxs.memberB.actor, (tx) =>
				tx.insert(webhooks).values({
					networkId: network.id,
					participantId: ctxs.ownerFocal.actor.participant!.id,
					url: 'https://example.org/forged',
					events: ['document.created'],
					secret: 'whsec_forged'
				})
			)
		).rejects.toThrow();
	});
});
describe(`releasability matrix of training centres and nominations on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let ownerFocal: Ctx;
	let namedCode: string;

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
		ownerFocal = (await network.newUser(a, { role: 'focal_point' })).ctx;
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

	async function statusOf(work: Promise<unknown>): Promise<number> {
		try {
			await work;
			return 200;
		} catch (error) {
			return (error as { status?: number }).status ?? 500;
		}
	}

	describe.each(levels)('centre of level %s', (level) => {
		let id: string;
		beforeAll(async () => {
			({ id } = await createTrainingCentre(
				ownerFocal,
				network.slug,
				centreInput({
					releasability: { level, participants: level === 'named' ? [namedCode] : undefined }
				})
			));
		});

		it.each(roles)('read and list by %s', async (role) => {
			const sees = readers[level].includes(role);
			expect(await statusOf(getTrainingCentre(ctxs[role], network.slug, id))).toBe(
				sees ? 200 : 404
			);
			const list = await listTrainingCentres(ctxs[role], network.slug);
			expect(list.items.some((c) => c.id === id)).toBe(sees);
		});

		it.each(roles)('raw query without the code check, as %s', async (role) => {
			const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.select({ id: trainingCentres.id })
					.from(trainingCentres)
					.where(eq(trainingCentres.id, id))
			);
			expect(rows.length).toBe(readers[level].includes(role) ? 1 : 0);
			const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.update(trainingCentres)
					.set({ contact: `raw update by ${role}` })
					.where(eq(trainingCentres.id, id))
					.returning({ id: trainingCentres.id })
			);
			expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
		});
	});

	// A nomination is not released by level: its participant and the course's organiser read it,
	// whoever else may read the course (here the whole network).
	it.each(roles)('nominations to a network course, read by %s', async (role) => {
		const organiser = ctxs.memberB;
		const { id: courseId } = await createEvent(organiser, network.slug, courseInput());
		await offerSeats(organiser, network.slug, courseId, { participantCode: null, seats: 1 });
		await createNomination(ownerFocal, network.slug, courseId, {
			participantCode: ownerFocal.actor.participant!.code,
			name: `Nominee for ${role}`,
			rank: 'Teniente',
			gender: 'female',
			email: 'nominee@example.test',
			role: ''
		});
		const concerned = ['ownerEditor', 'ownerViewer', 'memberB'].includes(role);
		const courseVisible = readers.network.includes(role);
		const status = await statusOf(listNominations(ctxs[role], network.slug, courseId));
		expect(status).toBe(courseVisible ? 200 : 404);
		if (courseVisible) {
			const list = await listNominations(ctxs[role], network.slug, courseId);
			expect(list.length).toBe(concerned ? 1 : 0);
		}
		const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
			tx
				.select({ id: trainingNominations.id })
				.from(trainingNominations)
				.where(eq(trainingNominations.eventId, courseId))
		);
		expect(rows.length).toBe(concerned ? 1 : 0);
	});
});
describe(`releasability matrix of barrier assessments on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctxs: Record<RoleName, Ctx>;
	let namedCode: string;
	let draftId: string;
	const origin = 'https://platform.example.test';

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
		({ id: draftId } = await createAssessment(ctxs.ownerEditor, network.slug, {
			year: 1999 + levels.length + 1,
			scope: 'police',
			notes: '',
			releasability: { level: 'public' }
		}));
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

	it.each(roles)(
		'an unpublished assessment, even public, is its owner’s alone: %s',
		async (role) => {
			const owner = role === 'ownerEditor' || role === 'ownerViewer';
			expect(await statusOf(getAssessment(ctxs[role], network.slug, draftId, origin))).toBe(
				owner ? 200 : 404
			);
			const rows = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.select({ id: barrierAssessments.id })
					.from(barrierAssessments)
					.where(eq(barrierAssessments.id, draftId))
			);
			expect(rows.length).toBe(owner ? 1 : 0);
		}
	);

	describe.each(levels)('published at level %s', (level) => {
		let id: string;
		const year = 2000 + levels.indexOf(level);
		beforeAll(async () => {
			({ id } = await createAssessment(ctxs.ownerEditor, network.slug, {
				year,
				scope: 'armed_forces',
				notes: '',
				releasability: { level, participants: level === 'named' ? [namedCode] : undefined }
			}));
			await recordEveryArea(ctxs.ownerEditor, network.slug, id);
			await updateAssessment(ctxs.ownerEditor, network.slug, id, { status: 'published' });
		});

		it.each(roles)('read, list and regional count by %s', async (role) => {
			const sees = readers[level].includes(role);
			expect(await statusOf(getAssessment(ctxs[role], network.slug, id, origin))).toBe(
				sees ? 200 : 404
			);
			const list = await listAssessments(ctxs[role], network.slug, {});
			expect(list.items.some((a) => a.id === id)).toBe(sees);
			const regional = await getRegionalView(ctxs[role], network.slug, year);
			expect(regional.assessments).toBe(sees ? 1 : 0);
			expect(regional.areas[0]!.counts.barrier).toBe(sees ? 1 : 0);
		});

		it.each(roles)('change by %s', async (role) => {
			const canSee = readers[level].includes(role);
			const canWrite = writers(level).includes(role);
			const expected = canWrite ? 200 : !canSee ? 404 : role === 'anonymous' ? 401 : 403;
			expect(
				await statusOf(updateAssessment(ctxs[role], network.slug, id, { notes: `by ${role}` }))
			).toBe(expected);
			const [row] = await handle.db
				.select()
				.from(barrierAssessments)
				.where(eq(barrierAssessments.id, id));
			expect(row!.notes === `by ${role}`).toBe(canWrite);
		});

		it.each(roles)('raw query without the code check, as %s', async (role) => {
			const seen = await withActor(handle.db, ctxs[role].actor, async (tx) => ({
				assessments: await tx
					.select({ id: barrierAssessments.id })
					.from(barrierAssessments)
					.where(eq(barrierAssessments.id, id)),
				areas: await tx
					.select({ area: barrierAssessmentAreas.area })
					.from(barrierAssessmentAreas)
					.where(eq(barrierAssessmentAreas.assessmentId, id))
			}));
			const sees = readers[level].includes(role);
			expect(seen.assessments.length).toBe(sees ? 1 : 0);
			expect(seen.areas.length).toBe(sees ? 10 : 0);
			const changed = await withActor(handle.db, ctxs[role].actor, (tx) =>
				tx
					.update(barrierAssessments)
					.set({ notes: `raw update by ${role}` })
					.where(eq(barrierAssessments.id, id))
					.returning({ id: barrierAssessments.id })
			);
			expect(changed.length).toBe(writers(level).includes(role) ? 1 : 0);
		});
	});

	it('refuses at the database an assessment or an area written for another participant', async () => {
		const ownerId = ctxs.ownerEditor.actor.participant!.id;
		await expect(
			withActor(handle.db, ctxs.memberB.actor, (tx) =>
				tx.insert(barrierAssessments).values({
					networkId: network.id,
					ownerId,
					level: 'public',
					year: 2090,
					scope: 'police'
				})
			)
		).rejects.toThrow();
		await expect(
			withActor(handle.db, ctxs.memberB.actor, (tx) =>
				tx.insert(barrierAssessmentAreas).values({ assessmentId: draftId, area: 'gender_roles' })
			)
		).rejects.toThrow();
	});
});
