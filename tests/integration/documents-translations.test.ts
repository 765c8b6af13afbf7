import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { getDocument } from '../../src/lib/server/documents/get-document';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

describe(`document translations on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('marks each translation as made by a person or a machine, and links both ways', async () => {
		const network = await newTestNetwork(handle.db);
		const editor = await network.newUser(await network.newParticipant('member'));
		const base = { kind: 'guideline' as const, releasability: { level: 'members' as const } };
		const { id: original } = await createDocument(editor.ctx, network.slug, {
			...base,
			title: 'Guía',
			language: 'es',
			body: 'Texto original'
		});
		const { id: machine } = await createDocument(editor.ctx, network.slug, {
			...base,
			title: 'Guide',
			language: 'fr',
			body: 'Texte traduit',
			translationOf: original,
			translationMethod: 'machine'
		});
		const { id: human } = await createDocument(editor.ctx, network.slug, {
			...base,
			title: 'Guide',
			language: 'en',
			body: 'Translated text',
			translationOf: original
		});

		const view = await getDocument(editor.ctx, network.slug, original);
		expect(view.translationMethod).toBeNull();
		expect(view.translations.map((t) => [t.language, t.translationMethod])).toEqual([
			['en', 'human'],
			['fr', 'machine']
		]);
		expect((await getDocument(editor.ctx, network.slug, human)).translationMethod).toBe('human');

		// A person reviews the machine translation.
		await updateDocument(editor.ctx, network.slug, machine, { translationMethod: 'human' });
		expect((await getDocument(editor.ctx, network.slug, machine)).translationMethod).toBe('human');
		// Unlinked, it becomes an original and carries no method.
		await updateDocument(editor.ctx, network.slug, machine, { translationOf: null });
		const unlinked = await getDocument(editor.ctx, network.slug, machine);
		expect([unlinked.translationOf, unlinked.translationMethod]).toEqual([null, null]);
	});
});
