import { z } from 'zod';
import { apiTokenNameSchema } from '../lib/server/auth/schemas';
import { emailSchema } from '../lib/server/people/schemas';

export const tokenCreateArgsSchema = z.object({
	email: emailSchema,
	name: apiTokenNameSchema.shape.name.default('CLI')
});

export const fileArgSchema = z.string().trim().min(1);
