import { DateTime } from 'luxon';
import { isTimeZone } from '../auth/schemas';

/** The viewer's time zone, or UTC when none is chosen or it is not a real zone. */
export function viewerZone(timeZone: string | null | undefined): string {
	return timeZone && isTimeZone(timeZone) ? timeZone : 'UTC';
}

/** A form's `datetime-local` value, read in `zone`, as an ISO date-time with its offset. */
export function localInputToIso(value: string, zone: string): string | null {
	if (!value) return null;
	const moment = DateTime.fromISO(value, { zone });
	return moment.isValid ? moment.toISO({ suppressMilliseconds: true }) : null;
}

/** A moment as a `datetime-local` value in `zone`. */
export function isoToLocalInput(moment: Date, zone: string): string {
	return DateTime.fromJSDate(moment, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}
