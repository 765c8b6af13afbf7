import { readUpload, type Upload } from '../files/read-upload';

/** A note carries a few photographs or PDFs, each at most 10 MB. */
export const maxNoteAttachments = 10;
export const maxNoteAttachmentBytes = 10 * 1024 * 1024;

/** Reads the files a form or a request sent for a note; empty file inputs are skipped. */
export async function readNoteAttachments(files: readonly unknown[]): Promise<Upload[]> {
	const uploads: Upload[] = [];
	for (const file of files) {
		if (!(file instanceof File)) continue;
		const upload = await readUpload(file, {
			kinds: ['pdf', 'png', 'jpeg'],
			maxBytes: maxNoteAttachmentBytes,
			path: 'attachments',
			tooLarge: 'sit_err_attachment_too_large',
			wrongKind: 'sit_err_attachment_kind'
		});
		if (upload) uploads.push(upload);
	}
	return uploads;
}
