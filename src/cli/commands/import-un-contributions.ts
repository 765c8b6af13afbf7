import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	StatisticsImportError,
	unsafeImportUnContributions
} from '../../lib/server/statistics/import-un-contributions';
import { readShippedMissions } from '../../lib/server/statistics/seed-statistics';
import { stringOption, UsageError } from '../command';
import { defineImportKind } from './import-kind';

/** `import un-contributions FILE [--totals FILE]`: the UN's monthly uniformed personnel CSV. */
export const unContributionsImport = defineImportKind({
	summary: 'UN uniformed personnel by month, mission, country, type and gender (CSV)',
	usage: [
		'  --totals FILE   (un-contributions) the printed grand totals to check each month against',
		'  --missions FILE (un-contributions) mission headquarters (default: the shipped list)'
	].join('\n'),
	options: { totals: { type: 'string' }, missions: { type: 'string' } },
	parse(values) {
		const totals = stringOption(values, 'totals');
		const missions = stringOption(values, 'missions');
		if (values.totals !== undefined && !totals) throw new UsageError('Missing value: --totals');
		return { totals, missions };
	},
	async run(handle, file, input, io) {
		const started = performance.now();
		let summary;
		try {
			summary = await unsafeImportUnContributions(handle.db, {
				contributionsCsv: await readFile(file, 'utf8'),
				totalsCsv: input.totals ? await readFile(input.totals, 'utf8') : undefined,
				missionsCsv: input.missions
					? await readFile(input.missions, 'utf8')
					: await readShippedMissions(),
				sourceFile: path.basename(file)
			});
		} catch (error) {
			if (!(error instanceof StatisticsImportError)) throw error;
			io.err(`error: ${error.message}; nothing was imported`);
			if (error.unknownCountries.length > 0) {
				io.err('Unknown country names (add them to the crosswalk):');
				for (const name of error.unknownCountries) io.err(`  ${name}`);
			}
			for (const p of error.problems.slice(0, 50)) io.err(`  line ${p.line}: ${p.message}`);
			return 1;
		}
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		io.out(
			`ok: ${summary.rows} rows, ${summary.months} months, ${summary.countries} countries, ` +
				`${summary.missions} missions in ${seconds} s`
		);
		io.out(
			`  ${summary.inserted} added, ${summary.updated} corrected, ${summary.unchanged} unchanged`
		);
		if (input.totals) {
			io.out(
				`  totals: ${summary.totalsChecked} months checked against the printed grand totals, ` +
					`${summary.totalsDifferences.length} differ`
			);
		}
		const warnings = [
			...summary.totalsDifferences.map(
				(d) =>
					`${d.month} total_differs: printed ${d.printed.total ?? '–'} ` +
					`(${d.printed.male ?? '–'} men, ${d.printed.female ?? '–'} women), imported ` +
					(d.imported
						? `${d.imported.total} (${d.imported.male} men, ${d.imported.female} women)`
						: 'nothing')
			),
			...summary.findings.map((f) => `${f.month} ${f.issue}: ${f.detail}`)
		];
		io.out(`  warnings: ${warnings.length}`);
		for (const w of warnings) io.out(`    ${w}`);
		return 0;
	}
});
