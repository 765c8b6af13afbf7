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

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month (YYYY-MM) as people write it: "julio de 2025", "July 2025"; never shifted by a zone. */
export function formatMonth(yearMonth: string, locale: string): string {
	if (!/^\d{4}-\d{2}$/.test(yearMonth)) return yearMonth;
	let format = monthFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
		monthFormats.set(locale, format);
	}
	return format.format(new Date(`${yearMonth}-01T00:00:00Z`));
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A share given in percent (8.1 means 8.1 %), with the language's sign and spacing: "8,1 %". */
export function formatPercent(percent: number, locale: string): string {
	let format = percentFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
		percentFormats.set(locale, format);
	}
	return format.format(percent / 100);
}

/** A file size in the reader's language, in kB or MB. */
export function formatSize(bytes: number, locale: string): string {
	const megabytes = bytes >= 1024 * 1024;
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: megabytes ? 'megabyte' : 'kilobyte',
		unitDisplay: 'short',
		maximumFractionDigits: megabytes ? 1 : 0
	}).format(Math.max(1, megabytes ? bytes / (1024 * 1024) : bytes / 1024));
}
