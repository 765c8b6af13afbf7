import { z } from 'zod';
import { NotFoundError } from '../errors';

/** A path segment that is not a UUID cannot name a webhook. */
export function webhookIdParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}
