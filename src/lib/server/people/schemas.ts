import { z } from 'zod';
import { minPasswordLength } from '../auth/passwords';

export const userRoles = ['focal_point', 'editor', 'viewer'] as const;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().min(minPasswordLength).max(200);

export const newUserSchema = z.discriminatedUnion('admin', [
	z.object({
		admin: z.literal(true),
		email: emailSchema,
		name: z.string().trim().max(200).default(''),
		password: passwordSchema.optional()
	}),
	z.object({
		admin: z.literal(false),
		email: emailSchema,
		name: z.string().trim().max(200).default(''),
		network: z.string().min(1),
		participant: z.string().min(1),
		role: z.enum(userRoles),
		password: passwordSchema.optional()
	})
]);
export type NewUserInput = z.infer<typeof newUserSchema>;
