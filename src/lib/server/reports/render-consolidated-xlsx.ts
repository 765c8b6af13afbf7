import ExcelJS from 'exceljs';
import type { Locale } from '$lib/i18n/translate';
import { labels } from './consolidated-labels';
import type { ConsolidatedView } from './schemas';

/** Sheet names may not hold these characters and are at most 31 long. */
function sheetName(text: string): string {
	return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The consolidated report as a workbook: one row per activity released to the reader, and one row
 * per participant asked, with its status and why any data is missing.
 */
export async function renderConsolidatedXlsx(
	view: ConsolidatedView,
	locale: Locale
): Promise<Buffer> {
	const l = labels(locale);
	const workbook = new ExcelJS.Workbook();
	workbook.created = new Date(view.generatedAt);
	workbook.title = `${l.t('rep_consolidated_title')} — ${view.cycle.title}`;

	const activities = workbook.addWorksheet(sheetName(l.t('rep_sheet_activities')));
	activities.columns = [
		{ header: l.t('rep_col_participant'), key: 'participant', width: 24 },
		{ header: l.t('rep_col_code'), key: 'code', width: 10 },
		{ header: l.t('rep_field_kind'), key: 'kind', width: 26 },
		{ header: l.t('rep_field_title'), key: 'title', width: 40 },
		{ header: l.t('rep_field_starts'), key: 'startsOn', width: 12 },
		{ header: l.t('rep_field_ends'), key: 'endsOn', width: 12 },
		{ header: l.t('rep_field_mission'), key: 'mission', width: 12 },
		{ header: l.t('rep_col_women'), key: 'female', width: 10 },
		{ header: l.t('rep_col_men'), key: 'male', width: 10 },
		{ header: l.t('rep_field_partners'), key: 'partners', width: 20 },
		{ header: l.t('rep_field_description'), key: 'description', width: 60 }
	];
	for (const section of view.sections) {
		for (const activity of section.activities) {
			activities.addRow({
				participant: section.name,
				code: section.participant,
				kind: l.kind(activity.kind),
				title: activity.title,
				startsOn: activity.startsOn ?? '',
				endsOn: activity.endsOn ?? '',
				mission: activity.mission ?? '',
				female: activity.female,
				male: activity.male,
				partners: activity.partners.join(', '),
				description: activity.description
			});
		}
	}
	activities.getRow(1).font = { bold: true };
	activities.views = [{ state: 'frozen', ySplit: 1 }];

	const participants = workbook.addWorksheet(sheetName(l.t('rep_sheet_participants')));
	participants.columns = [
		{ header: l.t('rep_col_participant'), key: 'participant', width: 28 },
		{ header: l.t('rep_col_code'), key: 'code', width: 10 },
		{ header: l.t('rep_col_status'), key: 'status', width: 16 },
		{ header: l.t('rep_col_availability'), key: 'availability', width: 36 },
		{ header: l.t('rep_col_activities'), key: 'activities', width: 12 },
		{ header: l.t('rep_col_women'), key: 'female', width: 10 },
		{ header: l.t('rep_col_men'), key: 'male', width: 10 }
	];
	for (const section of view.sections) {
		participants.addRow({
			participant: section.name,
			code: section.participant,
			status: l.status(section.status),
			availability: l.availability(section.availability),
			activities: section.activities.length,
			female: section.activities.reduce((sum, a) => sum + a.female, 0),
			male: section.activities.reduce((sum, a) => sum + a.male, 0)
		});
	}
	participants.getRow(1).font = { bold: true };
	participants.views = [{ state: 'frozen', ySplit: 1 }];

	return Buffer.from(await workbook.xlsx.writeBuffer());
}
