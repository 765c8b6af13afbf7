import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	networks,
	participants,
	unContributions,
	unCountries,
	unImports,
	unMissions,
	unPrintedTotals,
	unQualityFindings
} from '../db/schema';
import type { ContributionRow, PrintedTotal } from './parse-contributions';
import type { MissionLocation } from './mission-locations';

async function rowsOf<T>(q: Queryable, query: SQL): Promise<T[]> {
	const result = await q.execute(query);
	return (result as unknown as { rows: T[] }).rows;
}

export interface Finding {
	month: string;
	issue: string;
	detail: string;
}

// ---- import ----

/** Two imports at once (say, two processes starting) run one after the other. */
export async function lockForImport(q: Queryable): Promise<void> {
	await q.execute(sql`SELECT pg_advisory_xact_lock(724600)`);
}

export async function hasContributions(q: Queryable): Promise<boolean> {
	const rows = await q.select({ month: unContributions.month }).from(unContributions).limit(1);
	return rows.length > 0;
}

/**
 * Inserts new rows and corrects changed ones; identical rows are left alone. One JSON parameter
 * per batch keeps the statement small and fast on the embedded database.
 */
export async function upsertContributions(
	q: Queryable,
	batch: readonly ContributionRow[]
): Promise<{ inserted: number; updated: number; months: string[] }> {
	const rows = await rowsOf<{ inserted: boolean; month: string }>(
		q,
		sql`
		INSERT INTO un_contributions AS t (month, mission, country_iso3, personnel_type, male, female,
			total, country_as_printed, source_file)
		SELECT r."month", r."mission", r."countryIso3", r."personnelType", r."male", r."female",
			r."total", r."countryAsPrinted", r."sourceFile"
		FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r("month" text, "mission" text,
			"countryIso3" text, "personnelType" text, "male" int, "female" int, "total" int,
			"countryAsPrinted" text, "sourceFile" text)
		ON CONFLICT (month, mission, country_iso3, personnel_type) DO UPDATE SET
			male = excluded.male, female = excluded.female, total = excluded.total,
			country_as_printed = excluded.country_as_printed, source_file = excluded.source_file
		WHERE (t.male, t.female, t.total, t.country_as_printed, t.source_file)
			IS DISTINCT FROM (excluded.male, excluded.female, excluded.total,
				excluded.country_as_printed, excluded.source_file)
		RETURNING (xmax = 0) AS inserted, month`
	);
	const inserted = rows.filter((r) => r.inserted).length;
	return {
		inserted,
		updated: rows.length - inserted,
		months: [...new Set(rows.map((r) => r.month))]
	};
}

/** Rebuilds the per-country and per-type sums of the given months from the rows. */
export async function rebuildCountrySums(q: Queryable, months: readonly string[]): Promise<void> {
	if (months.length === 0) return;
	const list = sql.join(
		months.map((m) => sql`${m}`),
		sql`, `
	);
	await q.execute(sql`DELETE FROM un_contributions_by_country WHERE month IN (${list})`);
	await q.execute(sql`
		INSERT INTO un_contributions_by_country (month, country_iso3, personnel_type, male, female, total)
		SELECT month, country_iso3, personnel_type, sum(male)::int, sum(female)::int, sum(total)::int
		FROM un_contributions WHERE month IN (${list})
		GROUP BY month, country_iso3, personnel_type`);
	await q.execute(sql`DELETE FROM un_contributions_by_type WHERE month IN (${list})`);
	await q.execute(sql`
		INSERT INTO un_contributions_by_type (month, personnel_type, male, female, total)
		SELECT month, personnel_type, sum(male)::int, sum(female)::int, sum(total)::int
		FROM un_contributions_by_country WHERE month IN (${list})
		GROUP BY month, personnel_type`);
}

export async function upsertCountries(
	q: Queryable,
	countries: readonly { iso3: string; unName: string }[]
): Promise<void> {
	if (countries.length === 0) return;
	await q.execute(sql`
		INSERT INTO un_countries AS t (iso3, un_name)
		SELECT r.iso3, r.un_name FROM jsonb_to_recordset(${JSON.stringify(
			countries.map((c) => ({ iso3: c.iso3, un_name: c.unName }))
		)}::jsonb) AS r(iso3 text, un_name text)
		ON CONFLICT (iso3) DO UPDATE SET un_name = excluded.un_name
		WHERE t.un_name IS DISTINCT FROM excluded.un_name`);
}

