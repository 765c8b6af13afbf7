import type { Queryable } from '../db/client';
import type { MissionLocation } from './mission-locations';
import type { PrintedTotal } from './parse-contributions';
import {
	latestImport,
	listCountries,
	listFindings,
	listMissions,
	listMonths,
	listPrintedTotals,
	type Finding
} from './repository';
import { monthsBetween } from './months';

/** What every statistics answer needs besides the sums; it changes only with an import. */
export interface Dataset {
	/** The latest import's id; 0 before the first. */
	version: number;
	importedAt: Date | null;
	months: string[];
	/** Every month from the first to the latest, present or not. */
	calendar: string[];
	missing: Set<string>;
	genderUnreliable: Set<string>;
	findings: Finding[];
	printed: Map<string, PrintedTotal>;
	countries: Map<string, string>;
	missions: Map<string, MissionLocation>;
}

const cache = new WeakMap<object, Dataset>();

/** The dataset description, read again only when an import has changed the figures. */
export async function loadDataset(q: Queryable): Promise<Dataset> {
	const latest = await latestImport(q);
	const version = latest?.id ?? 0;
	const cached = cache.get(q);
	if (cached && cached.version === version) return cached;
	const [months, findings, printed, countries, missions] = await Promise.all([
		listMonths(q),
		listFindings(q),
		listPrintedTotals(q),
		listCountries(q),
		listMissions(q)
	]);
	const calendar = months.length > 0 ? monthsBetween(months[0]!, months[months.length - 1]!) : [];
	const present = new Set(months);
	const dataset: Dataset = {
		version,
		importedAt: latest?.importedAt ?? null,
		months,
		calendar,
		missing: new Set(calendar.filter((m) => !present.has(m))),
		genderUnreliable: new Set(
			findings.filter((f) => f.issue === 'gender_unreliable').map((f) => f.month)
		),
		findings,
		printed: new Map(printed.map((p) => [p.month, p])),
		countries: new Map(countries.map((c) => [c.iso3, c.unName])),
		missions: new Map(missions.map((m) => [m.acronym, m]))
	};
	cache.set(q, dataset);
	return dataset;
}

export function latestMonth(dataset: Dataset): string | null {
	return dataset.months[dataset.months.length - 1] ?? null;
}
