import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';

/** The pledges API over HTTP, as a machine client of two members and an observer uses it. */
describe(`the pledges API on ${testDbKind}`, () => {
	let app: TestApp;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let tokens: { a: string; b: string; observer: string };
	let codes: { a: string; b: string };

	beforeAll(async () => {
		app = await startTestApp();
		network = await newTestNetwork(app.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		codes = { a: a.code, b: b.code };
		const token = async (user: Awaited<ReturnType<typeof network.newUser>>) =>
			(await createApiToken(app.db, user.actor, 'pledges')).token;
		tokens = {
			a: await token(await network.newUser(a, { role: 'editor' })),
			b: await token(await network.newUser(b, { role: 'focal_point' })),
			observer: await token(await network.newUser(obs, { role: 'viewer' }))
		};
	});

	afterAll(async () => {
		await app?.close();
	});

	const base = () => `/api/v1/networks/${network.slug}`;

	function call(token: string | null, method: string, path: string, body?: unknown) {
		const headers: Record<string, string> = { origin: app.origin };
		if (token) headers.authorization = `Bearer ${token}`;
		if (body !== undefined) headers['content-type'] = 'application/json';
		return app.request(`${base()}${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	const dayFromNow = (days: number) =>
		new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

	const pledge = (overrides: Record<string, unknown> = {}) => ({
		unitType: 'infantry_battalion',
		title: { es: 'Batallón de paz', en: 'Peace battalion', pt: '', fr: '' },
		personnel: { female: 40, male: 360 },
		readinessLevel: 'level_1',
		availableFrom: null,
		availableUntil: null,
		assessmentVisitOn: null,
		verificationVisitOn: null,
		equipment: [],
		releasability: { level: 'members_and_observers' },
		...overrides
	});

	it('refuses a readiness level with 422 problem+json naming the missing evidence', async () => {
		const response = await call(
			tokens.a,
			'POST',
			'/pledges',
			pledge({ readinessLevel: 'rapid_deployment', assessmentVisitOn: dayFromNow(-100) })
		);
		expect(response.status).toBe(422);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const problem = (await response.json()) as {
			title: string;
			errors: { path: string; message: string }[];
		};
		expect(problem.errors.map((e) => e.path)).toEqual([
			'equipment',
			'selfSustainment',
			'verificationVisitOn',
			'availableFrom'
		]);
		for (const e of problem.errors) expect(e.message).not.toMatch(/^pledge_/);
		expect(problem.title).not.toMatch(/^pledge_/);
	});

	it('creates, reads, changes, versions and deletes a pledge', async () => {
		const created = await call(
			tokens.a,
			'POST',
			'/pledges',
			pledge({
				readinessLevel: 'rapid_deployment',
				assessmentVisitOn: dayFromNow(-200),
				verificationVisitOn: dayFromNow(-20),
				availableFrom: dayFromNow(30),
				availableUntil: dayFromNow(400),
				equipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
				selfSustainment: ['catering', 'tentage'],
				languages: ['es', 'en']
			})
		);
		expect(created.status).toBe(201);
		const body = (await created.json()) as { id: string; personnel: unknown; title: unknown };
		expect(created.headers.get('location')).toBe(`${base()}/pledges/${body.id}`);
		expect(body.personnel).toEqual({ female: 40, male: 360, total: 400 });
		expect(body.title).toEqual({ es: 'Batallón de paz', en: 'Peace battalion' });

		expect((await call(tokens.observer, 'GET', `/pledges/${body.id}`)).status).toBe(200);
		expect((await call(null, 'GET', `/pledges/${body.id}`)).status).toBe(404);
		expect(
			(await call(tokens.b, 'PATCH', `/pledges/${body.id}`, { notes: 'not mine' })).status
		).toBe(403);
		const patched = await call(tokens.a, 'PATCH', `/pledges/${body.id}`, {
			releasability: { level: 'members' }
		});
		expect(patched.status).toBe(200);
		expect(((await patched.json()) as { version: number }).version).toBe(2);
		expect((await call(tokens.observer, 'GET', `/pledges/${body.id}`)).status).toBe(404);

		const versions = await call(tokens.a, 'GET', `/pledges/${body.id}/versions`);
		const list = (await versions.json()) as { items: { version: number; changes: string[] }[] };
		expect(list.items.map((v) => [v.version, v.changes])).toEqual([
			[2, ['releasability']],
			[1, []]
		]);
		expect((await call(tokens.b, 'GET', `/pledges/${body.id}/versions`)).status).toBe(403);

		const listed = await call(tokens.b, 'GET', `/pledges?readinessLevel=rapid_deployment`);
		const items = ((await listed.json()) as { items: { id: string }[] }).items;
		expect(items.map((p) => p.id)).toContain(body.id);

		expect((await call(tokens.b, 'DELETE', `/pledges/${body.id}`)).status).toBe(403);
		expect((await call(tokens.a, 'DELETE', `/pledges/${body.id}`)).status).toBe(204);
		expect((await call(tokens.a, 'GET', `/pledges/${body.id}`)).status).toBe(404);
	});

	it('forms a contingent whose withheld part a reader only counts', async () => {
		const created = await call(tokens.a, 'POST', '/combined-contingents', {
			title: { es: 'Contingente combinado' },
			template: 'infantry_battalion',
			releasability: { level: 'members_and_observers' }
		});
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		const ofA = (await (await call(tokens.a, 'POST', '/pledges', pledge())).json()) as {
			id: string;
		};
		const ofB = (await (
			await call(
				tokens.b,
				'POST',
				'/pledges',
				pledge({ personnel: { female: 77, male: 333 }, releasability: { level: 'members' } })
			)
		).json()) as { id: string };
		expect(
			(
				await call(tokens.a, 'POST', `/combined-contingents/${id}/contributions`, {
					pledgeId: ofB.id
				})
			).status
		).toBe(403);
		const attachedA = await call(tokens.a, 'POST', `/combined-contingents/${id}/contributions`, {
			pledgeId: ofA.id
		});
		expect(attachedA.status).toBe(201);
		expect(
			(
				await call(tokens.b, 'POST', `/combined-contingents/${id}/contributions`, {
					pledgeId: ofB.id
				})
			).status
		).toBe(201);

		const full = (await (await call(tokens.b, 'GET', `/combined-contingents/${id}`)).json()) as {
			personnel: unknown;
			withheld: number;
		};
		expect(full).toMatchObject({ personnel: { female: 117, male: 693, total: 810 }, withheld: 0 });

		const partial = await call(tokens.observer, 'GET', `/combined-contingents/${id}`);
		const text = await partial.text();
		expect(JSON.parse(text)).toMatchObject({
			personnel: { female: 40, male: 360, total: 400 },
			femaleShare: 0.1,
			readinessLevel: 'level_1',
			withheld: 1,
			contributions: [{ participant: codes.a }]
		});
		expect(text).not.toContain(ofB.id);
		expect(text).not.toContain('333');

		const pdf = await call(tokens.observer, 'GET', `/combined-contingents/${id}/contingent.pdf`);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(
			Buffer.from(await pdf.arrayBuffer())
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');

		expect(
			(await call(tokens.a, 'DELETE', `/combined-contingents/${id}/contributions/${ofB.id}`)).status
		).toBe(403);
		expect(
			(await call(tokens.b, 'DELETE', `/combined-contingents/${id}/contributions/${ofB.id}`)).status
		).toBe(204);
		expect((await call(null, 'GET', `/combined-contingents/${id}`)).status).toBe(404);
	});

	it('exports a member’s pledges as a workbook in the layout of the PCRS annexes', async () => {
		await call(
			tokens.b,
			'POST',
			'/pledges',
			pledge({
				unitType: 'engineer_company',
				title: { en: 'Engineer company' },
				equipment: [
					{ item: 'Bulldozer', quantity: 4 },
					{ item: 'Water purification unit', quantity: 2 }
				],
				selfSustainment: ['tentage']
			})
		);
		const response = await call(tokens.b, 'GET', `/pledges/annexes.xlsx`);
		expect(response.status).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await response.arrayBuffer());
		expect(workbook.worksheets.length).toBe(4);
		const equipment = workbook.worksheets[2]!;
		const items = equipment.getColumn(3).values.filter((v) => typeof v === 'string');
		expect(items).toEqual(expect.arrayContaining(['Bulldozer', 'Water purification unit']));
		const forAnonymous = await call(null, 'GET', `/pledges/annexes.xlsx?participant=${codes.b}`);
		expect(forAnonymous.status).toBe(200);
		const empty = new ExcelJS.Workbook();
		await empty.xlsx.load(await forAnonymous.arrayBuffer());
		expect(empty.worksheets[0]!.rowCount).toBe(1);
		expect((await call(null, 'GET', `/pledges/annexes.xlsx`)).status).toBe(422);
	});
});