export async function upsertMissions(
	q: Queryable,
	missions: readonly MissionLocation[]
): Promise<void> {
	if (missions.length === 0) return;
	await q.execute(sql`
		INSERT INTO un_missions AS t (acronym, name, location, longitude, latitude, kind)
		SELECT r.acronym, r.name, r.location, r.longitude, r.latitude, r.kind
		FROM jsonb_to_recordset(${JSON.stringify(missions)}::jsonb) AS r(acronym text, name text,
			location text, longitude double precision, latitude double precision, kind text)
		ON CONFLICT (acronym) DO UPDATE SET name = excluded.name, location = excluded.location,
			longitude = excluded.longitude, latitude = excluded.latitude, kind = excluded.kind
		WHERE (t.name, t.location, t.longitude, t.latitude, t.kind) IS DISTINCT FROM
			(excluded.name, excluded.location, excluded.longitude, excluded.latitude, excluded.kind)`);
}

/** Mission acronyms already stored. */
export async function missionAcronyms(q: Queryable): Promise<Set<string>> {
	const rows = await q.select({ acronym: unMissions.acronym }).from(unMissions);
	return new Set(rows.map((r) => r.acronym));
}

export async function upsertPrintedTotals(
	q: Queryable,
	totals: readonly PrintedTotal[]
): Promise<number> {
	if (totals.length === 0) return 0;
	const rows = await rowsOf<{ month: string }>(
		q,
		sql`
		INSERT INTO un_printed_totals AS t (month, male, female, total, note)
		SELECT r.month, r.male, r.female, r.total, r.note
		FROM jsonb_to_recordset(${JSON.stringify(totals)}::jsonb) AS r(month text, male int,
			female int, total int, note text)
		ON CONFLICT (month) DO UPDATE SET male = excluded.male, female = excluded.female,
			total = excluded.total, note = excluded.note
		WHERE (t.male, t.female, t.total, t.note) IS DISTINCT FROM
			(excluded.male, excluded.female, excluded.total, excluded.note)
		RETURNING month`
	);
	return rows.length;
}

export interface MonthSums {
	month: string;
	male: number;
	female: number;
	total: number;
	rowCount: number;
	troopsFemale: number;
	troopsTotal: number;
}

/** Each stored month's grand totals, and its troops, from the rows. */
export async function monthSums(q: Queryable): Promise<MonthSums[]> {
	return rowsOf<MonthSums>(
		q,
		sql`
		SELECT month, sum(male)::int AS male, sum(female)::int AS female, sum(total)::int AS total,
			sum(row_count)::int AS "rowCount",
			sum(female) FILTER (WHERE personnel_type = 'troops')::int AS "troopsFemale",
			sum(total) FILTER (WHERE personnel_type = 'troops')::int AS "troopsTotal"
		FROM (SELECT month, personnel_type, male, female, total, 1 AS row_count FROM un_contributions) c
		GROUP BY month ORDER BY month`
	);
}

/** Replaces all findings by `findings`; says whether anything changed. */
export async function replaceFindings(
	q: Queryable,
	findings: readonly Finding[]
): Promise<boolean> {
	const before = await listFindings(q);
	const key = (f: Finding) => `${f.month}|${f.issue}|${f.detail}`;
	const same =
		before.length === findings.length &&
		before.map(key).sort().join('\n') === findings.map(key).sort().join('\n');
	if (same) return false;
	await q.delete(unQualityFindings);
	if (findings.length > 0) await q.insert(unQualityFindings).values([...findings]);
	return true;
}

export async function recordImport(
	q: Queryable,
	sourceFile: string,
	summary: Record<string, unknown>
): Promise<void> {
	await q.insert(unImports).values({ sourceFile, summary });
}

// ---- reading ----

export async function latestImport(q: Queryable): Promise<{ id: number; importedAt: Date } | null> {
	const [row] = await q
		.select({ id: unImports.id, importedAt: unImports.importedAt })
		.from(unImports)
		.orderBy(desc(unImports.id))
		.limit(1);
	return row ?? null;
}

export async function listMonths(q: Queryable): Promise<string[]> {
	const rows = await rowsOf<{ month: string }>(
		q,
		sql`SELECT DISTINCT month FROM un_contributions_by_country ORDER BY month`
	);
	return rows.map((r) => r.month);
}

