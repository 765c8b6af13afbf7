// Tables of the statistics area; shared tables and enums come from ./schema-core.
import {
	bigserial,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';

/**
 * One row of the UN's monthly report of uniformed personnel: a month, a mission, a contributing
 * country (ISO 3166-1 alpha-3, after the crosswalk) and a personnel type. Public data, written
 * only by the import.
 */
export const unContributions = pgTable(
	'un_contributions',
	{
		/** `YYYY-MM`. */
		month: text('month').notNull(),
		mission: text('mission').notNull(),
		countryIso3: text('country_iso3').notNull(),
		/** A personnel type slug, e.g. `troops` (see statistics/categories.ts). */
		personnelType: text('personnel_type').notNull(),
		male: integer('male').notNull(),
		female: integer('female').notNull(),
		total: integer('total').notNull(),
		/** The country as spelled in that month's report. */
		countryAsPrinted: text('country_as_printed').notNull(),
		sourceFile: text('source_file').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.month, t.mission, t.countryIso3, t.personnelType] }),
		index('un_contributions_country').on(t.countryIso3, t.month),
		index('un_contributions_mission').on(t.mission, t.month)
	]
);

/**
 * The same figures summed over missions, built by the import so that series over the whole
 * history read a third of the rows.
 */
export const unContributionsByCountry = pgTable(
	'un_contributions_by_country',
	{
		month: text('month').notNull(),
		countryIso3: text('country_iso3').notNull(),
		personnelType: text('personnel_type').notNull(),
		male: integer('male').notNull(),
		female: integer('female').notNull(),
		total: integer('total').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.month, t.countryIso3, t.personnelType] }),
		index('un_contributions_by_country_country').on(t.countryIso3, t.month)
	]
);

/** The world's sums per month and type, for series without a country or mission filter. */
export const unContributionsByType = pgTable(
	'un_contributions_by_type',
	{
		month: text('month').notNull(),
		personnelType: text('personnel_type').notNull(),
		male: integer('male').notNull(),
		female: integer('female').notNull(),
		total: integer('total').notNull()
	},
	(t) => [primaryKey({ columns: [t.month, t.personnelType] })]
);

/** A contributing country: its code and the latest spelling the UN used. */
export const unCountries = pgTable('un_countries', {
	iso3: text('iso3').primaryKey(),
	unName: text('un_name').notNull()
});

/** A mission or office named in the reports, with its headquarters where known. */
export const unMissions = pgTable('un_missions', {
	acronym: text('acronym').primaryKey(),
	name: text('name'),
	location: text('location'),
	longitude: doublePrecision('longitude'),
	latitude: doublePrecision('latitude'),
	/** `pko` for a peacekeeping operation, `spm` for a special political mission or office. */
	kind: text('kind').notNull()
});

/** The grand totals printed in each monthly report, from the totals file. */
export const unPrintedTotals = pgTable('un_printed_totals', {
	month: text('month').primaryKey(),
	male: integer('male'),
	female: integer('female'),
	total: integer('total'),
	note: text('note').notNull().default('')
});

/** Known problems of a month's figures, shown wherever that month is. */
export const unQualityFindings = pgTable(
	'un_quality_findings',
	{
		month: text('month').notNull(),
		/** `missing_month`, `gender_unreliable`, `mislabelled_row` or `incomplete_report`. */
		issue: text('issue').notNull(),
		detail: text('detail').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.month, t.issue] })]
);

/** Every import that changed something; the latest id versions the cached answers. */
export const unImports = pgTable('un_imports', {
	id: bigserial('id', { mode: 'number' }).primaryKey(),
	importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
	sourceFile: text('source_file').notNull(),
	summary: jsonb('summary').$type<Record<string, unknown>>().notNull()
});
