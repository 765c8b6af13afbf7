import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { buildDeploymentMap } from './build-deployment-map';
import { buildCountryProfile, buildMissionView, buildOverview } from './build-views';
import type { Cell, StatTable, StatView } from './view-types';

export interface ViewParams {
	view: string;
	id?: string;
	month?: string;
	scope?: string;
	network?: string;
}

/** Builds the view a page shows, from the same parameters its download links carry. */
export async function buildView(ctx: Ctx, params: ViewParams, locale: Locale): Promise<StatView> {
	switch (params.view) {
		case 'overview':
			return buildOverview(ctx, { month: params.month, scope: params.scope, locale });
		case 'country':
			return buildCountryProfile(ctx, { iso3: params.id ?? '', month: params.month, locale });
		case 'mission':
			return buildMissionView(ctx, { acronym: params.id ?? '', month: params.month, locale });
		case 'map':
			return (
				await buildDeploymentMap(ctx, { month: params.month, network: params.network, locale })
			).view;
		default:
			throw new NotFoundError(`No statistics view "${params.view}"`);
	}
}

function csvField(value: Cell): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV of one table: a header of the column labels, then the rows as shown. */
export function tableToCsv(table: StatTable): string {
	const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
	for (const row of table.rows) {
		lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)).join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** JSON of one table: its caption, its columns and its rows keyed by column. */
export function tableToJson(table: StatTable) {
	return {
		id: table.id,
		caption: table.caption,
		columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
		rows: table.rows.map((row) =>
			Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null]))
		)
	};
}

export function findTable(view: StatView, id: string): StatTable {
	const table = view.sections.find((s) => s.table.id === id)?.table;
	if (!table) throw new NotFoundError(`No table "${id}"`);
	return table;
}
