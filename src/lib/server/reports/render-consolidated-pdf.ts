import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Locale } from '$lib/i18n/translate';
import { labels } from './consolidated-labels';
import type { ConsolidatedView } from './schemas';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;
type Labels = ReturnType<typeof labels>;

const margin = 50;
const regular = 'body';
const bold = 'body-bold';

/** The fonts embedded in every PDF, shipped with the platform (SIL Open Font License). */
export function fontsDir(): string {
	return path.resolve(process.env.FONTS_DIR ?? 'fonts');
}

/**
 * The consolidated report as a tagged PDF: a cover, a contents page, the summary tables, one line
 * per participant without data, then each reporting participant's section, with page numbers.
 * The fonts are embedded (subset), so the file reads the same everywhere; the structure tree
 * (headings, paragraphs, tables, lists) lets screen readers follow it, and page furniture is
 * marked as artifacts.
 */
export function renderConsolidatedPdf(view: ConsolidatedView, locale: Locale): Promise<Buffer> {
	const l = labels(locale);
	const title = `${l.t('rep_consolidated_title')} — ${view.cycle.title}`;
	const doc = new PDFDocument({
		size: 'A4',
		margin,
		info: { Title: title },
		lang: locale,
		pdfVersion: '1.7',
		tagged: true,
		displayTitle: true,
		bufferPages: true
	});
	doc.registerFont(regular, path.join(fontsDir(), 'LiberationSans-Regular.ttf'));
	doc.registerFont(bold, path.join(fontsDir(), 'LiberationSans-Bold.ttf'));
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const root = doc.struct('Document');
	doc.addStructure(root);
	const w = writer(doc, root);

	cover(w, view, l);

	// The contents are written once every section's page is known; their place is kept here.
	doc.addPage();
	const contentsPage = doc.bufferedPageRange().count - 1;
	const toc = doc.struct('TOC');
	w.heading(l.t('rep_pdf_contents'), 'H1');
	root.add(toc);
	const entries: { title: string; page: number }[] = [];
	const startSection = (text: string, level: 'H1' | 'H2' = 'H1') => {
		entries.push({ title: text, page: doc.bufferedPageRange().count });
		w.heading(text, level);
	};

	doc.addPage();
	startSection(l.t('rep_pdf_summary'));
	w.heading(l.t('rep_summary_by_kind'), 'H2');
	w.table(
		[l.t('rep_col_kind'), l.t('rep_col_activities'), l.t('rep_col_women'), l.t('rep_col_men')],
		view.summary.byKind.map((row) => [
			l.kind(row.kind),
			l.number(row.activities),
			l.number(row.female),
			l.number(row.male)
		]),
		[235, 80, 90, 90]
	);
	w.heading(l.t('rep_summary_by_participant'), 'H2');
	const included = view.sections.filter((s) => s.availability === 'included');
	w.table(
		[
			l.t('rep_col_participant'),
			l.t('rep_col_status'),
			l.t('rep_col_activities'),
			l.t('rep_col_women'),
			l.t('rep_col_men')
		],
		included.map((section) => {
			const sum = view.summary.byParticipant.find((p) => p.participant === section.participant);
			return [
				section.name,
				l.status(section.status),
				sum ? l.number(sum.activities) : '—',
				sum ? l.number(sum.female) : '—',
				sum ? l.number(sum.male) : '—'
			];
		}),
		[165, 130, 70, 65, 65]
	);
	w.heading(l.t('rep_women_heading'), 'H2');
	const totals = view.summary.totals;
	w.paragraph(
		l.t('rep_women_summary', {
			women: l.number(totals.female),
			total: l.number(totals.female + totals.male),
			share: l.percent(totals.womenShare)
		})
	);

	// Those without data take one line each, not a page each.
	const missing = view.sections.filter((s) => s.availability !== 'included');
	w.ensureRoom(80);
	startSection(l.t('rep_pdf_without_data'));
	if (missing.length === 0) w.paragraph(l.t('rep_pdf_without_data_none'));
	else w.list(missing.map((s) => `${s.name} — ${l.availability(s.availability)}`));

	for (const section of included) {
		doc.addPage();
		startSection(section.name);
		w.paragraph(`${l.t('rep_col_status')}: ${l.status(section.status)}`);
		if (section.narrative) {
			w.heading(l.t('rep_field_narrative'), 'H2');
			w.paragraph(section.narrative);
		}
		if (section.activities.length === 0) w.paragraph(l.t('rep_no_activities_visible'));
		for (const activity of section.activities) {
			w.heading(activity.title, 'H2');
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
			for (const fact of facts) w.paragraph(fact, 0);
			doc.moveDown(0.3);
			if (activity.description) w.paragraph(activity.description);
		}
	}

	const pages = doc.bufferedPageRange().count;
	doc.switchToPage(contentsPage);
	doc.y = margin + 50;
	for (const entry of entries) {
		toc.add(
			doc.struct('TOCI', {}, () => {
				const y = doc.y;
				doc
					.font(regular)
					.fontSize(11)
					.text(entry.title, margin, y, { width: doc.page.width - 2 * margin - 50 });
				const after = doc.y;
				doc.text(String(entry.page), doc.page.width - margin - 40, y, {
					width: 40,
					align: 'right'
				});
				doc.x = margin;
				doc.y = Math.max(after, doc.y) + 4;
			})
		);
	}
	toc.end();

	for (let page = 1; page < pages; page++) {
		doc.switchToPage(page);
		// Writing below the bottom margin would otherwise open a new page.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		doc
			.font(regular)
			.fontSize(9)
			.fillColor('#444444')
			.text(l.t('rep_pdf_page', { page: page + 1, pages }), margin, doc.page.height - 35, {
				width: doc.page.width - 2 * margin,
				align: 'center'
			});
		doc.endMarkedContent();
		doc.fillColor('#000000');
		doc.page.margins.bottom = bottom;
	}
	root.end();
	doc.end();
	return done;
}

