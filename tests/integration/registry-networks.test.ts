import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/lib/server/access/actor';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { auditLog, networks, participants, users } from '../../src/lib/server/db/schema';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { createRequest } from '../../src/lib/server/exchange/create-request';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { requestInput } from './exchange-fixtures';
import { pledgeInput } from './pledges-fixtures';
import { ensureMissions, noteInput } from './situation-fixtures';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';

/**
 * A second network made through the administration API, as another region would make its own,
 * and kept apart: its people never read the first network's records that are not public.
 */
describe(`networks created through the API on ${testDbKind}`, () => {
	let app: TestApp;
	let first: Awaited<ReturnType<typeof newTestNetwork>>;
	let tokens: { admin: string; firstFocal: string; secondFocal: string };
	let adminCtx: Awaited<ReturnType<typeof first.newUser>>['ctx'];
	const slug = `sur-${Math.random().toString(36).slice(2, 8)}`;
	const hidden: Record<string, string> = {};

	function call(token: string | null, method: string, path: string, body?: unknown) {
		const headers: Record<string, string> = { origin: app.origin };
		if (token) headers.authorization = `Bearer ${token}`;
		if (body !== undefined) headers['content-type'] = 'application/json';
		return app.request(`/api/v1${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	const names = (text: string) => ({ es: text, en: text, pt: text, fr: text });
	const newNetwork = {
		slug,
		acronym: 'REDSUR',
		name: { es: 'Red del Sur', en: 'Southern Network', pt: 'Rede do Sul', fr: 'Réseau du Sud' },
		region: '005',
		defaultLanguage: 'pt',
		timeZone: 'America/Sao_Paulo'
	};

	beforeAll(async () => {
		app = await startTestApp();
		await ensureMissions(app.db);
		first = await newTestNetwork(app.db);
		const owner = await first.newParticipant('member');
		const editor = await first.newUser(owner, { role: 'editor' });
		const focal = await first.newUser(owner, { role: 'focal_point' });
		const admin = await first.newUser(null, { admin: true });
		adminCtx = admin.ctx;
		// An administrator's token works once a second factor is enrolled.
		await app.db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, admin.id));
		tokens = {
			admin: (await createApiToken(app.db, admin.actor, 'registry')).token,
			firstFocal: (await createApiToken(app.db, focal.actor, 'registry')).token,
			secondFocal: ''
		};
		// The first network's records released to its whole network, in every area.
		const network = { level: 'network' as const };
		hidden.documents = (
			await createDocument(editor.ctx, first.slug, {
				title: 'Network-wide report',
				kind: 'report',
				language: 'en',
				body: 'Only for the network.',
				releasability: network
			})
		).id;
		hidden['cooperation/requests'] = (
			await createRequest(editor.ctx, first.slug, requestInput())
		).id;
		hidden.pledges = (await createPledge(editor.ctx, first.slug, pledgeInput('network'))).id;
		hidden['situation-notes'] = (
			await createSituationNote(editor.ctx, first.slug, noteInput({ releasability: network }))
		).id;
	});

	afterAll(async () => {
		await app?.close();
	});

	it('lets an administrator create the network, and nobody else', async () => {
		expect((await call(null, 'POST', '/admin/networks', newNetwork)).status).toBe(401);
		expect((await call(tokens.firstFocal, 'POST', '/admin/networks', newNetwork)).status).toBe(404);
		const created = await call(tokens.admin, 'POST', '/admin/networks', newNetwork);
		expect(created.status).toBe(201);
		const body = await created.json();
		expect(body.network).toMatchObject({ slug, region: '005', timeZone: 'America/Sao_Paulo' });
		expect(body.participants).toEqual([]);

		const again = await call(tokens.admin, 'POST', '/admin/networks', newNetwork);
		expect(again.status).toBe(422);
		expect((await again.json()).errors).toEqual([
			{ path: 'slug', message: 'Otra red ya tiene este nombre en la dirección.' }
		]);
		const wrong = await call(tokens.admin, 'POST', '/admin/networks', {
			...newNetwork,
			slug: 'Bad Slug',
			region: '999'
		});
		expect(wrong.status).toBe(422);
		expect((await wrong.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual([
			'region',
			'slug'
		]);
	});

	it('adds participants, a conference and a Presidency term, each audited', async () => {
		const add = (token: string | null, path: string, body: unknown) =>
			call(token, 'POST', `/admin/networks/${slug}/${path}`, body);
		const brazil = { kind: 'country', countryCode: 'bra', status: 'member' };
		// Another network's focal point is told the administration is not there.
		expect((await add(tokens.firstFocal, 'participants', brazil)).status).toBe(404);
		expect((await add(tokens.admin, 'participants', brazil)).status).toBe(201);
		expect((await add(tokens.admin, 'participants', brazil)).status).toBe(422);
		const organisation = await add(tokens.admin, 'participants', {
			kind: 'organization',
			code: 'cenopaz',
			name: names('CENOPAZ'),
			status: 'partner'
		});
		expect(organisation.status).toBe(201);
		const registry = await organisation.json();
		expect(registry.participants.map((p: { code: string }) => p.code).sort()).toEqual([
			'BRA',
			'cenopaz'
		]);
		expect(registry.participants.find((p: { code: string }) => p.code === 'BRA').names.pt).toBe(
			'Brasil'
		);
		expect(
			(await add(tokens.admin, 'participants', { kind: 'planet', status: 'member' })).status
		).toBe(422);

		const conference = await add(tokens.admin, 'conferences', {
			edition: 1,
			name: names('I Conferencia'),
			countryCode: 'BRA',
			city: 'Brasília',
			year: 2026
		});
		expect(conference.status).toBe(201);
		expect(
			(
				await add(tokens.admin, 'presidency-terms', {
					participant: 'ARG',
					startsOn: '2026-01-01'
				})
			).status
		).toBe(422);
		const term = await add(tokens.admin, 'presidency-terms', {
			participant: 'BRA',
			conferenceEdition: 1,
			startsOn: '2026-01-01'
		});
		expect(term.status).toBe(201);
		expect((await term.json()).terms).toEqual([
			expect.objectContaining({ participantCode: 'BRA', conference: 1, startsOn: '2026-01-01' })
		]);

		const [network] = await app.db.select().from(networks).where(eq(networks.slug, slug));
		const audited = await app.db
			.select({ entityType: auditLog.entityType })
			.from(auditLog)
			.where(eq(auditLog.networkId, network!.id));
		expect(audited.map((a) => a.entityType).sort()).toEqual([
			'conference',
			'network',
			'participant',
			'participant',
			'presidency_term'
		]);
	});

	it('archives a public statute with the conference that approved it, and nothing else', async () => {
		const document = (kind: 'statute' | 'report', level: 'public' | 'network') =>
			createDocument(adminCtx, slug, {
				title: `Estatuto ${kind} ${level}`,
				kind,
				language: 'es',
				body: 'Artículo 1.',
				ownerCode: 'BRA',
				releasability: { level }
			});
		const statute = await document('statute', 'public');
		const report = await document('report', 'public');
		const restricted = await document('statute', 'network');
		const archive = (body: unknown, token = tokens.admin) =>
			call(token, 'POST', `/admin/networks/${slug}/statute`, body);
		expect((await archive({ document: statute.id }, tokens.firstFocal)).status).toBe(404);
		for (const wrong of [report.id, restricted.id, hidden.documents]) {
			expect((await archive({ document: wrong })).status).toBe(422);
		}
		const archived = await archive({ document: statute.id, conferenceEdition: 1 });
		expect(archived.status).toBe(200);
		expect((await archived.json()).statute).toEqual({
			documentId: statute.id,
			title: 'Estatuto statute public',
			conference: { edition: 1, name: 'I Conferencia' }
		});
	});

	it("never shows the new network's people the first network's records that are not public", async () => {
		const [brazil] = await app.db.select().from(participants).where(eq(participants.code, 'BRA'));
		const [member] = await app.db
			.select()
			.from(participants)
			.innerJoin(networks, eq(networks.id, participants.networkId))
			.where(eq(networks.slug, slug));
		expect(brazil).toBeDefined();
		const [user] = await app.db
			.insert(users)
			.values({
				email: `sur-${slug}@example.test`,
				participantId: member!.participants.id,
				role: 'focal_point'
			})
			.returning();
		const actor: Actor = {
			userId: user!.id,
			email: user!.email,
			isAdmin: false,
			participant: {
				id: member!.participants.id,
				code: member!.participants.code,
				networkId: member!.participants.networkId,
				status: member!.participants.status
			},
			role: 'focal_point'
		};
		tokens.secondFocal = (await createApiToken(app.db, actor, 'registry')).token;

		for (const [area, id] of Object.entries(hidden)) {
			const base = `/networks/${first.slug}/${area}`;
			expect((await call(tokens.firstFocal, 'GET', `${base}/${id}`)).status, area).toBe(200);
			expect((await call(tokens.secondFocal, 'GET', `${base}/${id}`)).status, area).toBe(404);
			const list = await call(tokens.secondFocal, 'GET', base);
			expect(list.status, area).toBe(200);
			expect(JSON.stringify(await list.json()), area).not.toContain(id);
		}
	});
});
