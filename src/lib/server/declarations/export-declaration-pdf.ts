import PDFDocument from 'pdfkit';
import type { Ctx } from '../context';
import {
	paragraphParts,
	printedParagraph,
	textIn,
	type DeclarationLocale
} from './declaration-text';
import { partLabels } from './export-declaration-text';
import { loadAdoptedText, type AdoptedText } from './load-adopted-text';

/** The adopted Declaration as a PDF: title, conference, both parts numbered, then signatures. */
export async function exportDeclarationPdf(
	ctx: Ctx,
	networkSlug: string,
	declarationId: string,
	lang: string | null
): Promise<{ body: Buffer; lang: DeclarationLocale }> {
	const text = await loadAdoptedText(ctx, networkSlug, declarationId, lang);
	return { body: await renderDeclarationPdf(text), lang: text.lang };
}

/** Standard fonts cover the Latin scripts of the network's four languages. */
export function renderDeclarationPdf(text: AdoptedText): Promise<Buffer> {
	const lang = text.lang;
	const labels = partLabels(lang);
	const title = textIn(text.declaration.title, lang) || labels.missing;
	const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: title }, lang });
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	doc.font('Helvetica-Bold').fontSize(16).text(title, { align: 'center' });
	if (text.conference) {
		doc.moveDown(0.5).font('Helvetica').fontSize(10).text(text.conference, { align: 'center' });
	}
	for (const part of paragraphParts) {
		const paragraphs = text.paragraphs.filter((p) => p.part === part);
		const intro = textIn(
			part === 'preamble' ? text.declaration.preambleIntro : text.declaration.operativeIntro,
			lang
		);
		if (paragraphs.length === 0 && !intro) continue;
		doc.moveDown(1.2).font('Helvetica-Bold').fontSize(12).text(labels[part]);
		doc.font('Helvetica').fontSize(11);
		if (intro) doc.moveDown(0.5).text(intro, { align: 'justify' });
		for (const p of paragraphs) {
			doc
				.moveDown(0.5)
				.text(`${p.number}. ${printedParagraph(p, lang, labels)}`, { align: 'justify' });
		}
	}
	if (text.signatures.length > 0) {
		doc.moveDown(1.2).font('Helvetica-Bold').fontSize(12).text(labels.signatures);
		doc.font('Helvetica').fontSize(10);
		for (const s of text.signatures) {
			doc
				.moveDown(0.5)
				.font('Helvetica-Bold')
				.text(s.signatoryName)
				.font('Helvetica')
				.text(s.signatoryTitle)
				.text(`${s.participant} — ${s.signedOn}`);
		}
	}
	doc.end();
	return done;
}
