import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { conferences, declarationParagraphs } from '../../src/lib/server/db/schema';
import { parseInput } from '../../src/lib/server/api/validation';
import { addParagraph } from '../../src/lib/server/declarations/add-paragraph';
import { compareVersions } from '../../src/lib/server/declarations/compare-versions';
import { createDeclaration } from '../../src/lib/server/declarations/create-declaration';
import { decideAmendment } from '../../src/lib/server/declarations/decide-amendment';
import { editParagraph } from '../../src/lib/server/declarations/edit-paragraph';
import { exportDeclarationPdf } from '../../src/lib/server/declarations/export-declaration-pdf';
import { exportDeclarationText } from '../../src/lib/server/declarations/export-declaration-text';
import { getDeclaration } from '../../src/lib/server/declarations/get-declaration';
import { proposeAmendment } from '../../src/lib/server/declarations/propose-amendment';
import { putToAdoption } from '../../src/lib/server/declarations/put-to-adoption';
import { amendmentInputSchema } from '../../src/lib/server/declarations/schemas';
import { unsafeSettleDueDecisions } from '../../src/lib/server/decisions/settle-decision';
import { governanceNetwork, hour } from './support/governance';
import { statusOf } from './support/people';
import { openTestDatabase, testDbKind } from './support/test-db';

