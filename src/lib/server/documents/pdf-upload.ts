import { ValidationError } from '../errors';
import { maxAttachmentBytes } from './schemas';

export interface PdfUpload {
	filename: string;
	contentType: 'application/pdf';
	size: number;
	data: Buffer;
}

/** Accepts a PDF only: by its first bytes, not by the name or type the browser claims. */
export async function readPdfUpload(file: File | null | undefined): Promise<PdfUpload | undefined> {
	if (!file || file.size === 0) return undefined;
	if (file.size > maxAttachmentBytes) {
		throw new ValidationError([{ path: 'file', message: 'docs_err_pdf_too_large' }]);
	}
	const data = Buffer.from(await file.arrayBuffer());
	if (data.subarray(0, 5).toString('latin1') !== '%PDF-') {
		throw new ValidationError([{ path: 'file', message: 'docs_err_not_pdf' }]);
	}
	const filename = (file.name || 'document.pdf').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200);
	return { filename, contentType: 'application/pdf', size: data.length, data };
}
