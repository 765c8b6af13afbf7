import PDFDocument from 'pdfkit';
import type { Locale } from '$lib/i18n/translate';
import { labels } from './consolidated-labels';
import type { ConsolidatedView } from './schemas';

type Doc = InstanceType<typeof PDFDocument>;

const margin = 50;
const regular = 'Helvetica';
const bold = 'Helvetica-Bold';

/**
 * The consolidated report as a PDF: a cover, summary tables by activity kind and by participant,
 * women among the personnel involved, then each participant's section. Standard fonts keep the
 * file small; they cover the Latin scripts of the network's four languages.
 */
export function renderConsolidatedPdf(view: ConsolidatedView, locale: Locale): Promise<Buffer> {
	const l = labels(locale);
	const doc = new PDFDocument({
		size: 'A4',
		margin,
		info: { Title: `${l.t('rep_consolidated_title')} — ${view.cycle.title}` },
		lang: locale
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	cover(doc, view, l);
	doc.addPage();
	heading(doc, l.t('rep_summary_by_kind'));
	table(
		doc,
		[l.t('rep_col_kind'), l.t('rep_col_activities'), l.t('rep_col_women'), l.t('rep_col_men')],
		view.summary.byKind.map((row) => [
			l.kind(row.kind),
			l.number(row.activities),
			l.number(row.female),
			l.number(row.male)
		]),
		[235, 80, 90, 90]
	);
	heading(doc, l.t('rep_summary_by_participant'));
	table(
		doc,
		[
			l.t('rep_col_participant'),
			l.t('rep_col_status'),
			l.t('rep_col_activities'),
			l.t('rep_col_women'),
			l.t('rep_col_men')
		],
		view.sections.map((section) => {
			const sum = view.summary.byParticipant.find((p) => p.participant === section.participant);
			return [
				section.name,
				l.availability(section.availability),
				sum ? l.number(sum.activities) : '—',
				sum ? l.number(sum.female) : '—',
				sum ? l.number(sum.male) : '—'
			];
		}),
		[165, 130, 70, 65, 65]
	);
	heading(doc, l.t('rep_women_heading'));
	const totals = view.summary.totals;
	paragraph(
		doc,
		l.t('rep_women_summary', {
			women: l.number(totals.female),
			total: l.number(totals.female + totals.male),
			share: l.percent(totals.womenShare)
		})
	);

	for (const section of view.sections) {
		doc.addPage();
		heading(doc, `${section.name} (${section.participant})`, 16);
		paragraph(doc, `${l.t('rep_col_status')}: ${l.status(section.status)}`);
		if (section.availability !== 'included') {
			paragraph(doc, l.availability(section.availability));
			continue;
		}
		if (section.narrative) {
			subheading(doc, l.t('rep_field_narrative'));
			paragraph(doc, section.narrative);
		}
		if (section.activities.length === 0) paragraph(doc, l.t('rep_no_activities_visible'));
		for (const activity of section.activities) {
			subheading(doc, activity.title);
			const facts = [
				`${l.t('rep_field_kind')}: ${l.kind(activity.kind)}`,
				`${l.t('rep_field_dates')}: ${l.date(activity.startsOn)} – ${l.date(activity.endsOn)}`,
				activity.mission ? `${l.t('rep_field_mission')}: ${activity.mission}` : null,
				`${l.t('rep_field_personnel')}: ${l.t('rep_personnel_value', {
					women: l.number(activity.female),
					men: l.number(activity.male)
				})}`,
				activity.partners.length > 0
					? `${l.t('rep_field_partners')}: ${activity.partners.join(', ')}`
					: null
			].filter((line): line is string => line !== null);
			paragraph(doc, facts.join('\n'));
			if (activity.description) paragraph(doc, activity.description);
		}
	}
	doc.end();
	return done;
}

function cover(doc: Doc, view: ConsolidatedView, l: ReturnType<typeof labels>): void {
	doc.moveDown(6);
	doc.font(bold).fontSize(24).text(l.t('rep_consolidated_title'), { align: 'center' });
	doc.moveDown(1);
	doc.font(regular).fontSize(18).text(view.cycle.title, { align: 'center' });
	doc.moveDown(2);
	doc.fontSize(12);
	const lines = [
		`${l.t('rep_field_period')}: ${l.period(view)}`,
		`${l.t('rep_field_due')}: ${l.date(view.cycle.dueOn)}`,
		`${l.t('rep_field_presidency')}: ${view.cycle.presidency}`,
		`${l.t('rep_pdf_reader')}: ${view.reader ?? '—'}`,
		`${l.t('rep_pdf_generated')}: ${l.date(view.generatedAt.slice(0, 10))}`
	];
	for (const line of lines) doc.text(line, { align: 'center' });
	doc.moveDown(2);
	doc.fontSize(10).text(l.t('rep_pdf_releasability_note'), { align: 'center' });
}

function ensureRoom(doc: Doc, height: number): void {
	if (doc.y + height > doc.page.height - margin) doc.addPage();
}

function heading(doc: Doc, text: string, size = 14): void {
	ensureRoom(doc, 60);
	doc.moveDown(0.8);
	doc.font(bold).fontSize(size).text(text, margin);
	doc.moveDown(0.4);
	doc.font(regular).fontSize(10);
}

function subheading(doc: Doc, text: string): void {
	ensureRoom(doc, 40);
	doc.moveDown(0.5);
	doc.font(bold).fontSize(11).text(text, margin);
	doc.font(regular).fontSize(10);
}

function paragraph(doc: Doc, text: string): void {
	ensureRoom(doc, 20);
	doc
		.font(regular)
		.fontSize(10)
		.text(text, margin, doc.y, { width: doc.page.width - 2 * margin });
	doc.moveDown(0.3);
}

function table(doc: Doc, header: string[], rows: string[][], widths: number[]): void {
	const drawRow = (cells: string[], font: string) => {
		doc.font(font).fontSize(9);
		const height =
			Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }))) + 6;
		ensureRoom(doc, height);
		const top = doc.y;
		let x = margin;
		cells.forEach((cell, i) => {
			doc.text(cell, x + 3, top + 3, { width: widths[i]! - 6 });
			x += widths[i]!;
		});
		doc
			.moveTo(margin, top + height)
			.lineTo(x, top + height)
			.lineWidth(0.5)
			.strokeColor('#888888')
			.stroke();
		doc.x = margin;
		doc.y = top + height;
	};
	drawRow(header, bold);
	for (const row of rows) drawRow(row, regular);
	doc.moveDown(0.5);
}
