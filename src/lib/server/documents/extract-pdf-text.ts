/** The most text kept from one PDF: a long manual is searched by its first two hundred thousand characters. */
const maxTextLength = 200_000;
/** A hostile or broken PDF gets this long before its text is given up. */
const timeoutMs = 10_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is loaded on the first upload, not at start, and runs its parser in this thread: it
 * looks for the worker's module on `globalThis.pdfjsWorker` before trying to start a thread of
 * its own, which a bundled server could not find.
 */
function loadPdfJs(): Promise<PdfJs> {
	loading ??= (async () => {
		const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
		(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
		return import('pdfjs-dist/legacy/build/pdf.mjs');
	})();
	return loading;
}

/**
 * The text of a PDF, page after page, for search. A PDF whose text cannot be read (scanned
 * images, damage, encryption) is still accepted: it gives no text, and its document is found by
 * its title and body alone.
 */
export async function extractPdfText(data: Uint8Array): Promise<string> {
	let timer: NodeJS.Timeout | undefined;
	const pdfjs = await loadPdfJs();
	const task = pdfjs.getDocument({
		// pdf.js takes ownership of the bytes it is given; the upload keeps its own.
		data: new Uint8Array(data),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: false,
		verbosity: 0
	});
	const reading = (async () => {
		const pdf = await task.promise;
		const parts: string[] = [];
		let length = 0;
		for (let n = 1; n <= pdf.numPages && length < maxTextLength; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent();
			const text = content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
				.join('');
			parts.push(text);
			length += text.length;
			page.cleanup();
		}
		return parts.join('\n').replace(/\0/g, '').slice(0, maxTextLength);
	})();
	const timeout = new Promise<string>((resolve) => {
		timer = setTimeout(() => resolve(''), timeoutMs);
	});
	try {
		return await Promise.race([reading, timeout]);
	} catch {
		return '';
	} finally {
		clearTimeout(timer);
		await task.destroy().catch(() => undefined);
	}
}
