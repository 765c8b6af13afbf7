import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { createDocument } from '../../src/lib/server/documents/create-document';
import type { CreateDocumentInput } from '../../src/lib/server/documents/schemas';
import { searchDocuments } from '../../src/lib/server/documents/search-documents';
import { snippetHtml } from '../../src/lib/server/documents/search-snippet';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import type { Ctx } from '../../src/lib/server/context';
import { anonymousActor } from '../../src/lib/server/access/actor';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork, type TestUser } from './support/factories';

function pdfWith(text: string): Promise<Buffer> {
	const doc = new PDFDocument();
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve) =>
		doc.on('end', () => resolve(Buffer.concat(chunks)))
	);
	doc.font('fonts/LiberationSans-Regular.ttf').text(text);
	doc.end();
	return done;
}

describe(`knowledge library search on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let slug: string;
	let owner: TestUser;
	let other: TestUser;
	let otherCode: string;
	const ids: Record<string, string> = {};

	const search = (ctx: Ctx, q: string, more: Record<string, unknown> = {}, lang = 'es') =>
		searchDocuments(ctx, slug, { q, limit: 20, offset: 0, ...more }, lang);
	const found = async (ctx: Ctx, q: string, more: Record<string, unknown> = {}) =>
		(await search(ctx, q, more)).items.map((item) => item.documentId).sort();

	beforeAll(async () => {
		handle = await openTestDatabase();
		const network = await newTestNetwork(handle.db);
		slug = network.slug;
		const ownerParticipant = await network.newParticipant('member');
		const otherParticipant = await network.newParticipant('member');
		otherCode = otherParticipant.code;
		owner = await network.newUser(ownerParticipant);
		other = await network.newUser(otherParticipant);
		const add = async (
			key: string,
			input: Omit<CreateDocumentInput, 'kind' | 'releasability'> &
				Partial<Pick<CreateDocumentInput, 'kind' | 'releasability'>>,
			by: TestUser = owner,
			file?: Buffer
		) => {
			const { id } = await createDocument(
				by.ctx,
				slug,
				{ kind: 'guideline', releasability: { level: 'members' }, ...input },
				file && {
					filename: `${key}.pdf`,
					contentType: 'application/pdf',
					size: file.length,
					data: file
				}
			);
			ids[key] = id;
		};
		await add('es', {
			title: 'Protección de civiles',
			language: 'es',
			category: 'doctrine',
			body: 'La protección de los civiles en las misiones de paz.',
			documentDate: '2023-05-02'
		});
		await add('en', {
			title: 'Protection of civilians',
			language: 'en',
			category: 'doctrine',
			body: 'Protecting civilians in peacekeeping missions.',
			translationOf: ids.es,
			translationMethod: 'human'
		});
		await add('fr', {
			title: 'Protection des civils',
			language: 'fr',
			category: 'doctrine',
			body: 'La protection des civils dans les opérations de maintien de la paix.',
			translationOf: ids.es,
			translationMethod: 'machine'
		});
		await add('pt', {
			title: 'Relatório da operação',
			language: 'pt',
			category: 'report',
			body: 'Relatório sobre a operação de paz no Haiti.',
			documentDate: '2021-11-30'
		});
		await add('lessons', {
			title: 'Lessons from training courses',
			language: 'en',
			category: 'lesson_learned',
			body: 'What the trainers learned while training contingents.'
		});
		// Ranking corpus: the word in the title, in the text, and only in the attached PDF.
		await add('inTitle', {
			title: 'Interoperabilidad logística',
			language: 'es',
			category: 'interoperability',
			body: 'Normas comunes.'
		});
		await add('inBody', {
			title: 'Normas de apoyo',
			language: 'es',
			category: 'interoperability',
			body: 'Un capítulo trata la interoperabilidad entre contingentes.'
		});
		await add(
			'inPdf',
			{ title: 'Anexo técnico', language: 'es', category: 'course_material', body: '' },
			owner,
			await pdfWith('Guía de interoperabilidad para los cursos de la red.')
		);
		await add('hostile', {
			title: 'Nota <b>sobre</b> zafiros',
			language: 'es',
			body: 'Zafiro & "citas" si 3 < 4 <script>alert(1)</script> y fin'
		});
		// Released to its owner alone, with a visible translation that says less.
		await add('hidden', {
			title: 'Esmeralda reservada',
			language: 'es',
			body: 'Esmeralda y rubí.',
			releasability: { level: 'owner' }
		});
		await add('hiddenTranslation', {
			title: 'Public summary',
			language: 'en',
			body: 'A short summary.',
			translationOf: ids.hidden,
			releasability: { level: 'members' }
		});
		await add(
			'othersOwn',
			{
				title: 'Esmeralda del otro',
				language: 'es',
				body: 'Rubí.',
				releasability: { level: 'owner' }
			},
			other
		);
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('finds a word whatever its accents and inflection, in each language', async () => {
		for (const q of ['protección', 'proteccion', 'protecciones', 'PROTECCIÓN']) {
			expect(await found(owner.ctx, q), q).toEqual([ids.es]);
		}
		// The French "opérations" shares the stem, and rightly comes along.
		for (const q of ['operações', 'operação', 'operacao']) {
			expect(await found(owner.ctx, q), q).toContain(ids.pt);
		}
		expect(await found(owner.ctx, 'relatórios')).toEqual([ids.pt]);
		expect(await found(owner.ctx, 'opération'), 'opération').toContain(ids.es);
		for (const q of ['trained', 'trainings', 'learn']) {
			expect(await found(owner.ctx, q), q).toEqual([ids.lessons]);
		}
	});

	it('finds a family by any version and shows it in the reader’s language', async () => {
		for (const [q, lang, shown] of [
			['civilians', 'es', 'es'],
			['civiles', 'en', 'en'],
			['civils', 'fr', 'fr'],
			['civils', 'pt', 'es']
		] as const) {
			const { items, total } = await search(owner.ctx, q, {}, lang);
			expect(total, q).toBe(1);
			expect(items[0]!.documentId, `${q} in ${lang}`).toBe(ids[shown]);
			expect(items[0]!.family.map((v) => [v.language, v.translationMethod])).toEqual([
				['en', 'human'],
				['es', null],
				['fr', 'machine']
			]);
		}
		// An explicit reader language wins over the interface's.
		const chosen = await search(owner.ctx, 'paz', { lang: 'fr' });
		expect(chosen.items.map((i) => i.documentId)).toContain(ids.fr);
	});

	it('searches the text of attached PDFs, and ranks title over text over PDF', async () => {
		const { items } = await search(owner.ctx, 'interoperabilidad');
		expect(items.map((i) => i.documentId)).toEqual([ids.inTitle, ids.inBody, ids.inPdf]);
		expect(items[2]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual([
			'interoperabilidad'
		]);
		// A new PDF replaces the old one's words; removing it takes them away.
		await updateDocument(
			owner.ctx,
			slug,
			ids.inPdf!,
			{},
			{
				upload: {
					filename: 'b.pdf',
					contentType: 'application/pdf',
					size: 1,
					data: await pdfWith('Cronograma de despliegue.')
				}
			}
		);
		expect(await found(owner.ctx, 'despliegue')).toEqual([ids.inPdf]);
		expect(await found(owner.ctx, 'interoperabilidad')).toEqual([ids.inBody, ids.inTitle].sort());
		await updateDocument(owner.ctx, slug, ids.inPdf!, { body: 'Sin anexo.' }, { remove: true });
		expect(await found(owner.ctx, 'despliegue')).toEqual([]);
	});

	it('filters by category, language, owner and year', async () => {
		expect(await found(owner.ctx, 'paz', { category: 'report' })).toEqual([ids.pt]);
		expect(await found(owner.ctx, 'paz', { category: 'doctrine' })).toEqual([ids.es]);
		expect(await found(owner.ctx, 'paz', { language: 'fr' })).toEqual([ids.fr]);
		expect(await found(owner.ctx, 'paz', { year: 2021 })).toEqual([ids.pt]);
		expect(await found(owner.ctx, 'paz', { owner: otherCode })).toEqual([]);
		expect(await found(owner.ctx, 'paz', { owner: 'NOPE' })).toEqual([]);
	});

	it('quotes document text as text: markup in a document never reaches a page', async () => {
		const { items } = await search(owner.ctx, 'zafiro');
		const html = snippetHtml(items[0]!.snippet);
		expect(html).toContain('<mark>Zafiro</mark>');
		expect(html).toContain('&amp; &quot;citas&quot; si 3 &lt; 4');
		expect(html).not.toMatch(/<(?!\/?mark>)/);
	});

	it('never finds, shows or counts what the reader may not read', async () => {
		// The owner finds its restricted original; the other participant finds neither it nor
		// its visible translation by the words only the hidden version holds.
		expect(await found(owner.ctx, 'esmeralda')).toEqual([ids.hidden]);
		for (const q of ['esmeralda', 'rubí']) {
			const result = await search(other.ctx, q);
			expect(
				result.items.map((i) => i.documentId),
				q
			).toEqual([ids.othersOwn]);
			expect(result.total, q).toBe(1);
		}
		const summary = await search(other.ctx, 'summary');
		expect(summary.items.map((i) => i.documentId)).toEqual([ids.hiddenTranslation]);
		expect(summary.items[0]!.family.map((v) => v.documentId)).toEqual([ids.hiddenTranslation]);
		const anonymous = await search({ ...other.ctx, actor: anonymousActor }, 'paz');
		expect(anonymous.total).toBe(0);
	});
});
