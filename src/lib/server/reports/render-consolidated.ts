import type { Locale } from '$lib/i18n/translate';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { buildConsolidated } from './build-consolidated';
import { consolidatedFilename } from './consolidated-labels';
import { renderConsolidatedPdf } from './render-consolidated-pdf';
import { renderConsolidatedXlsx } from './render-consolidated-xlsx';
import { consolidatedFormats, type ConsolidatedFormat } from './schemas';

const contentTypes: Record<ConsolidatedFormat, string> = {
	json: 'application/json; charset=utf-8',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** The consolidated report as a download in the reader's language. */
export async function renderConsolidated(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	format: string,
	locale: Locale
): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string; filename: string }> {
	if (!(consolidatedFormats as readonly string[]).includes(format)) throw new NotFoundError();
	const kind = format as ConsolidatedFormat;
	const view = await buildConsolidated(ctx, networkSlug, cycleId, locale);
	const body =
		kind === 'pdf'
			? await renderConsolidatedPdf(view, locale)
			: kind === 'xlsx'
				? await renderConsolidatedXlsx(view, locale)
				: Buffer.from(JSON.stringify(view));
	return {
		body: new Uint8Array(body),
		contentType: contentTypes[kind],
		filename: consolidatedFilename(view, kind)
	};
}