describe(`declaration languages on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
		await handle.db.insert(conferences).values({
			networkId: g.network.id,
			edition: 3,
			name: { es: 'III ALCONU', en: 'III ALCONU' },
			countryCode: 'PRY',
			year: 2025
		});
	});

	afterAll(async () => {
		await handle?.close();
	});

	const slug = () => g.network.slug;
	const stored = async (id: string) =>
		(
			await handle.db.select().from(declarationParagraphs).where(eq(declarationParagraphs.id, id))
		)[0];
	const draft = async () => {
		const { id } = await createDeclaration(g.presUser.ctx, slug(), {
			conferenceEdition: 3,
			title: { es: 'Declaración de Asunción', en: 'Asunción Declaration' }
		});
		const p = await addParagraph(g.presUser.ctx, slug(), id, {
			part: 'operative',
			text: { es: 'La red se reúne una vez al año.', en: 'The network meets once a year.' }
		});
		return { id, paragraph: p.id };
	};
	const amendAndAccept = async (id: string, body: Record<string, unknown>) => {
		const amendment = await proposeAmendment(
			g.aUser.ctx,
			slug(),
			id,
			parseInput(amendmentInputSchema, { justification: 'Clearer', ...body })
		);
		await decideAmendment(g.presUser.ctx, slug(), id, amendment.id, { decision: 'accept' });
	};

	it('keeps the other languages of a paragraph amended in one, marked as needing an update', async () => {
		const { id, paragraph } = await draft();
		await amendAndAccept(id, {
			paragraphId: paragraph,
			kind: 'replace',
			text: { es: 'La red se reúne dos veces al año.' }
		});
		const row = await stored(paragraph);
		expect(row!.text).toEqual({
			es: 'La red se reúne dos veces al año.',
			en: 'The network meets once a year.'
		});
		const view = await getDeclaration(g.aUser.ctx, slug(), id, 'en');
		expect(view.paragraphs[0]!.languages).toEqual({
			es: { state: 'current', source: 'human' },
			en: { state: 'stale', source: 'human' }
		});
		expect(view.languageGaps).toEqual([{ paragraph: 'operative:1', lang: 'en', state: 'stale' }]);
		// The comparison in English shows the English text, never the Spanish one.
		const comparison = await compareVersions(g.aUser.ctx, slug(), id, {
			from: 2,
			to: 3,
			lang: 'en'
		});
		const text = comparison.paragraphs[0]!.parts.map((p) => p.text).join('');
		expect(text).toBe('The network meets once a year.');
		expect(comparison.paragraphs[0]!.toStatus).toEqual({ state: 'stale', source: 'human' });
	});

	it('refuses adoption while a language is stale, and adopts once it is updated', async () => {
		const { id, paragraph } = await draft();
		await amendAndAccept(id, {
			paragraphId: paragraph,
			kind: 'replace',
			text: { es: 'La red se reúne dos veces al año.' }
		});
		const deadline = new Date(Date.now() + 24 * hour);
		const refused = putToAdoption(g.presUser.ctx, slug(), id, {
			deadline: deadline.toISOString(),
			positionsVisibility: 'all'
		});
		expect(await statusOf(refused)).toBe(409);
		await editParagraph(
			g.presUser.ctx,
			slug(),
			id,
			paragraph,
			{ text: { en: 'The network meets twice a year.' } },
			undefined
		);
		const updated = await getDeclaration(g.aUser.ctx, slug(), id, 'en');
		expect(updated.languageGaps).toEqual([]);
		expect(updated.paragraphs[0]!.text).toEqual({
			es: 'La red se reúne dos veces al año.',
			en: 'The network meets twice a year.'
		});
		await putToAdoption(g.presUser.ctx, slug(), id, {
			deadline: deadline.toISOString(),
			positionsVisibility: 'all'
		});
		await unsafeSettleDueDecisions(handle.db, new Date(deadline.getTime() + hour));
		for (const lang of ['es', 'en'] as const) {
			const text = await exportDeclarationText(g.network.anonymous, slug(), id, lang);
			expect(text.lang).toBe(lang);
			expect(text.body).toContain(
				lang === 'es' ? 'La red se reúne dos veces al año.' : 'The network meets twice a year.'
			);
			const pdf = await exportDeclarationPdf(g.network.anonymous, slug(), id, lang);
			expect(pdf.lang).toBe(lang);
		}
		// A language the text does not have says so; it is never silently another language.
		const french = await exportDeclarationText(g.network.anonymous, slug(), id, 'fr');
		expect(french.lang).toBe('fr');
		expect(french.body).toContain('[Non disponible dans cette langue]');
		expect(french.body).not.toContain('dos veces');
	});

	it('marks a machine translation as such, and never erases a language left empty', async () => {
		const { id, paragraph } = await draft();
		await editParagraph(g.presUser.ctx, slug(), id, paragraph, {
			text: { pt: 'A rede reúne-se uma vez por ano.' },
			machine: ['pt']
		});
		const row = await stored(paragraph);
		expect(row!.text).toEqual({
			es: 'La red se reúne una vez al año.',
			en: 'The network meets once a year.',
			pt: 'A rede reúne-se uma vez por ano.'
		});
		expect(row!.languages.pt).toEqual({ source: 'machine', stale: false });
		expect(row!.languages.es).toEqual({ source: 'human', stale: false });
	});

	it('inserts a paragraph in the languages it was written in, the others missing, not copied', async () => {
		const { id, paragraph } = await draft();
		await amendAndAccept(id, {
			paragraphId: paragraph,
			kind: 'insert_after',
			text: { en: 'Members report once a year.' }
		});
		const view = await getDeclaration(g.aUser.ctx, slug(), id, 'es');
		expect(view.paragraphs).toHaveLength(2);
		expect(view.paragraphs[0]!.text.es).toBe('La red se reúne una vez al año.');
		expect(view.paragraphs[1]!.text).toEqual({ en: 'Members report once a year.' });
		expect(view.paragraphs[1]!.languages.es).toEqual({ state: 'missing', source: null });
		expect(view.languageGaps).toEqual([{ paragraph: 'operative:2', lang: 'es', state: 'missing' }]);
		// A paragraph added directly keeps every language it was given.
		const added = await addParagraph(g.presUser.ctx, slug(), id, {
			part: 'preamble',
			text: { es: 'Recordando,', en: 'Recalling,', fr: 'Rappelant,' },
			machine: ['fr']
		});
		expect((await stored(added.id))!.languages).toEqual({
			es: { source: 'human', stale: false },
			en: { source: 'human', stale: false },
			fr: { source: 'machine', stale: false }
		});
	});

	it('deletes only through an accepted deletion, keeping the other paragraphs whole', async () => {
		const { id, paragraph } = await draft();
		const second = await addParagraph(g.presUser.ctx, slug(), id, {
			part: 'operative',
			text: { es: 'Segundo.', en: 'Second.' }
		});
		await amendAndAccept(id, { paragraphId: paragraph, kind: 'delete' });
		expect(await stored(paragraph)).toBeUndefined();
		expect((await stored(second.id))!.text).toEqual({ es: 'Segundo.', en: 'Second.' });
	});
});
