import { dateTimeFormat, formatDate } from '$lib/i18n/format';

interface Timing {
	allDay: boolean;
	startsAt: string | null;
	endsAt: string | null;
	startsOn: string;
	endsOn: string;
	timeZone: string;
}

function range(start: Date, end: Date, locale: string, timeZone: string): string {
	return dateTimeFormat(locale, timeZone).formatRange(start, end);
}

/**
 * When an event happens, in the viewer's time zone (or the event's when the viewer has none), and
 * again in the event's own zone when that differs. All-day events are days, the same everywhere.
 */
export function describeWhen(
	event: Timing,
	locale: string,
	viewerZone: string | null
): { text: string; local: string | null } {
	if (event.allDay || !event.startsAt || !event.endsAt) {
		const first = formatDate(event.startsOn, locale);
		const text =
			event.startsOn === event.endsOn ? first : `${first} – ${formatDate(event.endsOn, locale)}`;
		return { text, local: null };
	}
	const start = new Date(event.startsAt);
	const end = new Date(event.endsAt);
	const zone = viewerZone ?? event.timeZone;
	const text = range(start, end, locale, zone);
	const local = zone === event.timeZone ? null : range(start, end, locale, event.timeZone);
	return { text, local };
}

/** Days of a month grid, Monday first, padded with null before the 1st and after the last day. */
export function monthWeeks(month: string): (string | null)[][] {
	const [year, mon] = month.split('-').map(Number) as [number, number];
	const first = new Date(Date.UTC(year, mon - 1, 1));
	const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const cells: (string | null)[] = Array.from({ length: lead }, () => null);
	for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

const weekdays = new Map<string, { short: string; long: string }[]>();

/** Weekday names, Monday first, in the reader's language. */
export function weekdayNames(locale: string): { short: string; long: string }[] {
	let names = weekdays.get(locale);
	if (!names) {
		const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
		const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
		// 2024-01-01 was a Monday.
		names = Array.from({ length: 7 }, (_, i) => {
			const day = new Date(Date.UTC(2024, 0, 1 + i));
			return { short: short.format(day), long: long.format(day) };
		});
		weekdays.set(locale, names);
	}
	return names;
}

export function monthName(month: string, locale: string): string {
	const [year, mon] = month.split('-').map(Number) as [number, number];
	return new Intl.DateTimeFormat(locale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, mon - 1, 1)));
}

export function shiftMonth(month: string, delta: number): string {
	const [year, mon] = month.split('-').map(Number) as [number, number];
	const date = new Date(Date.UTC(year, mon - 1 + delta, 1));
	return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
