import { z } from 'zod';
import { NotFoundError } from '../errors';

/** An id in an address that is not a UUID names nothing: not found, never a server error. */
export function recordId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
