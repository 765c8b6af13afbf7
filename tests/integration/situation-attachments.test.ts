import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { readNoteAttachments } from '../../src/lib/server/situation/attachments';
import { addNoteAttachments } from '../../src/lib/server/situation/add-note-attachments';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { getNoteAttachment } from '../../src/lib/server/situation/get-note-attachment';
import { getSituationNote } from '../../src/lib/server/situation/get-situation-note';
import { removeNoteAttachment } from '../../src/lib/server/situation/remove-note-attachment';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { listSituationNotes } from '../../src/lib/server/situation/list-situation-notes';
import { ValidationError } from '../../src/lib/server/errors';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { noteInput, pngUpload, situationNetwork, tinyPng } from './situation-fixtures';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe(`situation note attachments on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let s: Awaited<ReturnType<typeof situationNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		s = await situationNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('keeps the files given with a note, in order, and hands them to its readers', async () => {
		const uploads = await readNoteAttachments([
			new File([pdf], 'informe.pdf', { type: 'application/pdf' }),
			new File([tinyPng], 'puente norte.png', { type: 'image/png' }),
			new File([], 'empty.png')
		]);
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput(), uploads);
		const note = await getSituationNote(s.memberB.ctx, s.network.slug, id);
		expect(note.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([
			['informe.pdf', 'application/pdf', pdf.length],
			['puente norte.png', 'image/png', tinyPng.length]
		]);
		const file = await getNoteAttachment(
			s.memberB.ctx,
			s.network.slug,
			id,
			note.attachments[1]!.id
		);
		expect(file.data.equals(tinyPng)).toBe(true);
		expect(file.level).toBe('members');
	});

	it('refuses what is not a photograph or a PDF, by its bytes', async () => {
		const refused = await readNoteAttachments([
			new File(['<svg onload="alert(1)"/>'], 'map.png', { type: 'image/png' })
		]).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(ValidationError);
		expect((refused as ValidationError).fieldErrors).toEqual([
			{ path: 'attachments', message: 'sit_err_attachment_kind' }
		]);
	});

	it('stores nothing of a note whose files are refused', async () => {
		const eleven = Array.from({ length: 11 }, (_, i) => pngUpload(`p${i}.png`));
		expect(
			await statusOf(
				createSituationNote(
					s.writerA.ctx,
					s.network.slug,
					noteInput({ placeName: 'Eleven files' }),
					eleven
				)
			)
		).toBe(422);
		const { items } = await listSituationNotes(s.writerA.ctx, s.network.slug, {
			limit: 500,
			offset: 0
		});
		expect(items.some((n) => n.place.name === 'Eleven files')).toBe(false);
	});

	it('lets only the note’s writers add and remove files, and only while it is open', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput());
		// A member who reads the note may not change it; a participant who cannot read it learns nothing.
		expect(
			await statusOf(addNoteAttachments(s.memberB.ctx, s.network.slug, id, [pngUpload()]))
		).toBe(403);
		expect(
			await statusOf(addNoteAttachments(s.viewerA.ctx, s.network.slug, id, [pngUpload()]))
		).toBe(403);
		const [added] = await addNoteAttachments(s.writerA.ctx, s.network.slug, id, [
			pngUpload('a.png')
		]);
		expect(await statusOf(removeNoteAttachment(s.memberB.ctx, s.network.slug, id, added!))).toBe(
			403
		);
		const secret = await createSituationNote(
			s.writerA.ctx,
			s.network.slug,
			noteInput({ releasability: { level: 'named', participants: [s.b.code] } }),
			[pngUpload('hidden.png')]
		);
		const hidden = (await getSituationNote(s.writerA.ctx, s.network.slug, secret.id))
			.attachments[0]!.id;
		expect(
			await statusOf(getNoteAttachment(s.observer.ctx, s.network.slug, secret.id, hidden))
		).toBe(404);
		expect(
			await statusOf(addNoteAttachments(s.observer.ctx, s.network.slug, secret.id, [pngUpload()]))
		).toBe(404);
		// A file of another note is not found through this one.
		expect(await statusOf(getNoteAttachment(s.writerA.ctx, s.network.slug, id, hidden))).toBe(404);
		expect(await statusOf(removeNoteAttachment(s.writerA.ctx, s.network.slug, id, hidden))).toBe(
			404
		);

		await removeNoteAttachment(s.writerA.ctx, s.network.slug, id, added!);
		expect((await getSituationNote(s.writerA.ctx, s.network.slug, id)).attachments).toEqual([]);
		await addNoteAttachments(s.writerA.ctx, s.network.slug, id, [pngUpload('kept.png')]);
		await updateSituationNote(s.writerA.ctx, s.network.slug, id, { closed: true });
		const closed = await getSituationNote(s.writerA.ctx, s.network.slug, id);
		expect(closed.attachments.map((a) => a.filename)).toEqual(['kept.png']);
		expect(
			await statusOf(addNoteAttachments(s.writerA.ctx, s.network.slug, id, [pngUpload()]))
		).toBe(409);
		expect(
			await statusOf(
				removeNoteAttachment(s.writerA.ctx, s.network.slug, id, closed.attachments[0]!.id)
			)
		).toBe(409);
	});

	it('exports a participant’s files with its notes', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput(), [
			pngUpload('export.png')
		]);
		const focal = await s.network.newUser(s.a, { role: 'focal_point' });
		const exported = (await exportOwnParticipant(
			focal.ctx,
			s.network.slug,
			s.a.code
		)) as unknown as {
			situationNotes: { id: string; attachments: { filename: string; base64: string }[] }[];
		};
		const note = exported.situationNotes.find((n) => n.id === id)!;
		expect(note.attachments).toEqual([
			expect.objectContaining({ filename: 'export.png', base64: tinyPng.toString('base64') })
		]);
	});
});
