import { dateTimeFormat } from '$lib/i18n/format';
import { isTimeZone } from './schemas';

/** A moment in the reader's language and time zone (UTC when none is chosen). */
export function formatDateTime(date: Date, locale: string, timeZone: string | null): string {
	const zone = timeZone && isTimeZone(timeZone) ? timeZone : 'UTC';
	return dateTimeFormat(locale, zone).format(date);
}
