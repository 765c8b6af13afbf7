import { readUpload, type Upload } from '../files/read-upload';
import { maxAttachmentBytes } from './schemas';

export type PdfUpload = Upload & { contentType: 'application/pdf' };

/** Accepts a PDF only: by its first bytes, not by the name or type the browser claims. */
export async function readPdfUpload(file: File | null | undefined): Promise<PdfUpload | undefined> {
	const upload = await readUpload(file, {
		kinds: ['pdf'],
		maxBytes: maxAttachmentBytes,
		path: 'file',
		tooLarge: 'docs_err_pdf_too_large',
		wrongKind: 'docs_err_not_pdf'
	});
	return upload as PdfUpload | undefined;
}
