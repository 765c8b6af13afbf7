import { z } from 'zod';

export const outboxPageSize = 50;

export const outboxPageQuerySchema = z.object({
	limit: z.coerce.number().int().min(1).max(200).default(outboxPageSize),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type OutboxPageQuery = z.infer<typeof outboxPageQuerySchema>;