/** Writing primitives that keep the structure tree in step with what is drawn. */
function writer(doc: Doc, root: Struct) {
	const width = () => doc.page.width - 2 * margin;
	const ensureRoom = (height: number) => {
		if (doc.y + height > doc.page.height - margin) doc.addPage();
	};
	return {
		ensureRoom,
		heading(text: string, level: 'H1' | 'H2') {
			ensureRoom(60);
			doc.moveDown(level === 'H1' ? 0.4 : 0.8);
			root.add(
				doc.struct(level, {}, () => {
					doc
						.font(bold)
						.fontSize(level === 'H1' ? 16 : 12)
						.text(text, margin, doc.y, { width: width() });
				})
			);
			doc.moveDown(0.4);
		},
		paragraph(text: string, gap = 0.3) {
			ensureRoom(20);
			root.add(
				doc.struct('P', {}, () => {
					doc.font(regular).fontSize(10).text(text, margin, doc.y, { width: width() });
				})
			);
			doc.moveDown(gap);
		},
		list(items: string[]) {
			const list = doc.struct('L');
			root.add(list);
			for (const item of items) {
				ensureRoom(16);
				list.add(
					doc.struct('LI', {}, [
						doc.struct('LBody', {}, () => {
							doc.font(regular).fontSize(10).text(`• ${item}`, margin, doc.y, { width: width() });
						})
					])
				);
			}
			list.end();
			doc.moveDown(0.5);
		},
		table(header: string[], rows: string[][], widths: number[]) {
			const table = doc.struct('Table');
			root.add(table);
			const drawRow = (cells: string[], cellType: 'TH' | 'TD') => {
				doc.font(cellType === 'TH' ? bold : regular).fontSize(9);
				const height =
					Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }))) +
					6;
				ensureRoom(height);
				const top = doc.y;
				const row = doc.struct('TR');
				table.add(row);
				let x = margin;
				cells.forEach((cell, i) => {
					const left = x;
					row.add(
						doc.struct(cellType, {}, () => {
							doc.text(cell, left + 3, top + 3, { width: widths[i]! - 6 });
						})
					);
					x += widths[i]!;
				});
				row.end();
				doc.markContent('Artifact', { type: 'Layout' });
				doc
					.moveTo(margin, top + height)
					.lineTo(x, top + height)
					.lineWidth(0.5)
					.strokeColor('#888888')
					.stroke();
				doc.endMarkedContent();
				doc.x = margin;
				doc.y = top + height;
			};
			drawRow(header, 'TH');
			for (const row of rows) drawRow(row, 'TD');
			table.end();
			doc.moveDown(0.5);
		}
	};
}

function cover(w: ReturnType<typeof writer>, view: ConsolidatedView, l: Labels): void {
	w.ensureRoom(0);
	for (let i = 0; i < 5; i++) w.paragraph('', 1);
	w.heading(l.t('rep_consolidated_title'), 'H1');
	w.paragraph(view.cycle.title);
	w.list([
		`${l.t('rep_field_period')}: ${l.period(view)}`,
		`${l.t('rep_field_due')}: ${l.date(view.cycle.dueOn)}`,
		`${l.t('rep_field_presidency')}: ${view.cycle.presidency}`,
		`${l.t('rep_pdf_reader')}: ${view.reader ?? '—'}`,
		`${l.t('rep_pdf_generated')}: ${l.date(view.generatedAt.slice(0, 10))}`
	]);
	w.paragraph(l.t('rep_pdf_releasability_note'));
}
