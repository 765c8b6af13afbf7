import { describe, expect, it } from 'vitest';
import { describeFinding } from './describe-finding';
import { qualityFindings } from './import-un-contributions';
import { rowCorrections } from './parse-contributions';

describe('describeFinding', () => {
	// Every sentence the import can write, produced by the import's own code.
	const findings = qualityFindings(
		[
			{ month: '2020-01', total: 100, female: 60, male: 40, troopsTotal: 80, troopsFemale: 55 },
			{ month: '2020-04', total: 100, female: 10, male: 90, troopsTotal: 80, troopsFemale: 5 },
			{ month: '2021-10', total: 100, female: 10, male: 90, troopsTotal: 80, troopsFemale: 5 }
		] as never,
		[{ month: '2020-02', total: 81_820 }] as never,
		rowCorrections.map((c) => ({ month: c.month, detail: c.detail }))
	);

	it('says every finding the import writes in each language, never in the English record', () => {
		expect(new Set(findings.map((f) => f.issue))).toEqual(
			new Set(['gender_unreliable', 'incomplete_report', 'mislabelled_row', 'missing_month'])
		);
		expect(new Set(findings.map((f) => f.detail)).size).toBe(5);
		for (const locale of ['es', 'pt', 'fr'] as const) {
			for (const finding of findings) {
				const text = describeFinding(finding as never, locale);
				expect(text, `${finding.issue} in ${locale}`).not.toBe(finding.detail);
				expect(text).not.toMatch(/\b(report|women|troops|missing|printed)\b/);
			}
		}
	});

	it('keeps the figures, written the language’s way', () => {
		const printed = findings.find((f) => f.month === '2020-02')!;
		expect(describeFinding(printed as never, 'es')).toContain('81.820');
		expect(describeFinding(printed as never, 'en')).toContain('81,820');
	});

	it('shows a detail of an unknown shape as recorded', () => {
		expect(describeFinding({ issue: 'missing_month', detail: 'something else' }, 'fr')).toBe(
			'something else'
		);
	});
});
