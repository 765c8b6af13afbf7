import { formatDate } from '$lib/i18n/format';
import { translate, type Locale } from '$lib/i18n/translate';
import type { ConsolidatedView } from './schemas';

/** Labels of the downloadable formats, in the reader's language. */
export function labels(locale: Locale) {
	const t = (key: string, params?: Record<string, unknown>) => translate(key, params, locale);
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const number = new Intl.NumberFormat(locale);
	return {
		t,
		kind: (kind: string) => t(`rep_kind_${kind}`),
		status: (status: string) => t(`rep_status_${status}`),
		availability: (availability: string) => t(`rep_avail_${availability}`),
		level: (level: string) => t(`releasability_${level}`),
		date: (day: string | null) => (day ? formatDate(day, locale) : '—'),
		percent: (share: number | null) => (share === null ? '—' : percent.format(share)),
		number: (value: number) => number.format(value),
		period: (view: ConsolidatedView) =>
			t('rep_period_value', {
				from: formatDate(view.cycle.periodFrom, locale),
				to: formatDate(view.cycle.periodTo, locale)
			})
	};
}

/** A file name safe on every system: the cycle title reduced to letters, digits and dashes. */
export function consolidatedFilename(view: ConsolidatedView, extension: string): string {
	const base = view.cycle.title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'report'}-${view.cycle.dueOn}.${extension}`;
}
