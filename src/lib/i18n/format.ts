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

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the reader's separators; formatters are kept, as making one costs far more. */
export function formatNumber(value: number, locale: string): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale);
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The platform's date-and-time format in a language and zone, with the zone's short name. */
export function dateTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}`;
	let format = dateTimeFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZone,
			timeZoneName: 'short'
		});
		dateTimeFormats.set(key, format);
	}
	return format;
}
