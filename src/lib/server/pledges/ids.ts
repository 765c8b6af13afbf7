import { z } from 'zod';
import { NotFoundError } from '../errors';

/** An address segment that is not a UUID cannot name a pledge or a contingent. */
export function recordId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
