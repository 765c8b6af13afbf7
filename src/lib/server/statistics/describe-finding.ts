import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/translate';
import { formatNumber } from '$lib/i18n/format';
import type { Quality } from './schemas';

/**
 * A data-quality finding in the reader's language. The import records each finding's detail as
 * one English sentence (what the API returns); every sentence it writes has one of the shapes
 * below, so pages can say the same in the reader's language. A detail of another shape (written
 * by an older import) is shown as recorded.
 */
export function describeFinding(
	finding: Pick<Quality, 'issue' | 'detail'>,
	locale: Locale
): string {
	const n = (text: string) => formatNumber(Number(text.replaceAll(',', '')), locale);
	const detail = finding.detail;
	if (detail === 'no report') return m.stats_finding_no_report({}, { locale });
	let match =
		/^no breakdown by mission and gender; the report printed a grand total of (\d+)$/.exec(detail);
	if (match) return m.stats_finding_printed_total({ total: n(match[1]!) }, { locale });
	match = /^the report's gender split is wrong: (\d+) women of (\d+), (\d+) of (\d+) troops$/.exec(
		detail
	);
	if (match) {
		return m.stats_finding_gender_split(
			{
				female: n(match[1]!),
				total: n(match[2]!),
				troopsFemale: n(match[3]!),
				troopsTotal: n(match[4]!)
			},
			{ locale }
		);
	}
	const known = knownDetails[detail];
	if (known) return known(locale);
	return detail
		.split('; ')
		.map((part) => knownDetails[part]?.(locale) ?? part)
		.join('; ');
}

/** The fixed sentences the import writes: known report gaps and row corrections. */
const knownDetails: Record<string, (locale: Locale) => string> = {
	"Chad's MINUSMA troop contingent (about 1,400) is missing from this report": (locale) =>
		m.stats_finding_chad_minusma({}, { locale }),
	'UNVMC Individual Police row printed as "Democratic Republic of the Congo (DRC)", counted as the Dominican Republic as in the neighbouring months':
		(locale) => m.stats_finding_unvmc_dominican({}, { locale })
};
