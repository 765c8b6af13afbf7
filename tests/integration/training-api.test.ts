import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';
import { centreInput, courseInput } from './training-fixtures';

/** The training API over HTTP, as an organiser and two nominating participants use it. */
describe(`the training API on ${testDbKind}`, () => {
	let app: TestApp;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let tokens: { org: string; a: string; b: string };
	let codes: { org: string; a: string; b: string };
	let courseId: string;

	beforeAll(async () => {
		app = await startTestApp();
		network = await newTestNetwork(app.db);
		const org = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		codes = { org: org.code, a: a.code, b: b.code };
		const orgUser = await network.newUser(org, { role: 'focal_point' });
		const token = async (user: Awaited<ReturnType<typeof network.newUser>>) =>
			(await createApiToken(app.db, user.actor, 'training')).token;
		tokens = {
			org: await token(orgUser),
			a: await token(await network.newUser(a, { role: 'focal_point' })),
			b: await token(await network.newUser(b, { role: 'focal_point' }))
		};
		({ id: courseId } = await createEvent(orgUser.ctx, network.slug, courseInput()));
	});

	afterAll(async () => {
		await app?.close();
	});

	function call(token: string | null, method: string, path: string, body?: unknown) {
		const headers: Record<string, string> = { origin: app.origin };
		if (token) headers.authorization = `Bearer ${token}`;
		if (body !== undefined) headers['content-type'] = 'application/json';
		return app.request(`/api/v1/networks/${network.slug}${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	const nominee = (participantCode: string, name: string) => ({
		participantCode,
		name,
		rank: 'Mayor',
		gender: 'female',
		email: 'nominee@example.test'
	});

	it('registers and lists centres, refusing another participant’s and bad input', async () => {
		const created = await call(tokens.a, 'POST', '/training-centres', centreInput());
		expect(created.status).toBe(201);
		const centre = (await created.json()) as { id: string; ownerCode: string };
		expect(centre.ownerCode).toBe(codes.a);
		const forged = await call(tokens.a, 'POST', '/training-centres', {
			...centreInput(),
			ownerCode: codes.b
		});
		expect(forged.status).toBe(403);
		const bad = await call(tokens.a, 'POST', '/training-centres', { ...centreInput(), name: {} });
		expect(bad.status).toBe(422);
		expect(bad.headers.get('content-type')).toContain('application/problem+json');
		const list = (await (await call(tokens.b, 'GET', '/training-centres')).json()) as {
			items: { id: string }[];
		};
		expect(list.items.map((c) => c.id)).toEqual([centre.id]);
		expect((await call(null, 'GET', '/training-centres')).status).toBe(200);

		const details = { centreId: centre.id, instructionLanguages: ['es'], prerequisites: {} };
		expect((await call(tokens.a, 'PUT', `/events/${courseId}/training`, details)).status).toBe(403);
		const set = await call(tokens.org, 'PUT', `/events/${courseId}/training`, details);
		expect(set.status).toBe(200);
		expect(((await set.json()) as { centre: { id: string } }).centre.id).toBe(centre.id);
	});

	it('offers seats, takes nominations and decisions, and keeps nominees to those concerned', async () => {
		const offer = { participantCode: null, seats: 1 };
		expect((await call(tokens.a, 'POST', `/events/${courseId}/seat-offers`, offer)).status).toBe(
			403
		);
		const offered = await call(tokens.org, 'POST', `/events/${courseId}/seat-offers`, offer);
		expect(offered.status).toBe(200);
		expect(((await offered.json()) as { seats: { offered: number } }).seats.offered).toBe(1);

		const first = await call(
			tokens.a,
			'POST',
			`/events/${courseId}/nominations`,
			nominee(codes.a, 'Ana')
		);
		expect(first.status).toBe(201);
		const ana = (await first.json()) as { id: string; status: string };
		expect(ana.status).toBe('nominated');
		const second = await call(
			tokens.b,
			'POST',
			`/events/${courseId}/nominations`,
			nominee(codes.b, 'Bea')
		);
		const bea = (await second.json()) as { id: string; status: string };
		expect(bea.status).toBe('waitlisted');
		// Wrong participant: B cannot nominate into A's name.
		expect(
			(await call(tokens.b, 'POST', `/events/${courseId}/nominations`, nominee(codes.a, 'X')))
				.status
		).toBe(403);

		const seen = async (token: string) =>
			(
				(await (await call(token, 'GET', `/events/${courseId}/nominations`)).json()) as {
					items: { name: string }[];
				}
			).items.map((n) => n.name);
		expect(await seen(tokens.a)).toEqual(['Ana']);
		expect(await seen(tokens.b)).toEqual(['Bea']);
		expect(await seen(tokens.org)).toEqual(['Ana', 'Bea']);

		const decide = (token: string, id: string, decision: string) =>
			call(token, 'POST', `/events/${courseId}/nominations/${id}/decision`, { decision });
		expect((await decide(tokens.b, ana.id, 'declined')).status).toBe(404);
		expect((await decide(tokens.a, ana.id, 'declined')).status).toBe(403);
		expect((await decide(tokens.org, ana.id, 'maybe')).status).toBe(422);
		const declined = await decide(tokens.org, ana.id, 'declined');
		expect(declined.status).toBe(200);
		expect(((await declined.json()) as { status: string }).status).toBe('declined');
		const moved = (await (
			await call(tokens.b, 'GET', `/events/${courseId}/nominations`)
		).json()) as {
			items: { status: string }[];
		};
		expect(moved.items.map((n) => n.status)).toEqual(['nominated']);
		expect((await decide(tokens.org, bea.id, 'accepted')).status).toBe(200);
		const course = (await (await call(tokens.a, 'GET', `/events/${courseId}/training`)).json()) as {
			womenShare: number;
		};
		expect(course.womenShare).toBe(1);
	});
});
