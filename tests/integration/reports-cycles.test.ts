import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { nationalReportActivities, presidencyTerms } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { openCycle } from '../../src/lib/server/reports/open-cycle';
import { getCycle } from '../../src/lib/server/reports/get-cycle';
import { listCycles } from '../../src/lib/server/reports/list-cycles';
import { getReport } from '../../src/lib/server/reports/get-report';
import { saveReport } from '../../src/lib/server/reports/save-report';
import { submitReport } from '../../src/lib/server/reports/submit-report';
import { reopenReport } from '../../src/lib/server/reports/reopen-report';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { buildConsolidated } from '../../src/lib/server/reports/build-consolidated';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import type { SaveReportInput } from '../../src/lib/server/reports/schemas';
import * as cyclesRoute from '../../src/routes/api/v1/networks/[network]/reporting-cycles/+server';
import * as cycleRoute from '../../src/routes/api/v1/networks/[network]/reporting-cycles/[id]/+server';
import * as reportRoute from '../../src/routes/api/v1/networks/[network]/reporting-cycles/[id]/reports/[participantCode]/+server';
import * as submitRoute from '../../src/routes/api/v1/networks/[network]/reporting-cycles/[id]/reports/[participantCode]/submit/+server';
import type { Ctx } from '../../src/lib/server/context';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork, type TestParticipant, type TestUser } from './support/factories';
import { statusOf } from './support/people';

type Network = Awaited<ReturnType<typeof newTestNetwork>>;

const before = new Date('2025-03-10T12:00:00Z');
const afterDue = new Date('2025-04-02T12:00:00Z');

