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

export const personLocales = ['es', 'en', 'pt', 'fr'] as const;

/** What the invite form offers: a role in a participant, or administrator of the installation. */
export const inviteRoles = [...userRoles, 'admin'] as const;

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const invitePersonSchema = z
	.object({
		email: emailSchema,
		name: z.string().trim().min(1, 'people_name_required').max(200),
		role: z.enum(inviteRoles, 'people_role_invalid'),
		participantId: z.preprocess(blankToUndefined, z.uuid('people_participant_required').optional()),
		locale: z.enum(personLocales, 'people_locale_invalid')
	})
	.superRefine((value, issue) => {
		if (value.role !== 'admin' && !value.participantId) {
			issue.addIssue({
				code: 'custom',
				path: ['participantId'],
				message: 'people_participant_required'
			});
		}
		if (value.role === 'admin' && value.participantId) {
			issue.addIssue({
				code: 'custom',
				path: ['participantId'],
				message: 'people_admin_no_participant'
			});
		}
	});
export type InvitePersonInput = z.infer<typeof invitePersonSchema>;

export const personIdSchema = z.object({ personId: z.uuid('error_not_found') });

export const changeRoleSchema = personIdSchema.extend({
	role: z.enum(userRoles, 'people_role_invalid')
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const listPeopleQuerySchema = z.object({
	network: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
	participant: z.preprocess(blankToUndefined, z.uuid().optional())
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuerySchema>;

export const acceptInvitationSchema = z
	.object({
		name: z.string().trim().min(1, 'people_name_required').max(200),
		password: passwordSchema,
		passwordConfirm: z.string().max(200)
	})
	.refine((value) => value.password === value.passwordConfirm, {
		path: ['passwordConfirm'],
		message: 'people_password_mismatch'
	});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
