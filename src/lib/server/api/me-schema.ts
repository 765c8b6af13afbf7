import { z } from 'zod';

export const meSchema = z.object({
	authenticated: z.boolean(),
	user: z
		.object({
			id: z.uuid(),
			email: z.string(),
			name: z.string(),
			isAdmin: z.boolean(),
			role: z.enum(['focal_point', 'editor', 'viewer']).nullable(),
			participant: z
				.object({
					code: z.string(),
					network: z.string(),
					status: z.enum(['member', 'observer', 'partner'])
				})
				.nullable(),
			secondFactor: z.boolean()
		})
		.nullable()
});
export type MeView = z.infer<typeof meSchema>;
