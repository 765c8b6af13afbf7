import { DateTime, IANAZone } from 'luxon';

export function isIanaZone(zone: string): boolean {
	return zone !== '' && IANAZone.isValidZone(zone);
}

const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isLocalDateTime(value: string): boolean {
	return localPattern.test(value) && DateTime.fromISO(value).isValid;
}

export function isIsoDate(value: string): boolean {
	return datePattern.test(value) && DateTime.fromISO(value).isValid;
}

/**
 * A wall-clock time in a zone as an instant. Null when that wall-clock time does not exist there
 * (skipped by a daylight-saving change), rather than silently moving it.
 */
export function localToInstant(value: string, zone: string): Date | null {
	const parsed = DateTime.fromISO(value, { zone });
	if (!parsed.isValid) return null;
	const wanted = value.length === 16 ? `${value}:00` : value;
	if (parsed.toFormat("yyyy-MM-dd'T'HH:mm:ss") !== wanted) return null;
	return parsed.toJSDate();
}

/** An instant as the wall-clock time of a zone, `YYYY-MM-DDTHH:mm`. */
export function instantToLocal(instant: Date, zone: string): string {
	return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

export function instantToDay(instant: Date, zone: string): string {
	return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}

/** The day after an ISO date: iCalendar all-day ends are exclusive. */
export function nextDay(isoDate: string): string {
	return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? isoDate;
}

/** Today in a zone, `YYYY-MM-DD`. */
export function todayIn(zone: string, now: Date = new Date()): string {
	return DateTime.fromJSDate(now, { zone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/** Today in UTC: the day the Presidency term in force is looked up for, as in the database. */
export function todayUtc(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

export interface EventTimes {
	allDay: boolean;
	startsAt: Date | null;
	endsAt: Date | null;
	startsOn: string;
	endsOn: string;
}

/**
 * The stored form of validated start and end values: instants and local days for timed events
 * (wall-clock times in `zone`), local days only for all-day events (end day inclusive).
 */
export function resolveTimes(
	allDay: boolean,
	start: string,
	end: string,
	zone: string
): EventTimes {
	if (allDay) return { allDay, startsAt: null, endsAt: null, startsOn: start, endsOn: end };
	const startsAt = localToInstant(start, zone)!;
	const endsAt = localToInstant(end, zone)!;
	return {
		allDay,
		startsAt,
		endsAt,
		startsOn: instantToDay(startsAt, zone),
		endsOn: instantToDay(endsAt, zone)
	};
}

/** An offset in minutes as `+HHMM`, as iCalendar writes it. */
function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function icsLocal(ms: number, offsetMinutes: number): string {
	return DateTime.fromMillis(ms + offsetMinutes * 60_000, { zone: 'UTC' }).toFormat(
		"yyyyLLdd'T'HHmmss"
	);
}

/** The exact instant (to the second) between `lo` and `hi` at which the zone's offset changes. */
function findTransition(zone: IANAZone, lo: number, hi: number): number {
	const before = zone.offset(lo);
	while (hi - lo > 1000) {
		const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
		if (zone.offset(mid) === before) lo = mid;
		else hi = mid;
	}
	return hi;
}

/**
 * A VTIMEZONE for `zoneName` that is exact for the years `fromYear`–`toYear`, built from the
 * time-zone database the runtime carries. Each offset change in those years becomes its own
 * observance with the real date, so past rules stay right (packaged VTIMEZONE data carries only
 * a zone's current rule: Paraguay, for one, dropped daylight saving time in 2024).
 */
export function buildVtimezone(zoneName: string, fromYear: number, toYear: number): string | null {
	if (!isIanaZone(zoneName)) return null;
	const zone = IANAZone.create(zoneName);
	const startMs = Date.UTC(fromYear, 0, 1);
	const endMs = Date.UTC(toYear + 1, 0, 1);
	const name = (ms: number) =>
		zone.offsetName(ms, { format: 'short', locale: 'en-US' }) ?? zoneName;
	const standardOffset = (ms: number) => {
		const year = new Date(ms).getUTCFullYear();
		return Math.min(zone.offset(Date.UTC(year, 0, 1)), zone.offset(Date.UTC(year, 6, 1)));
	};
	const observance = (ms: number, from: number, to: number) => {
		const kind = to > standardOffset(ms) ? 'DAYLIGHT' : 'STANDARD';
		return [
			`BEGIN:${kind}`,
			`DTSTART:${icsLocal(ms, from)}`,
			`TZOFFSETFROM:${offsetText(from)}`,
			`TZOFFSETTO:${offsetText(to)}`,
			`TZNAME:${name(ms)}`,
			`END:${kind}`
		];
	};
	const first = zone.offset(startMs);
	const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneName}`, ...observance(startMs, first, first)];
	const step = 12 * 3600_000;
	let previous = first;
	for (let t = startMs + step; t <= endMs; t += step) {
		const current = zone.offset(t);
		if (current === previous) continue;
		const at = findTransition(zone, t - step, t);
		lines.push(...observance(at, previous, current));
		previous = current;
	}
	lines.push('END:VTIMEZONE');
	return lines.join('\r\n');
}
