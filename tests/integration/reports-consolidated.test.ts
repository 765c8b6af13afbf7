import { createRequire } from 'node:module';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { participants, presidencyTerms } from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { openCycle } from '../../src/lib/server/reports/open-cycle';
import { submitReport } from '../../src/lib/server/reports/submit-report';
import { renderConsolidated } from '../../src/lib/server/reports/render-consolidated';
import { buildConsolidated } from '../../src/lib/server/reports/build-consolidated';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import * as consolidatedRoute from '../../src/routes/api/v1/networks/[network]/reporting-cycles/[id]/consolidated.[format]/+server';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import type { Ctx } from '../../src/lib/server/context';

const fontDir = path.join(
	path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
	'standard_fonts/'
);

/** How a PDF reader sees the file's structure: pages, tagging, the tags on each page. */
async function pdfStructure(data: Uint8Array) {
	const pdf = await getDocument({
		data: new Uint8Array(data),
		standardFontDataUrl: fontDir,
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const markInfo = await pdf.getMarkInfo();
	const roles = new Set<string>();
	const walk = (node: { role?: string; children?: unknown[] } | null) => {
		if (!node) return;
		if (node.role) roles.add(node.role);
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	for (let n = 1; n <= pdf.numPages; n++) walk(await (await pdf.getPage(n)).getStructTree());
	const result = { pages: pdf.numPages, marked: markInfo?.Marked === true, roles };
	await pdf.destroy();
	return result;
}

/** The text layer of every page, as a PDF reader extracts it. */
async function pdfText(data: Uint8Array): Promise<string> {
	const pdf = await getDocument({
		data: new Uint8Array(data),
		standardFontDataUrl: fontDir,
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await pdf.destroy();
	return pages.join('\n');
}

describe(`consolidated report formats on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	const now = new Date('2025-03-10T12:00:00Z');

	beforeAll(async () => {
		handle = await openTestDatabase();
		await unsafeSeedReports(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function setup() {
		const network = await newTestNetwork(handle.db);
		const pres = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const late = await network.newParticipant('member');
		const names: Record<string, Record<string, string>> = {
			[pres.id]: { es: 'Paraguay', en: 'Paraguay', fr: 'Paraguay' },
			[a.id]: { es: 'Argentina', en: 'Argentina', fr: 'Argentine' },
			[b.id]: { es: 'Brasil', en: 'Brazil', fr: 'Brésil' },
			[late.id]: { es: 'Perú', en: 'Peru', fr: 'Pérou' }
		};
		for (const [id, name] of Object.entries(names)) {
			await handle.db.update(participants).set({ name }).where(eq(participants.id, id));
		}
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: pres.id, startsOn: '2024-01-01' });
		const presUser = await network.newUser(pres, { role: 'focal_point' });
		const aUser = await network.newUser(a, { role: 'focal_point' });
		const bUser = await network.newUser(b, { role: 'focal_point' });
		const { id } = await openCycle(
			presUser.ctx,
			network.slug,
			{
				title: 'Informe anual 2024',
				periodFrom: '2024-01-01',
				periodTo: '2024-12-31',
				dueOn: '2025-03-31',
				instructions: {},
				reminderOffsets: [14, 3]
			},
			{ now }
		);
		const activity = (title: string, over: Record<string, unknown> = {}) => ({
			id: randomUUID(),
			kind: 'training_given' as const,
			title,
			startsOn: '2024-05-01',
			endsOn: '2024-05-10',
			mission: null,
			female: 4,
			male: 16,
			partners: [],
			description: 'Curso regional',
			releasability: null,
			...over
		});
		await submitReport(
			aUser.ctx,
			network.slug,
			id,
			a.code,
			{
				narrative: 'Año intenso',
				releasability: { level: 'members' },
				activities: [
					activity('Curso de observadores militares'),
					activity('Despliegue en UNIFIL', {
						kind: 'deployment',
						mission: 'UNIFIL',
						female: 9,
						male: 91
					}),
					activity('Acuerdo bilateral reservado', {
						kind: 'cooperation_agreement',
						releasability: { level: 'owner' }
					})
				]
			},
			{ now }
		);
		await submitReport(
			bUser.ctx,
			network.slug,
			id,
			b.code,
			{
				narrative: 'Solo para Argentina',
				releasability: { level: 'named', participants: [a.code] },
				activities: [activity('Ejercicio combinado', { kind: 'exercise' })]
			},
			{ now }
		);
		return {
			network,
			id,
			presUser,
			aUser,
			bUser,
			codes: { pres: pres.code, a: a.code, b: b.code, late: late.code }
		};
	}

	it('renders a PDF whose text layer names every participant, in the reader’s language', async () => {
		const { network, id, presUser } = await setup();
		const file = await renderConsolidated(presUser.ctx, network.slug, id, 'pdf', 'fr');
		expect(file.contentType).toBe('application/pdf');
		expect(Buffer.from(file.body.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		const text = await pdfText(file.body);
		for (const name of ['Paraguay', 'Argentine', 'Brésil', 'Pérou']) expect(text).toContain(name);
		expect(text).toContain('Rapport consolidé');
		expect(text).toContain('Curso de observadores militares');
		// Released only to Argentina, and reserved to its owner: never in the Presidency's copy.
		expect(text).not.toContain('Ejercicio combinado');
		expect(text).not.toContain('Acuerdo bilateral reservado');
		expect(text).toContain('Aucune donnée : le rapport ne vous a pas été communiqué.');
		expect(text).toContain('Aucune donnée : le rapport n’a pas été soumis.');
		// A cover, contents, page numbers; tagged, with its fonts embedded.
		expect(text).toContain('Sommaire');
		const structure = await pdfStructure(file.body);
		expect(text).toContain(`Page 2 sur ${structure.pages}`);
		expect(structure.marked).toBe(true);
		for (const role of ['H1', 'P', 'Table', 'TH', 'TD', 'L', 'LI']) {
			expect(structure.roles).toContain(role);
		}
		expect(Buffer.from(file.body).toString('latin1')).toContain('/FontFile2');
		// Those without data are one line each: cover, contents, summary, then one page per
		// participant whose report is included.
		const view = await buildConsolidated(presUser.ctx, network.slug, id, 'fr');
		const included = view.sections.filter((s) => s.availability === 'included').length;
		expect(view.sections.length).toBeGreaterThan(included);
		expect(structure.pages).toBe(3 + included);
	});

	it('writes an XLSX that reads back with one row per activity released to the reader', async () => {
		const { network, id, presUser, aUser, bUser } = await setup();
		const rowsFor = async (ctx: Ctx, locale: 'es' | 'en') => {
			const file = await renderConsolidated(ctx, network.slug, id, 'xlsx', locale);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
			const [activities, statuses] = workbook.worksheets;
			return {
				activities: activities!,
				statuses: statuses!,
				names: workbook.worksheets.map((w) => w.name)
			};
		};
		const pres = await rowsFor(presUser.ctx, 'en');
		expect(pres.names).toEqual(['Activities', 'Participants and statuses']);
		// The due date has passed in real time: who has not submitted is overdue.
		// Header plus the two activities of Argentina released to members.
		expect(pres.activities.actualRowCount).toBe(1 + 2);
		expect(pres.activities.getRow(1).getCell(1).value).toBe('Participant');
		expect(pres.statuses.actualRowCount).toBe(1 + 4);
		const statusTexts = pres.statuses
			.getSheetValues()
			.slice(2)
			.map((row) => (row as unknown[])[3]);
		expect(statusTexts.sort()).toEqual(['Overdue', 'Overdue', 'Submitted', 'Submitted']);

		// Argentina sees its own three and Brazil's one.
		expect((await rowsFor(aUser.ctx, 'es')).activities.actualRowCount).toBe(1 + 4);
		// Brazil sees Argentina's two shared ones and its own.
		const brazil = await rowsFor(bUser.ctx, 'es');
		expect(brazil.activities.actualRowCount).toBe(1 + 3);
		expect(brazil.names[0]).toBe('Actividades');
	});

	it('serves the formats over the API with private caching, and 404 for another format', async () => {
		const { network, id, presUser } = await setup();
		const call = (format: string, ctx: Ctx = presUser.ctx) =>
			consolidatedRoute.GET({
				params: { network: network.slug, id, format },
				locals: { ctx }
			} as never);
		const json = await call('json');
		expect(json.status).toBe(200);
		expect(json.headers.get('cache-control')).toBe('private, no-store');
		const body = (await json.json()) as { sections: { availability: string }[] };
		expect(body.sections.map((s) => s.availability).sort()).toEqual([
			'included',
			'not_released',
			'not_submitted',
			'not_submitted'
		]);
		expect((await call('xlsx')).headers.get('content-type')).toContain('spreadsheetml');
		expect((await call('docx')).status).toBe(404);
		expect((await call('pdf', network.anonymous)).status).toBe(401);
	});
});
