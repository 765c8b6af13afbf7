import ExcelJS from 'exceljs';
import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError, ValidationError } from '../errors';
import { pickLocalized } from '$lib/i18n/localized';
import { translate, type Locale } from '$lib/i18n/translate';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import {
	readinessLabel,
	selfSustainmentCategories,
	selfSustainmentLabel,
	unitLanguageLabel,
	unitTypeLabel
} from '$lib/components/pledges/vocabulary';
import { listPledgeRows, type PledgeRow } from './repository';

/** Sheet names may not hold these characters and are at most 31 long. */
function sheetName(text: string): string {
	return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * A participant's pledges that the caller may see, as a workbook laid out like the annexes of a
 * PCRS pledge: the pledges themselves, then the table of organisation, the major equipment and
 * the self-sustainment categories, each row numbered after its pledge.
 */
export async function exportAnnexesXlsx(
	ctx: Ctx,
	networkSlug: string,
	participantCode: string | undefined,
	locale: Locale
): Promise<{ body: Buffer; filename: string }> {
	const code = participantCode ?? ctx.actor.participant?.code;
	if (!code) {
		throw new ValidationError([{ path: 'participant', message: 'pledge_err_participant_needed' }]);
	}
	const { owner, rows } = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const owner = await findParticipantByCode(tx, network.id, code);
		if (!owner) throw new NotFoundError();
		const { rows } = await listPledgeRows(
			tx,
			network.id,
			{ ownerId: owner.id },
			{ limit: 1000, offset: 0 }
		);
		const visible = rows.filter((r) => canRead(ctx.actor, r.pledge)).map((r) => r.pledge);
		const restricted = visible.filter((p) => p.level !== 'public').map((p) => p.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'export',
				entityType: 'pledge',
				networkId: network.id,
				details: { ids: restricted, format: 'xlsx' }
			});
		}
		return { owner, rows: visible };
	});
	const body = await renderAnnexes(pickLocalized(owner.name, locale), rows, locale);
	return { body, filename: `pledges-${owner.code}.xlsx` };
}

async function renderAnnexes(ownerName: string, rows: PledgeRow[], locale: Locale) {
	const t = (key: string) => translate(key, undefined, locale);
	const workbook = new ExcelJS.Workbook();
	workbook.title = `${t('pledge_xlsx_title')} — ${ownerName}`;
	const title = (p: PledgeRow) => pickLocalized(p.title, locale);

	const summary = workbook.addWorksheet(sheetName(t('pledge_xlsx_sheet_pledges')));
	summary.columns = [
		{ header: t('pledge_xlsx_col_number'), key: 'number', width: 6 },
		{ header: t('pledge_field_unit_type'), key: 'unitType', width: 28 },
		{ header: t('pledge_field_title'), key: 'title', width: 40 },
		{ header: t('pledge_field_level'), key: 'level', width: 26 },
		{ header: t('pledge_col_total'), key: 'total', width: 10 },
		{ header: t('pledge_field_available_from'), key: 'from', width: 14 },
		{ header: t('pledge_field_available_until'), key: 'until', width: 14 },
		{ header: t('pledge_field_languages'), key: 'languages', width: 24 },
		{ header: t('pledge_field_assessment_visit'), key: 'aav', width: 16 },
		{ header: t('pledge_field_assessment_report'), key: 'aavReport', width: 40 },
		{ header: t('pledge_field_verification_visit'), key: 'verification', width: 16 },
		{ header: t('pledge_field_notes'), key: 'notes', width: 40 }
	];
	rows.forEach((p, i) =>
		summary.addRow({
			number: i + 1,
			unitType: unitTypeLabel(p.unitType, locale),
			title: title(p),
			level: readinessLabel(p.readinessLevel, locale),
			total: p.female + p.male,
			from: p.availableFrom ?? '',
			until: p.availableUntil ?? '',
			languages: p.languages.map((l) => unitLanguageLabel(l, locale)).join(', '),
			aav: p.assessmentVisitOn ?? '',
			aavReport: p.assessmentReport,
			verification: p.verificationVisitOn ?? '',
			notes: p.notes
		})
	);

	const organisation = workbook.addWorksheet(sheetName(t('pledge_xlsx_sheet_organisation')));
	organisation.columns = [
		{ header: t('pledge_xlsx_col_number'), key: 'number', width: 6 },
		{ header: t('pledge_field_title'), key: 'title', width: 40 },
		{ header: t('pledge_field_female'), key: 'female', width: 10 },
		{ header: t('pledge_field_male'), key: 'male', width: 10 },
		{ header: t('pledge_col_total'), key: 'total', width: 10 },
		{ header: t('pledge_col_female_share'), key: 'share', width: 14 }
	];
	rows.forEach((p, i) => {
		const total = p.female + p.male;
		organisation.addRow({
			number: i + 1,
			title: title(p),
			female: p.female,
			male: p.male,
			total,
			share: total === 0 ? null : p.female / total
		});
	});
	organisation.getColumn('share').numFmt = '0.0%';

	const equipment = workbook.addWorksheet(sheetName(t('pledge_xlsx_sheet_equipment')));
	equipment.columns = [
		{ header: t('pledge_xlsx_col_number'), key: 'number', width: 6 },
		{ header: t('pledge_field_title'), key: 'title', width: 40 },
		{ header: t('pledge_field_equipment_item'), key: 'item', width: 40 },
		{ header: t('pledge_field_equipment_quantity'), key: 'quantity', width: 10 }
	];
	rows.forEach((p, i) => {
		for (const line of p.equipment) {
			equipment.addRow({
				number: i + 1,
				title: title(p),
				item: line.item,
				quantity: line.quantity
			});
		}
	});

	const sustainment = workbook.addWorksheet(sheetName(t('pledge_xlsx_sheet_sustainment')));
	sustainment.columns = [
		{ header: t('pledge_xlsx_col_number'), key: 'number', width: 6 },
		{ header: t('pledge_field_title'), key: 'title', width: 40 },
		...selfSustainmentCategories.map((c) => ({
			header: selfSustainmentLabel(c, locale),
			key: c,
			width: 14
		}))
	];
	rows.forEach((p, i) =>
		sustainment.addRow({
			number: i + 1,
			title: title(p),
			...Object.fromEntries(
				selfSustainmentCategories.map((c) => [
					c,
					p.selfSustainment.includes(c) ? t('pledge_xlsx_provided') : ''
				])
			)
		})
	);

	for (const sheet of [summary, organisation, equipment, sustainment]) {
		sheet.getRow(1).font = { bold: true };
		sheet.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
