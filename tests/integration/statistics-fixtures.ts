import { readFileSync } from 'node:fs';
import type { Database } from '../../src/lib/server/db/client';
import { unsafeImportUnContributions } from '../../src/lib/server/statistics/import-un-contributions';

const dir = 'data-sources/un';

/** Two months of the shipped UN figures, 2020-01 and 2020-08, which both carry quality findings. */
export async function fillStatisticsTables(db: Database): Promise<void> {
	const keep = (csv: string) => {
		const [header, ...lines] = csv.trimEnd().split('\n');
		return [header, ...lines.filter((l) => /^2020-(01|08)-/.test(l))].join('\n') + '\n';
	};
	await unsafeImportUnContributions(db, {
		contributionsCsv: keep(
			readFileSync(`${dir}/un_uniformed_contributions_monthly_2019-12_2025-07.csv`, 'utf8')
		),
		totalsCsv: keep(readFileSync(`${dir}/un_uniformed_contributions_monthly_totals.csv`, 'utf8')),
		missionsCsv: readFileSync(`${dir}/un_peacekeeping_missions_DPPADPOSS-PKO.csv`, 'utf8'),
		sourceFile: 'test-subset.csv'
	});
}
