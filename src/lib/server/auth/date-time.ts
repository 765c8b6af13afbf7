import { isTimeZone } from './schemas';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the reader's language and time zone (UTC when none is chosen). */
export function formatDateTime(date: Date, locale: string, timeZone: string | null): string {
	const zone = timeZone && isTimeZone(timeZone) ? timeZone : 'UTC';
	const key = `${locale}|${zone}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: zone,
			timeZoneName: 'short'
		});
		formats.set(key, format);
	}
	return format.format(date);
}
