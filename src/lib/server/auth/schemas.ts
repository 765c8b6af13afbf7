import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';
import { passwordSchema } from '../people/schemas';

/** An address as people type it: spaces around it and capitals do not matter. */
export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email('auth_email_invalid').max(254, 'auth_email_invalid'));

const newPasswordFields = {
	password: passwordSchema,
	passwordConfirm: z.string().max(200)
};

function passwordsMatch(
	value: { password: string; passwordConfirm: string },
	issue: z.core.$RefinementCtx
) {
	if (value.password !== value.passwordConfirm) {
		issue.addIssue({
			code: 'custom',
			path: ['passwordConfirm'],
			message: 'auth_passwords_differ'
		});
	}
}

export const signInSchema = z.object({
	email: z.string().trim().min(1, 'auth_email_required').max(254),
	password: z.string().min(1, 'auth_password_required').max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

export const totpCodeSchema = z.object({
	code: z
		.string()
		.transform((value) => value.replace(/\s+/g, ''))
		.pipe(z.string().regex(/^\d{6}$/, 'auth_totp_code_format'))
});
export type TotpCodeInput = z.infer<typeof totpCodeSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object(newPasswordFields).superRefine(passwordsMatch);
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const adminSetupSchema = z
	.object({
		email: emailSchema,
		name: z.string().trim().min(1, 'auth_name_required').max(200),
		...newPasswordFields
	})
	.superRefine(passwordsMatch);
export type AdminSetupInput = z.infer<typeof adminSetupSchema>;

export const changePasswordSchema = z
	.object({
		currentPassword: z.string().min(1, 'auth_password_required').max(200),
		...newPasswordFields
	})
	.superRefine(passwordsMatch);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const disableTotpSchema = z.object({
	currentPassword: z.string().min(1, 'auth_password_required').max(200)
});
export type DisableTotpInput = z.infer<typeof disableTotpSchema>;

/** IANA zones as the runtime knows them; UTC is listed apart because Intl leaves it out. */
export function isTimeZone(value: string): boolean {
	return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

export const preferencesSchema = z.object({
	locale: z
		.string()
		.transform((value) => value || null)
		.pipe(z.enum(locales).nullable()),
	timeZone: z
		.string()
		.trim()
		.transform((value) => value || null)
		.pipe(z.string().refine(isTimeZone, 'auth_time_zone_invalid').nullable())
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

export const apiTokenNameSchema = z.object({
	name: z.string().trim().min(1, 'auth_token_name_required').max(100)
});
export type ApiTokenNameInput = z.infer<typeof apiTokenNameSchema>;

export const apiTokenIdSchema = z.object({ id: z.uuid() });
