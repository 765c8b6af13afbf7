import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barrierAreas } from '../../src/lib/components/barriers/vocabulary';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { getDesk } from '../../src/lib/server/desk/get-desk';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';
import { answersAll } from './barriers-fixtures';

/**
 * The barriers API over HTTP, as two members and an observer use it: a member drafts an
 * assessment, opens the survey, ten anonymous answers arrive, it records findings and
 * recommendations, publishes to members, and the other member sees it in the regional view.
 */
describe(`the barriers API on ${testDbKind}`, () => {
	let app: TestApp;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let tokens: { a: string; b: string; observer: string };
	let actorA: Awaited<ReturnType<typeof network.newUser>>;
	let actorB: Awaited<ReturnType<typeof network.newUser>>;
	let id: string;
	let surveyToken: string;
	const base = () => `/api/v1/networks/${network.slug}/barrier-assessments`;

	beforeAll(async () => {
		app = await startTestApp();
		network = await newTestNetwork(app.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		actorA = await network.newUser(a, { role: 'editor' });
		actorB = await network.newUser(b, { role: 'focal_point' });
		const token = async (user: Awaited<ReturnType<typeof network.newUser>>) =>
			(await createApiToken(app.db, user.actor, 'barriers')).token;
		tokens = {
			a: await token(actorA),
			b: await token(actorB),
			observer: await token(await network.newUser(obs, { role: 'focal_point' }))
		};
	});

	afterAll(async () => {
		await app?.close();
	});

	function call(token: string | null, method: string, path: string, body?: unknown) {
		const headers: Record<string, string> = { origin: app.origin };
		if (token) headers.authorization = `Bearer ${token}`;
		if (body !== undefined) headers['content-type'] = 'application/json';
		return app.request(path, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	it('drafts an assessment that only its participant sees', async () => {
		const created = await call(tokens.a, 'POST', base(), {
			year: 2026,
			scope: 'both',
			releasability: { level: 'members' }
		});
		expect(created.status).toBe(201);
		const body = (await created.json()) as { id: string; status: string; areas: unknown[] };
		id = body.id;
		expect(body.status).toBe('draft');
		expect(body.areas).toHaveLength(10);
		expect((await call(tokens.b, 'GET', `${base()}/${id}`)).status).toBe(404);
		const duplicate = await call(tokens.a, 'POST', base(), {
			year: 2026,
			scope: 'both',
			releasability: { level: 'members' }
		});
		expect(duplicate.status).toBe(409);
	});

	it('refuses an unknown area or finding with 422 problem+json', async () => {
		const unknownArea = await call(tokens.a, 'PUT', `${base()}/${id}/areas/weather`, {
			finding: 'barrier',
			evidence: ''
		});
		expect(unknownArea.status).toBe(422);
		expect(unknownArea.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const unknownFinding = await call(tokens.a, 'PUT', `${base()}/${id}/areas/career_value`, {
			finding: 'catastrophe',
			evidence: ''
		});
		expect(unknownFinding.status).toBe(422);
		const badFact = await call(tokens.a, 'PUT', `${base()}/${id}/areas/eligible_pool`, {
			finding: null,
			facts: { women: 50, total: 10 }
		});
		expect(badFact.status).toBe(422);
	});

	it('keeps a wrong participant out of every change', async () => {
		const put = await call(tokens.b, 'PUT', `${base()}/${id}/areas/career_value`, {
			finding: 'barrier',
			evidence: 'forged'
		});
		expect(put.status).toBe(404);
		expect((await call(tokens.b, 'PATCH', `${base()}/${id}`, { notes: 'forged' })).status).toBe(
			404
		);
		expect(
			(
				await call(tokens.b, 'POST', `${base()}/${id}/recommendations`, {
					area: 'career_value',
					text: 'forged',
					priority: 'high'
				})
			).status
		).toBe(404);
		expect((await call(tokens.b, 'POST', `${base()}/${id}/survey`)).status).toBe(404);
	});

	it('opens the survey and takes ten anonymous answers through its link', async () => {
		const opened = await call(tokens.a, 'POST', `${base()}/${id}/survey`);
		expect(opened.status).toBe(200);
		const { link, responsesUrl } = (await opened.json()) as { link: string; responsesUrl: string };
		surveyToken = link.split('/surveys/')[1]!;
		expect(link).toBe(`${app.origin}/surveys/${surveyToken}`);
		const path = new URL(responsesUrl).pathname;
		for (let i = 0; i < 10; i++) {
			const sent = await call(null, 'POST', path, {
				gender: i % 2 === 0 ? 'woman' : 'man',
				answers: answersAll((i % 5) + 1)
			});
			expect(sent.status).toBe(201);
		}
		const partial = await call(null, 'POST', path, {
			gender: 'woman',
			answers: { eligible_pool: 3 }
		});
		expect(partial.status).toBe(422);
		expect(
			(
				await call(null, 'POST', '/api/v1/surveys/not-a-survey-token-at-all/responses', {
					gender: 'woman',
					answers: answersAll(3)
				})
			).status
		).toBe(404);
		const results = await call(tokens.a, 'GET', `${base()}/${id}/survey/results`);
		const body = (await results.json()) as {
			received: number;
			released: number;
			groups: { group: string; respondents: number }[];
		};
		expect(body).toMatchObject({ received: 10, released: 10 });
		expect(body.groups.map((g) => g.group)).toEqual(['all']);
		expect((await call(tokens.b, 'GET', `${base()}/${id}/survey/results`)).status).toBe(404);
	});

	it('records findings and recommendations, and publishes only with ten findings', async () => {
		const early = await call(tokens.a, 'PATCH', `${base()}/${id}`, { status: 'published' });
		expect(early.status).toBe(422);
		const draft = await call(tokens.a, 'PUT', `${base()}/${id}/areas/eligible_pool`, {
			finding: null,
			facts: { women: 30, total: 1000 }
		});
		const drafted = (await draft.json()) as {
			status: string;
			areas: { area: string; finding: string | null; suggestedFinding: string | null }[];
		};
		expect(drafted.status).toBe('in_progress');
		expect(drafted.areas[0]).toMatchObject({ finding: null, suggestedFinding: 'major_barrier' });
		for (const area of barrierAreas) {
			const saved = await call(tokens.a, 'PUT', `${base()}/${id}/areas/${area}`, {
				finding: area === 'household_constraints' ? 'major_barrier' : 'opportunity',
				evidence: `Evidence on ${area}`
			});
			expect(saved.status).toBe(200);
		}
		const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
		const recommendation = await call(tokens.a, 'POST', `${base()}/${id}/recommendations`, {
			area: 'household_constraints',
			text: 'Open a childcare allowance for deployed personnel',
			priority: 'high',
			responsible: 'Directorate of Personnel',
			dueOn: due
		});
		expect(recommendation.status).toBe(201);
		const rec = (await recommendation.json()) as { id: string; status: string };
		expect(rec.status).toBe('planned');
		const followed = await call(
			tokens.a,
			'POST',
			`${base()}/${id}/recommendations/${rec.id}/updates`,
			{ status: 'in_progress', note: 'Budget requested' }
		);
		expect(followed.status).toBe(201);
		expect(((await followed.json()) as { updates: unknown[] }).updates).toHaveLength(2);
		const deskA = await getDesk(actorA.ctx, 'en');
		expect(deskA.barrierRecommendations.map((r) => r.id)).toEqual([rec.id]);
		const deskB = await getDesk(actorB.ctx, 'en');
		expect(deskB.barrierRecommendations).toEqual([]);

		const published = await call(tokens.a, 'PATCH', `${base()}/${id}`, { status: 'published' });
		expect(published.status).toBe(200);
		expect(((await published.json()) as { survey: { open: boolean } }).survey.open).toBe(false);
	});

	it('shows the published assessment to members, in the regional view too, and never the link', async () => {
		const seen = await call(tokens.b, 'GET', `${base()}/${id}`);
		expect(seen.status).toBe(200);
		expect(((await seen.json()) as { survey: { link: string | null } }).survey.link).toBeNull();
		// Read-only for the other member: it sees the assessment but may not change it.
		const put = await call(tokens.b, 'PATCH', `${base()}/${id}`, { notes: 'forged' });
		expect(put.status).toBe(403);
		const regional = await call(tokens.b, 'GET', `${base()}/regional?year=2026`);
		const view = (await regional.json()) as {
			assessments: number;
			areas: { area: string; counts: Record<string, number> }[];
		};
		expect(view.assessments).toBe(1);
		expect(view.areas.find((a) => a.area === 'household_constraints')!.counts.major_barrier).toBe(
			1
		);
		const recs = await call(tokens.b, 'GET', `${base()}/${id}/recommendations`);
		expect(((await recs.json()) as { items: unknown[] }).items).toHaveLength(1);

		// An observer is not a member: nothing is counted for it.
		const forObserver = await call(tokens.observer, 'GET', `${base()}/regional`);
		expect(((await forObserver.json()) as { assessments: number }).assessments).toBe(0);
		expect((await call(tokens.observer, 'GET', `${base()}/${id}`)).status).toBe(404);
		const anonymous = await call(null, 'GET', `${base()}/regional`);
		expect(((await anonymous.json()) as { assessments: number }).assessments).toBe(0);
	});

	it('answers no route with a single answer', async () => {
		const paths = [
			`${base()}`,
			`${base()}/${id}`,
			`${base()}/${id}/survey/results`,
			`${base()}/${id}/recommendations`,
			`${base()}/regional`
		];
		for (const path of paths) {
			const text = await (await call(tokens.a, 'GET', path)).text();
			expect(text).not.toMatch(/"(nonce|answeredOn|answered_on|gender)"/);
		}
		const results = (await (
			await call(tokens.a, 'GET', `${base()}/${id}/survey/results`)
		).json()) as { groups: { respondents: number }[] };
		expect(results.groups.every((g) => g.respondents >= 10)).toBe(true);
	});
});
