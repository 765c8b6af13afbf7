import { z } from 'zod';
import { NotFoundError } from '../errors';

/** An id in an address that is not a UUID names nothing: 404, like a record the caller cannot see. */
export function idParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