export async function listPrintedTotals(q: Queryable): Promise<PrintedTotal[]> {
	return q.select().from(unPrintedTotals).orderBy(asc(unPrintedTotals.month));
}

export async function listFindings(q: Queryable): Promise<Finding[]> {
	return q
		.select()
		.from(unQualityFindings)
		.orderBy(asc(unQualityFindings.month), asc(unQualityFindings.issue));
}

export async function listCountries(q: Queryable): Promise<{ iso3: string; unName: string }[]> {
	return q.select().from(unCountries).orderBy(asc(unCountries.iso3));
}

export async function listMissions(q: Queryable): Promise<MissionLocation[]> {
	const rows = await q.select().from(unMissions).orderBy(asc(unMissions.acronym));
	return rows.map((r) => ({ ...r, kind: r.kind === 'spm' ? 'spm' : 'pko' }));
}

/** Country codes of the members of a network, or null if there is no such network. */
export async function networkMemberCountries(
	q: Queryable,
	slug: string
): Promise<{ acronym: string; countries: string[] } | null> {
	const rows = await rowsOf<{ acronym: string; country: string | null }>(
		q,
		sql`SELECT n.acronym AS acronym, p.country_code AS country
			FROM ${networks} n LEFT JOIN ${participants} p
				ON p.network_id = n.id AND p.status = 'member' AND p.country_code IS NOT NULL
			WHERE n.slug = ${slug}`
	);
	if (rows.length === 0) return null;
	return {
		acronym: rows[0]!.acronym,
		countries: rows.flatMap((r) => (r.country ? [r.country] : [])).sort()
	};
}

export type GroupColumn = 'country' | 'mission' | 'type' | 'month' | 'none';

export interface AggregateFilter {
	/** Inclusive month range. */
	from: string;
	to: string;
	countries: readonly string[] | null;
	/** Countries to leave out (the rest of the world against a network). */
	excludeCountries?: readonly string[];
	mission: string | null;
	types: readonly string[] | null;
}

export interface AggregateRow {
	month: string | null;
	key: string;
	male: number;
	female: number;
	total: number;
}

const columnOf: Record<Exclude<GroupColumn, 'none'>, string> = {
	country: 'country_iso3',
	mission: 'mission',
	type: 'personnel_type',
	month: 'month'
};

/**
 * Sums over the filter, grouped by `group` and, for series, by month as well. Without a mission
 * in the filter or the grouping, the per-country sums are read instead of the rows.
 */
export async function aggregate(
	q: Queryable,
	filter: AggregateFilter,
	group: GroupColumn,
	perMonth: boolean
): Promise<AggregateRow[]> {
	const needsRows = filter.mission !== null || group === 'mission';
	const worldWide = filter.countries === null && !filter.excludeCountries?.length;
	const table = sql.raw(
		needsRows
			? 'un_contributions'
			: worldWide && group !== 'country'
				? 'un_contributions_by_type'
				: 'un_contributions_by_country'
	);
	const where: SQL[] = [
		filter.from === filter.to
			? sql`month = ${filter.from}`
			: sql`month BETWEEN ${filter.from} AND ${filter.to}`
	];
	if (filter.countries) where.push(sql`country_iso3 IN (${inList(filter.countries)})`);
	if (filter.excludeCountries && filter.excludeCountries.length > 0) {
		where.push(sql`country_iso3 NOT IN (${inList(filter.excludeCountries)})`);
	}
	if (filter.mission !== null) where.push(sql`mission = ${filter.mission}`);
	if (filter.types) where.push(sql`personnel_type IN (${inList(filter.types)})`);
	const keyColumn = sql.raw(group === 'none' ? `''` : columnOf[group]);
	const monthColumn = sql.raw(perMonth ? 'month' : 'NULL::text');
	return rowsOf<AggregateRow>(
		q,
		sql`SELECT ${monthColumn} AS month, ${keyColumn} AS key, sum(male)::int AS male,
			sum(female)::int AS female, sum(total)::int AS total
		FROM ${table} WHERE ${sql.join(where, sql` AND `)}
		GROUP BY 1, 2 ORDER BY 1, 2`
	);
}

function inList(values: readonly string[]): SQL {
	if (values.length === 0) return sql`NULL`;
	return sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	);
}