describe(`national reports on ${testDbKind}`, () => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase();
		await unsafeSeedReports(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** A network where PRES holds the Presidency, with three more members and an observer. */
	async function setup() {
		const network = await newTestNetwork(handle.db);
		const pres = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: pres.id, startsOn: '2024-01-01' });
		const focal = (p: TestParticipant) => network.newUser(p, { role: 'focal_point' });
		const users = {
			pres: await focal(pres),
			aEditor: await network.newUser(a, { role: 'editor' }),
			aFocal: await focal(a),
			aViewer: await network.newUser(a, { role: 'viewer' }),
			bFocal: await focal(b),
			cFocal: await focal(c),
			obsFocal: await focal(obs),
			admin: await network.newUser(null, { admin: true })
		};
		return { network, pres, a, b, c, obs, users };
	}

	async function openTestCycle(network: Network, user: TestUser) {
		return openCycle(
			user.ctx,
			network.slug,
			{
				title: 'Informe 2025',
				periodFrom: '2024-01-01',
				periodTo: '2024-12-31',
				dueOn: '2025-03-31',
				instructions: { es: 'Enumere sus actividades.' },
				reminderOffsets: [14, 3]
			},
			{ now: before }
		);
	}

	const activity = (over: Partial<SaveReportInput['activities'][number]> = {}) => ({
		id: randomUUID(),
		kind: 'deployment' as const,
		title: 'Despliegue en UNIFIL',
		startsOn: '2024-02-01',
		endsOn: '2024-08-01',
		mission: 'UNIFIL',
		female: 12,
		male: 88,
		partners: [],
		description: '',
		releasability: null,
		...over
	});

	it('lets only the Presidency in office open a cycle, asking all members by default', async () => {
		const { network, users, pres, a, b, c, obs } = await setup();
		expect(await statusOf(openTestCycle(network, users.aFocal))).toBe(403);
		expect(await statusOf(openTestCycle(network, users.obsFocal))).toBe(403);
		expect(await statusOf(openTestCycle(network, users.admin))).toBe(403);
		const { id } = await openTestCycle(network, users.pres);
		const cycle = await getCycle(users.aFocal.ctx, network.slug, id, 'es', { now: before });
		expect(cycle.asked).toEqual([pres.code, a.code, b.code, c.code].sort());
		expect(cycle.asked).not.toContain(obs.code);
		expect(cycle.reminderOffsets).toEqual([14, 3]);
		const listed = await listCycles(users.bFocal.ctx, network.slug);
		expect(listed.items.map((x) => x.id)).toEqual([id]);
		// The list says who may open the next cycle: the Presidency in office only.
		expect(listed.policies.openCycle).toBe(false);
		expect((await listCycles(users.pres.ctx, network.slug)).policies.openCycle).toBe(true);
		const outsider = await newTestNetwork(handle.db);
		const stranger = await outsider.newUser(await outsider.newParticipant('member'));
		expect(await statusOf(getCycle(stranger.ctx, network.slug, id, 'es'))).toBe(404);
		expect(await statusOf(getCycle(network.anonymous, network.slug, id, 'es'))).toBe(401);
	});

	it('enforces the releasability of reports and of each activity, in code and in SQL', async () => {
		const { network, users, a, c } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		const shared = activity({ title: 'Compartida' });
		const toC = activity({
			title: 'Solo para C',
			kind: 'exercise',
			releasability: { level: 'named', participants: [c.code] }
		});
		const ownOnly = activity({
			title: 'Solo propia',
			kind: 'gender',
			releasability: { level: 'owner' }
		});
		await saveReport(
			users.aEditor.ctx,
			network.slug,
			id,
			a.code,
			{
				narrative: 'Resumen del año',
				releasability: { level: 'members' },
				activities: [shared, toC, ownOnly]
			},
			{ now: before }
		);
		// A draft stays with its owner.
		expect(await statusOf(getReport(users.bFocal.ctx, network.slug, id, a.code))).toBe(404);
		await submitReport(users.aFocal.ctx, network.slug, id, a.code, undefined, { now: before });

		const titles = async (user: TestUser) =>
			(await getReport(user.ctx, network.slug, id, a.code)).report.activities.map((x) => x.title);
		expect(await titles(users.aViewer)).toEqual(['Compartida', 'Solo para C', 'Solo propia']);
		expect(await titles(users.bFocal)).toEqual(['Compartida']);
		expect(await titles(users.cFocal)).toEqual(['Compartida', 'Solo para C']);
		expect(await statusOf(getReport(users.obsFocal.ctx, network.slug, id, a.code))).toBe(404);

		// The database applies the same rule without the code's help.
		const rows = (user: TestUser) =>
			withActor(handle.db, user.actor, (tx) =>
				tx
					.select({ title: nationalReportActivities.title })
					.from(nationalReportActivities)
					.where(
						sql`${nationalReportActivities.title} LIKE 'Solo%' OR ${nationalReportActivities.title} = 'Compartida'`
					)
			);
		expect((await rows(users.bFocal)).map((r) => r.title)).toEqual(['Compartida']);
		expect((await rows(users.cFocal)).map((r) => r.title).sort()).toEqual([
			'Compartida',
			'Solo para C'
		]);
		expect(await rows(users.obsFocal)).toEqual([]);
		expect(await rows(users.admin)).toEqual([]);
		expect((await rows(users.aViewer)).length).toBe(3);
	});

	it('shows a public, submitted report to anonymous readers and nothing else', async () => {
		const { network, users, a, b } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		const save = (code: string, user: TestUser, level: 'public' | 'members') =>
			saveReport(
				user.ctx,
				network.slug,
				id,
				code,
				{
					narrative: `Informe ${level}`,
					releasability: { level },
					activities: [activity({ title: `Actividad ${level}` })]
				},
				{ now: before }
			);
		await save(a.code, users.aEditor, 'public');
		// A public draft is still its owner's alone.
		expect(await statusOf(getReport(network.anonymous, network.slug, id, a.code))).toBe(404);
		await submitReport(users.aFocal.ctx, network.slug, id, a.code, undefined, { now: before });
		await save(b.code, users.bFocal, 'members');
		await submitReport(users.bFocal.ctx, network.slug, id, b.code, undefined, { now: before });

		const open = await getReport(network.anonymous, network.slug, id, a.code);
		expect(open.report.narrative).toBe('Informe public');
		expect(open.report.activities.map((x) => x.title)).toEqual(['Actividad public']);
		expect(open.access).toEqual({ edit: false, submit: false, reopen: false });
		expect(open.cycle.title).toBe('Informe 2025');
		expect(await statusOf(getReport(network.anonymous, network.slug, id, b.code))).toBe(404);
		// The cycle and its status board stay with the network: signed out, one is asked to sign in.
		expect(await statusOf(getCycle(network.anonymous, network.slug, id, 'es'))).toBe(401);
		const response = await reportRoute.GET({
			params: { network: network.slug, id, participantCode: a.code },
			locals: { ctx: network.anonymous },
			url: new URL(`http://localhost/api/v1/networks/${network.slug}/reporting-cycles`),
			request: new Request('http://localhost/')
		} as never);
		expect(response.status).toBe(200);
	});

	it('lets editors draft, only focal points submit, and refuses the wrong participant', async () => {
		const { network, users, a, b } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		const input = {
			narrative: 'N',
			releasability: { level: 'members' as const },
			activities: [activity()]
		};
		// Another participant's draft does not exist for A.
		expect(await statusOf(saveReport(users.aEditor.ctx, network.slug, id, b.code, input))).toBe(
			404
		);
		expect(await statusOf(saveReport(users.aViewer.ctx, network.slug, id, a.code, input))).toBe(
			404
		);
		await saveReport(users.aEditor.ctx, network.slug, id, a.code, input, { now: before });
		expect(
			await statusOf(
				submitReport(users.aEditor.ctx, network.slug, id, a.code, undefined, { now: before })
			)
		).toBe(403);
		expect(
			await statusOf(
				submitReport(users.bFocal.ctx, network.slug, id, a.code, undefined, { now: before })
			)
		).toBe(404);
		await submitReport(users.aFocal.ctx, network.slug, id, a.code, undefined, { now: before });
		// Now released to members, B sees it but still may not change it.
		expect(await statusOf(saveReport(users.bFocal.ctx, network.slug, id, a.code, input))).toBe(403);
		expect(
			await statusOf(reopenReport(users.bFocal.ctx, network.slug, id, a.code, { now: before }))
		).toBe(403);
		// The Presidency is not asked to report for others.
		expect(await statusOf(saveReport(users.pres.ctx, network.slug, id, a.code, input))).toBe(403);
		// An empty report cannot be submitted.
		expect(
			await statusOf(
				submitReport(
					users.bFocal.ctx,
					network.slug,
					id,
					b.code,
					{ narrative: '', releasability: { level: 'members' }, activities: [] },
					{ now: before }
				)
			)
		).toBe(422);
		// Unknown missions and partners are refused.
		expect(
			await statusOf(
				saveReport(users.bFocal.ctx, network.slug, id, b.code, {
					...input,
					activities: [activity({ mission: 'NOPE' }), activity({ partners: ['ZZZ'] })]
				})
			)
		).toBe(422);
	});

	it('locks a submitted report, reopens it until the due date, and keeps every version', async () => {
		const { network, users, a } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		const first = activity({ title: 'Primera' });
		const input = {
			narrative: 'v1',
			releasability: { level: 'members' as const },
			activities: [first]
		};
		await submitReport(users.aFocal.ctx, network.slug, id, a.code, input, { now: before });
		expect(await statusOf(saveReport(users.aEditor.ctx, network.slug, id, a.code, input))).toBe(
			409
		);
		expect(
			await statusOf(
				submitReport(users.aFocal.ctx, network.slug, id, a.code, undefined, { now: before })
			)
		).toBe(409);
		expect(
			await statusOf(reopenReport(users.aEditor.ctx, network.slug, id, a.code, { now: before }))
		).toBe(403);
		const reopened = await reopenReport(users.aFocal.ctx, network.slug, id, a.code, {
			now: before
		});
		expect(reopened.report.status).toBe('draft');
		// Saving the same activity again (autosave) keeps one row.
		await saveReport(
			users.aEditor.ctx,
			network.slug,
			id,
			a.code,
			{ ...input, narrative: 'v2' },
			{ now: before }
		);
		await saveReport(
			users.aEditor.ctx,
			network.slug,
			id,
			a.code,
			{ ...input, narrative: 'v2' },
			{ now: before }
		);
		const second = await submitReport(users.aFocal.ctx, network.slug, id, a.code, undefined, {
			now: before
		});
		expect(second.report.version).toBe(2);
		expect(second.report.activities).toHaveLength(1);
		// Every submitted version is kept, and goes with the participant's export.
		const exported = await exportOwnParticipant(users.aFocal.ctx, network.slug, a.code);
		const [kept] = exported.nationalReports as {
			cycleId: string;
			versions: { version: number; content: { narrative: string } }[];
		}[];
		expect(kept!.cycleId).toBe(id);
		expect(kept!.versions.map((v) => v.version)).toEqual([1, 2]);
		expect(kept!.versions.map((v) => v.content.narrative)).toEqual(['v1', 'v2']);
		// Other participants never see the versions.
		expect(await statusOf(exportOwnParticipant(users.bFocal.ctx, network.slug, a.code))).toBe(404);
		// After the due date a submitted report stays locked.
		expect(
			await statusOf(reopenReport(users.aFocal.ctx, network.slug, id, a.code, { now: afterDue }))
		).toBe(409);
	});

	it('shows the status board with dates to the Presidency and statuses only to members', async () => {
		const { network, users, a, b, c, pres } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		const input = {
			narrative: 'x',
			releasability: { level: 'owner' as const },
			activities: [activity()]
		};
		await submitReport(users.aFocal.ctx, network.slug, id, a.code, input, { now: before });
		await saveReport(users.bFocal.ctx, network.slug, id, b.code, input, { now: before });

		const board = async (user: TestUser, now: Date) =>
			Object.fromEntries(
				(await getCycle(user.ctx, network.slug, id, 'es', { now })).board.map((e) => [
					e.participant,
					e
				])
			);
		const early = await board(users.pres, before);
		expect(early[a.code]).toMatchObject({ status: 'submitted', late: false });
		expect(early[a.code]!.submittedAt).not.toBeNull();
		expect(early[b.code]).toMatchObject({ status: 'draft', submittedAt: null });
		expect(early[b.code]!.updatedAt).not.toBeNull();
		expect(early[c.code]).toMatchObject({ status: 'not_started', updatedAt: null });
		expect(early[pres.code]!.status).toBe('not_started');

		// Members see the statuses of reports not released to them, but never the dates.
		const member = await board(users.cFocal, before);
		expect(member[a.code]).toEqual({
			...early[a.code],
			updatedAt: null,
			submittedAt: null,
			late: null
		});
		expect(member[b.code]!.status).toBe('draft');

		const late = await board(users.pres, afterDue);
		expect(late[a.code]!.status).toBe('submitted');
		expect(late[b.code]!.status).toBe('overdue');
		expect(late[c.code]!.status).toBe('overdue');

		// A late submission is accepted and marked late.
		await submitReport(users.bFocal.ctx, network.slug, id, b.code, undefined, { now: afterDue });
		const after = await board(users.pres, afterDue);
		expect(after[b.code]).toMatchObject({ status: 'submitted', late: true });
	});

	it('builds the consolidated report per reader, saying why data is missing', async () => {
		const { network, users, a, b, c, pres } = await setup();
		const { id } = await openTestCycle(network, users.pres);
		await submitReport(
			users.aFocal.ctx,
			network.slug,
			id,
			a.code,
			{
				narrative: 'A',
				releasability: { level: 'members' },
				activities: [
					activity({ female: 10, male: 30 }),
					activity({
						kind: 'training_given',
						female: 5,
						male: 5,
						releasability: { level: 'named', participants: [c.code] }
					})
				]
			},
			{ now: before }
		);
		await submitReport(
			users.bFocal.ctx,
			network.slug,
			id,
			b.code,
			{
				narrative: 'B',
				releasability: { level: 'named', participants: [c.code] },
				activities: [activity({ kind: 'exercise', female: 1, male: 9 })]
			},
			{ now: before }
		);
		const presView = await buildConsolidated(users.pres.ctx, network.slug, id, 'es', {
			now: before
		});
		const sections = Object.fromEntries(presView.sections.map((s) => [s.participant, s]));
		expect(sections[a.code]).toMatchObject({ availability: 'included' });
		expect(sections[a.code]!.activities).toHaveLength(1);
		expect(sections[b.code]).toMatchObject({ availability: 'not_released', activities: [] });
		expect(sections[c.code]).toMatchObject({ availability: 'not_submitted' });
		expect(sections[pres.code]).toMatchObject({ availability: 'not_submitted' });
		expect(presView.summary.totals).toEqual({
			activities: 1,
			female: 10,
			male: 30,
			womenShare: 0.25
		});

		const cView = await buildConsolidated(users.cFocal.ctx, network.slug, id, 'es', {
			now: before
		});
		expect(cView.summary.totals.activities).toBe(3);
		expect(cView.summary.byKind.find((k) => k.kind === 'exercise')!.activities).toBe(1);
		expect(cView.sections.find((s) => s.participant === b.code)!.availability).toBe('included');
		const obsView = buildConsolidated(users.obsFocal.ctx, network.slug, id, 'es', { now: before });
		expect((await obsView).summary.totals.activities).toBe(0);
	});

	it('serves the API: open, read with the board, save, submit, and problems as JSON', async () => {
		const { network, users, a, b } = await setup();
		const call = async (
			handler: (event: never) => Response | Promise<Response>,
			ctx: Ctx,
			params: Record<string, string>,
			body?: unknown,
			method = 'GET'
		) =>
			handler({
				params: { network: network.slug, ...params },
				locals: { ctx },
				url: new URL(`http://localhost/api/v1/networks/${network.slug}/reporting-cycles`),
				request: new Request('http://localhost/', {
					method,
					headers: { 'content-type': 'application/json' },
					body: body === undefined ? undefined : JSON.stringify(body)
				})
			} as never);
		const cycleInput = {
			title: 'Por la API',
			periodFrom: '2024-01-01',
			periodTo: '2024-12-31',
			dueOn: '2099-03-31',
			participants: [a.code, b.code]
		};
		expect((await call(cyclesRoute.POST, users.aFocal.ctx, {}, cycleInput, 'POST')).status).toBe(
			403
		);
		const bad = await call(
			cyclesRoute.POST,
			users.pres.ctx,
			{},
			{ ...cycleInput, periodTo: '2023-01-01' },
			'POST'
		);
		expect(bad.status).toBe(422);
		const created = await call(cyclesRoute.POST, users.pres.ctx, {}, cycleInput, 'POST');
		expect(created.status).toBe(201);
		const { id, board } = (await created.json()) as { id: string; board: { status: string }[] };
		expect(board.map((e) => e.status)).toEqual(['not_started', 'not_started']);
		const listed = (await (await call(cyclesRoute.GET, users.bFocal.ctx, {})).json()) as {
			items: unknown[];
		};
		expect(listed.items).toHaveLength(1);
		const put = await call(
			reportRoute.PUT,
			users.aEditor.ctx,
			{ id, participantCode: a.code },
			{ narrative: 'API', activities: [activity()] },
			'PUT'
		);
		expect(put.status).toBe(200);
		expect(((await put.json()) as { releasability: { level: string } }).releasability.level).toBe(
			'members'
		);
		expect(
			(await call(reportRoute.GET, users.bFocal.ctx, { id, participantCode: a.code })).status
		).toBe(404);
		expect(
			(
				await call(
					reportRoute.PUT,
					users.bFocal.ctx,
					{ id, participantCode: a.code },
					{ narrative: 'x' },
					'PUT'
				)
			).status
		).toBe(404);
		expect(
			(
				await call(
					submitRoute.POST,
					users.aEditor.ctx,
					{ id, participantCode: a.code },
					undefined,
					'POST'
				)
			).status
		).toBe(403);
		const submitted = await call(
			submitRoute.POST,
			users.aFocal.ctx,
			{ id, participantCode: a.code },
			undefined,
			'POST'
		);
		expect(((await submitted.json()) as { status: string }).status).toBe('submitted');
		const read = await call(reportRoute.GET, users.bFocal.ctx, { id, participantCode: a.code });
		expect(((await read.json()) as { activities: unknown[] }).activities).toHaveLength(1);
		const detail = (await (await call(cycleRoute.GET, users.bFocal.ctx, { id })).json()) as {
			presidencyView: boolean;
			board: { participant: string; status: string; submittedAt: string | null }[];
		};
		expect(detail.presidencyView).toBe(false);
		expect(detail.board.find((e) => e.participant === a.code)).toMatchObject({
			status: 'submitted',
			submittedAt: null
		});
		expect((await call(cycleRoute.GET, users.bFocal.ctx, { id: 'not-a-uuid' })).status).toBe(404);
	});
});
