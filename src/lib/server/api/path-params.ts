import { z } from 'zod';
import { NotFoundError } from '../errors';

/** An id in an address: what is not a UUID names no record, so it is not found. */
export function uuidParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
