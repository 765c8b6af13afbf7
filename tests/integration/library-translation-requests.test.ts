import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { closeTranslationRequest } from '../../src/lib/server/documents/close-translation-request';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { listDocumentTranslationRequests } from '../../src/lib/server/documents/list-translation-requests';
import { requestTranslation } from '../../src/lib/server/documents/request-translation';
import { getDesk } from '../../src/lib/server/desk/get-desk';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork, type TestUser } from './support/factories';

describe(`requests for a human translation on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let slug: string;
	let owner: TestUser;
	let reader: TestUser;
	let readerViewer: TestUser;
	let third: TestUser;
	let outsider: TestUser;
	let docId: string;
	let hiddenId: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		const network = await newTestNetwork(handle.db);
		slug = network.slug;
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const d = await network.newParticipant('observer');
		owner = await network.newUser(a, { role: 'editor' });
		reader = await network.newUser(b, { role: 'editor' });
		readerViewer = await network.newUser(b, { role: 'viewer' });
		third = await network.newUser(c, { role: 'editor' });
		outsider = await network.newUser(d, { role: 'focal_point' });
		({ id: docId } = await createDocument(owner.ctx, slug, {
			title: 'Lecciones de la misión',
			kind: 'report',
			category: 'lesson_learned',
			language: 'es',
			body: 'Texto.',
			releasability: { level: 'members' }
		}));
		await createDocument(owner.ctx, slug, {
			title: 'Lessons (machine)',
			kind: 'report',
			language: 'fr',
			body: 'Texte.',
			translationOf: docId,
			translationMethod: 'machine',
			releasability: { level: 'members' }
		});
		({ id: hiddenId } = await createDocument(owner.ctx, slug, {
			title: 'Reservado',
			kind: 'report',
			language: 'es',
			body: 'Texto.',
			releasability: { level: 'owner' }
		}));
	});
	afterAll(async () => {
		await handle?.close();
	});

	const deskItems = async (user: TestUser) =>
		(await getDesk(user.ctx, 'es')).translationRequests.map((r) => [r.documentTitle, r.language]);

	it('reaches the owner’s desk, once per language and participant', async () => {
		await requestTranslation(readerViewer.ctx, slug, docId, {
			language: 'en',
			note: 'Para el curso'
		});
		// A machine translation is no reason not to ask for a person's.
		await requestTranslation(reader.ctx, slug, docId, { language: 'fr', note: '' });
		await requestTranslation(third.ctx, slug, docId, { language: 'en', note: '' });
		await expect(
			requestTranslation(reader.ctx, slug, docId, { language: 'en', note: '' })
		).rejects.toMatchObject({
			status: 422,
			fieldErrors: [{ path: 'language', message: 'lib_err_already_requested' }]
		});
		await expect(
			requestTranslation(reader.ctx, slug, docId, { language: 'es', note: '' })
		).rejects.toMatchObject({
			status: 422,
			fieldErrors: [{ path: 'language', message: 'lib_err_already_translated' }]
		});
		expect(await deskItems(owner)).toEqual([
			['Lecciones de la misión', 'en'],
			['Lecciones de la misión', 'fr'],
			['Lecciones de la misión', 'en']
		]);
		// Each asking participant sees its own requests, never another's; the desk is the owner's.
		const seenByReader = await listDocumentTranslationRequests(reader.ctx, slug, docId, 'es');
		expect(seenByReader.map((r) => [r.language, r.note, r.canClose])).toEqual([
			['en', 'Para el curso', false],
			['fr', '', false]
		]);
		expect(await deskItems(reader)).toEqual([]);
		const seenByOwner = await listDocumentTranslationRequests(owner.ctx, slug, docId, 'es');
		expect(seenByOwner.every((r) => r.canClose)).toBe(true);
	});

	it('is refused for a document the reader does not see, or to its own owner', async () => {
		await expect(
			requestTranslation(outsider.ctx, slug, docId, { language: 'en', note: '' })
		).rejects.toMatchObject({ status: 404 });
		await expect(
			requestTranslation(reader.ctx, slug, hiddenId, { language: 'en', note: '' })
		).rejects.toMatchObject({ status: 404 });
		await expect(
			requestTranslation(owner.ctx, slug, docId, { language: 'pt', note: '' })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			requestTranslation({ ...reader.ctx, actor: { ...reader.actor, userId: null } }, slug, docId, {
				language: 'pt',
				note: ''
			})
		).rejects.toMatchObject({ status: 401 });
	});

	it('is closed by the owner alone, and leaves the desk when a person’s translation arrives', async () => {
		const [mine] = await listDocumentTranslationRequests(reader.ctx, slug, docId, 'es');
		await expect(closeTranslationRequest(reader.ctx, slug, mine!.id)).rejects.toMatchObject({
			status: 403
		});
		await expect(closeTranslationRequest(third.ctx, slug, mine!.id)).rejects.toMatchObject({
			status: 404
		});
		await closeTranslationRequest(owner.ctx, slug, mine!.id);
		expect(await deskItems(owner)).toEqual([
			['Lecciones de la misión', 'fr'],
			['Lecciones de la misión', 'en']
		]);
		await createDocument(reader.ctx, slug, {
			title: 'Lessons from the mission',
			kind: 'report',
			language: 'en',
			body: 'Text.',
			translationOf: docId,
			translationMethod: 'human',
			releasability: { level: 'members' }
		});
		expect(await deskItems(owner)).toEqual([['Lecciones de la misión', 'fr']]);
	});
});
