import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Ctx } from '../../src/lib/server/context';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { registerDelegation } from '../../src/lib/server/calendar/register-delegation';
import type { CreateEventInput } from '../../src/lib/server/calendar/schemas';
import { getDesk, monthEnd } from '../../src/lib/server/desk/get-desk';
import { deskSchema } from '../../src/lib/server/desk/schemas';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { openCycle } from '../../src/lib/server/reports/open-cycle';
import { saveReport } from '../../src/lib/server/reports/save-report';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import { buildOpenApiDocument } from '../../src/lib/server/api/openapi';
import * as deskRoute from '../../src/routes/api/v1/me/desk/+server';
import { openTestDatabase, testDbKind } from './support/test-db';
import { decisionInput, governanceNetwork } from './support/governance';

const day = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe(`the desk on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;
	const now = new Date();
	const today = isoDay(now);
	const nextYear = now.getUTCFullYear() + 1;
	let decisionId: string;
	let cycleId: string;
	let publicEventId: string;
	let privateEventId: string;
	let bOnlyEventId: string;

	function event(overrides: Partial<CreateEventInput>): CreateEventInput {
		return {
			title: { es: 'Curso', en: 'Course' },
			description: {},
			kind: 'training_course',
			countryCode: 'PRY',
			city: 'Asunción',
			timeZone: 'America/Asuncion',
			allDay: true,
			start: `${nextYear}-03-02`,
			end: `${nextYear}-03-06`,
			workingLanguages: ['es'],
			releasability: { level: 'public' },
			capacity: null,
			registrationDeadline: null,
			...overrides
		};
	}

	beforeAll(async () => {
		handle = await openTestDatabase();
		await unsafeSeedReports(handle.db);
		g = await governanceNetwork(handle.db);
		const slug = g.network.slug;
		({ id: decisionId } = await openDecision(
			g.presUser.ctx,
			slug,
			decisionInput(new Date(now.getTime() + 7 * day))
		));
		await recordPosition(g.aUser.ctx, slug, decisionId, { position: 'concur', comment: '' });
		({ id: cycleId } = await openCycle(g.presUser.ctx, slug, {
			title: 'Informe anual',
			periodFrom: `${nextYear - 2}-01-01`,
			periodTo: `${nextYear - 2}-12-31`,
			dueOn: isoDay(new Date(now.getTime() + 10 * day)),
			instructions: { es: 'Enumere sus actividades.' },
			participants: [g.participants.a.code, g.participants.b.code],
			reminderOffsets: [3]
		}));
		await saveReport(g.aUser.ctx, slug, cycleId, g.participants.a.code, {
			narrative: 'Borrador',
			releasability: { level: 'owner' },
			activities: []
		});
		// Registration closes today: this month, whatever the day.
		({ id: publicEventId } = await createEvent(
			g.presUser.ctx,
			slug,
			event({ title: { es: 'Curso público' }, registrationDeadline: today })
		));
		({ id: privateEventId } = await createEvent(
			g.bUser.ctx,
			slug,
			event({
				title: { es: 'Reunión reservada de B' },
				organiserCode: g.participants.b.code,
				releasability: { level: 'owner' },
				registrationDeadline: today
			})
		));
		({ id: bOnlyEventId } = await createEvent(
			g.presUser.ctx,
			slug,
			event({ title: { es: 'Ejercicio' }, releasability: { level: 'members' } })
		));
		await registerDelegation(g.bUser.ctx, slug, bOnlyEventId, {
			members: [{ name: 'Persona', role: 'Jefa' }],
			women: 1,
			men: 0,
			otherGender: 0,
			releasability: { level: 'owner' }
		});
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('lists the decisions a participant must answer, and whether it has', async () => {
		const a = await getDesk(g.aUser.ctx, 'es');
		const b = await getDesk(g.bUser.ctx, 'es');
		expect(a.decisions).toEqual([
			expect.objectContaining({
				id: decisionId,
				answered: true,
				title: 'Aprobar el informe',
				href: `/networks/${g.network.slug}/decisions/${decisionId}`
			})
		]);
		expect(b.decisions.map((d) => [d.id, d.answered])).toEqual([[decisionId, false]]);
		// Written in Spanish and English: a reader in Portuguese gets it in Spanish, and told so.
		expect((await getDesk(g.aUser.ctx, 'pt')).decisions[0]).toMatchObject({
			title: 'Aprobar el informe',
			titleLanguage: 'es'
		});
		// Not eligible: a member that signed nothing, an observer, a partner.
		for (const user of [g.unsignedUser, g.observerUser, g.partnerUser]) {
			expect((await getDesk(user.ctx, 'es')).decisions).toEqual([]);
		}
	});

	it('lists the reports due from the participant with their status', async () => {
		const a = await getDesk(g.aUser.ctx, 'en');
		const b = await getDesk(g.bUser.ctx, 'en');
		expect(a.reports).toEqual([
			expect.objectContaining({
				cycleId,
				status: 'draft',
				href: `/networks/${g.network.slug}/reports/${cycleId}/${g.participants.a.code}`
			})
		]);
		expect(b.reports.map((r) => r.status)).toEqual(['not_started']);
		expect((await getDesk(g.unsignedUser.ctx, 'en')).reports).toEqual([]);
	});

	it('never lists another participant’s private records', async () => {
		const a = await getDesk(g.aUser.ctx, 'es');
		const b = await getDesk(g.bUser.ctx, 'es');
		const ids = (desk: typeof a) => desk.events.map((e) => [e.id, e.registered]);
		// B's owner-only meeting and B's delegation are B's alone.
		expect(ids(a)).toEqual([[publicEventId, false]]);
		expect(ids(b)).toEqual(
			expect.arrayContaining([
				[bOnlyEventId, true],
				[publicEventId, false],
				[privateEventId, false]
			])
		);
		expect(JSON.stringify(a)).not.toContain('Reunión reservada de B');
		expect(a.presidency).toBeNull();
		expect(b.presidency).toBeNull();
		// A viewer of A sees A's desk, never more.
		const viewer = await getDesk(g.aViewer.ctx, 'es');
		expect(viewer.events.map((e) => e.id)).toEqual([publicEventId]);
		expect(viewer.reports.map((r) => r.cycleId)).toEqual([cycleId]);
	});

	it('shows an event the participant registered for as registered', async () => {
		await registerDelegation(g.aUser.ctx, g.network.slug, publicEventId, {
			members: [{ name: 'Persona', role: 'Jefe' }],
			women: 0,
			men: 1,
			otherGender: 0,
			releasability: { level: 'owner' }
		});
		const a = await getDesk(g.aUser.ctx, 'es');
		expect(a.events).toEqual([
			expect.objectContaining({ id: publicEventId, registered: true, registrationDeadline: today })
		]);
	});

	it('gives the Presidency its reporting board and the decisions it opened', async () => {
		const desk = await getDesk(g.presUser.ctx, 'es');
		expect(desk.presidency?.board).toEqual([
			expect.objectContaining({
				cycleId,
				asked: 2,
				draft: 1,
				notStarted: 1,
				submitted: 0,
				overdue: 0,
				href: `/networks/${g.network.slug}/reports/${cycleId}`
			})
		]);
		expect(desk.presidency?.decisions).toEqual([
			expect.objectContaining({ id: decisionId, answered: 1, eligible: 4 })
		]);
	});

	it('answers the same list at GET /api/v1/me/desk, and 401 to the anonymous', async () => {
		const call = (ctx: Ctx) =>
			deskRoute.GET({
				locals: { ctx },
				url: new URL('http://localhost/api/v1/me/desk'),
				request: new Request('http://localhost/api/v1/me/desk')
			} as never);
		const response = await call(g.aUser.ctx);
		expect(response.status).toBe(200);
		const body = deskSchema.parse(await response.json());
		expect(body.participant?.code).toBe(g.participants.a.code);
		expect(body.decisions.map((d) => d.id)).toEqual([decisionId]);
		expect((await call(g.network.anonymous)).status).toBe(401);
	});

	it('is described in the OpenAPI document from its schema', () => {
		const doc = buildOpenApiDocument('http://localhost') as {
			paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
		};
		const ok = doc.paths['/me/desk']?.get?.responses['200'] as {
			content: Record<string, { schema: { properties: Record<string, unknown> } }>;
		};
		expect(Object.keys(ok.content['application/json']!.schema.properties)).toEqual(
			expect.arrayContaining(['decisions', 'reports', 'events', 'presidency'])
		);
	});

	it('ends a month on its last day', () => {
		expect(monthEnd('2024-02-10')).toBe('2024-02-29');
		expect(monthEnd('2025-12-01')).toBe('2025-12-31');
	});
});
