import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Ctx } from '../context';
import { pickLocalized } from '$lib/i18n/localized';
import { translate, type Locale } from '$lib/i18n/translate';
import { fontsDir } from '../reports/render-consolidated-pdf';
import { readinessLabel, templateLabel, unitTypeLabel } from '$lib/components/pledges/vocabulary';
import { getContingent } from './get-contingent';
import type { ContingentView } from './schemas';

/** A combined contingent as the caller may see it, as a PDF. */
export async function exportContingentPdf(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: Locale
): Promise<{ body: Buffer; filename: string }> {
	const view = await getContingent(ctx, networkSlug, id);
	return { body: await renderContingentPdf(view, locale), filename: `contingent-${id}.pdf` };
}

/**
 * Title, lead, figures, the gaps against the template, one block per contribution the reader may
 * see, and the note that parts are withheld when some are. The fonts are embedded, so the file
 * reads the same everywhere.
 */
export function renderContingentPdf(view: ContingentView, locale: Locale): Promise<Buffer> {
	const t = (key: string, params?: Record<string, unknown>) => translate(key, params, locale);
	const number = new Intl.NumberFormat(locale);
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const share = (value: number | null) => (value === null ? '—' : percent.format(value));
	const title = pickLocalized(view.title, locale);
	const doc = new PDFDocument({
		size: 'A4',
		margin: 50,
		info: { Title: title },
		lang: locale,
		pdfVersion: '1.7',
		displayTitle: true
	});
	doc.registerFont('body', path.join(fontsDir(), 'LiberationSans-Regular.ttf'));
	doc.registerFont('body-bold', path.join(fontsDir(), 'LiberationSans-Bold.ttf'));
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const line = (label: string, value: string) =>
		doc.font('body-bold').text(`${label}: `, { continued: true }).font('body').text(value);

	doc.font('body-bold').fontSize(18).text(title);
	doc.moveDown(0.5).fontSize(11);
	line(t('pledge_contingent_lead'), view.lead);
	line(t('pledge_col_total'), number.format(view.personnel.total));
	line(t('pledge_field_female'), number.format(view.personnel.female));
	line(t('pledge_field_male'), number.format(view.personnel.male));
	line(t('pledge_col_female_share'), share(view.femaleShare));
	line(
		t('pledge_field_level'),
		view.readinessLevel ? readinessLabel(view.readinessLevel, locale) : '—'
	);
	if (view.template && view.gaps) {
		doc.moveDown(0.5);
		line(t('pledge_contingent_template'), templateLabel(view.template, locale));
		doc.font('body').text(
			view.gaps.missingPersonnel > 0
				? t('pledge_gap_personnel_short', {
						missing: number.format(view.gaps.missingPersonnel),
						minimum: number.format(view.gaps.minimumPersonnel)
					})
				: t('pledge_gap_personnel_met', { minimum: number.format(view.gaps.minimumPersonnel) })
		);
		doc.text(
			view.gaps.femaleShareMet
				? t('pledge_gap_share_met', { target: share(view.gaps.femaleShareTarget) })
				: t('pledge_gap_share_short', { target: share(view.gaps.femaleShareTarget) })
		);
	}
	if (view.notes) doc.moveDown(0.5).font('body').text(view.notes);
	doc.moveDown(1).font('body-bold').fontSize(14).text(t('pledge_contributions_heading'));
	doc.fontSize(11);
	if (view.contributions.length === 0) {
		doc.moveDown(0.3).font('body').text(t('pledge_contributions_none'));
	}
	for (const c of view.contributions) {
		doc
			.moveDown(0.5)
			.font('body-bold')
			.text(`${c.participant} — ${pickLocalized(c.title, locale)}`);
		doc.font('body').text(
			`${unitTypeLabel(c.unitType, locale)} · ${readinessLabel(c.readinessLevel, locale)} · ${t(
				'pledge_personnel_value',
				{
					total: number.format(c.personnel.total),
					female: number.format(c.personnel.female),
					male: number.format(c.personnel.male)
				}
			)}`
		);
	}
	if (view.withheld > 0) {
		doc
			.moveDown(1)
			.font('body')
			.text(t('pledge_withheld_note', { count: view.withheld }));
	}
	doc.end();
	return done;
}
