import { z } from 'zod';
import { NotFoundError } from '../errors';

/** An id from an address: anything but a UUID names no record. */
export function recordId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
