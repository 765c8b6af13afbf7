const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) in the reader's language; never shifted by a time zone. */
export function formatDate(isoDate: string, locale: string): string {
	let format = dateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		dateFormats.set(locale, format);
	}
	return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
