import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, locales } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { changePassword } from '$lib/server/auth/change-password';
import { createApiToken } from '$lib/server/auth/create-api-token';
import { formatDateTime } from '$lib/server/auth/date-time';
import { disableTotp } from '$lib/server/auth/disable-totp';
import { formFailure } from '$lib/server/forms/form-failure';
import { formText, namedFormValues } from '$lib/server/forms/form-input';
import { getAccount } from '$lib/server/auth/get-account';
import { listApiTokens } from '$lib/server/auth/list-api-tokens';
import { revokeApiToken } from '$lib/server/auth/revoke-api-token';
import {
	apiTokenIdSchema,
	apiTokenNameSchema,
	changePasswordSchema,
	disableTotpSchema,
	preferencesSchema
} from '$lib/server/auth/schemas';
import { setLocaleCookie } from '$lib/server/auth/session-cookie';
import { updatePreferences } from '$lib/server/auth/update-preferences';
import { zoneChoices } from '$lib/server/time/zones';
import type { Actions, PageServerLoad } from './$types';

const savedMessages = {
	preferences: () => m.auth_preferences_saved(),
	totp: () => m.auth_totp_enabled_notice()
} as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, '/login?next=/account');
	const locale = getLocale();
	const account = await getAccount(locals.ctx, locale);
	const tokens = await listApiTokens(locals.ctx);
	const saved = url.searchParams.get('saved');
	return {
		account,
		tokens: tokens.map((token) => ({
			id: token.id,
			name: token.name,
			createdAt: formatDateTime(token.createdAt, locale, account.timeZone),
			lastUsedAt: token.lastUsedAt
				? formatDateTime(token.lastUsedAt, locale, account.timeZone)
				: null
		})),
		locales: [...locales],
		// The region's zones by city; a zone saved earlier that the list lacks stays listed.
		timeZones: [
			{ value: 'UTC', label: 'UTC' },
			...zoneChoices(
				locale,
				account.timeZone === 'UTC' ? undefined : (account.timeZone ?? undefined)
			)
		],
		saved:
			saved && saved in savedMessages ? savedMessages[saved as keyof typeof savedMessages]() : null
	};
};

function succeeded(
	form: string,
	success: string,
	created: { name: string; token: string } | null = null
) {
	return { form, success, created };
}

export const actions: Actions = {
	password: async ({ request, locals }) => {
		const data = await request.formData();
		try {
			const input = parseInput(changePasswordSchema, {
				currentPassword: formText(data, 'currentPassword'),
				password: formText(data, 'password'),
				passwordConfirm: formText(data, 'passwordConfirm')
			});
			await changePassword(locals.ctx, { ...input, sessionHash: locals.sessionHash });
		} catch (error) {
			return formFailure<Record<string, string>>(error, {}, { form: 'password' });
		}
		return succeeded('password', m.auth_password_changed());
	},

	disableTotp: async ({ request, locals }) => {
		const data = await request.formData();
		try {
			const input = parseInput(disableTotpSchema, {
				currentPassword: formText(data, 'currentPassword')
			});
			await disableTotp(locals.ctx, input);
		} catch (error) {
			return formFailure<Record<string, string>>(error, {}, { form: 'totp' });
		}
		return succeeded('totp', m.auth_totp_disabled_notice());
	},

	preferences: async ({ request, locals, cookies, url }) => {
		const data = await request.formData();
		const values = namedFormValues(data, ['locale', 'timeZone']);
		let input;
		try {
			input = parseInput(preferencesSchema, values);
			await updatePreferences(locals.ctx, input);
		} catch (error) {
			return formFailure(error, values, { form: 'preferences' });
		}
		if (input.locale) setLocaleCookie(cookies, input.locale, url.protocol === 'https:');
		// A new page, so that a new language applies to all of it.
		redirect(303, '/account?saved=preferences');
	},

	createToken: async ({ request, locals }) => {
		const data = await request.formData();
		const values = namedFormValues(data, ['name']);
		try {
			const input = parseInput(apiTokenNameSchema, values);
			const { token } = await createApiToken(locals.ctx.db, locals.ctx.actor, input.name);
			return succeeded('token', m.auth_token_created(), { name: input.name, token });
		} catch (error) {
			return formFailure(error, values, { form: 'token' });
		}
	},

	revokeToken: async ({ request, locals }) => {
		const data = await request.formData();
		try {
			const input = parseInput(apiTokenIdSchema, { id: formText(data, 'id') });
			await revokeApiToken(locals.ctx, input.id);
		} catch (error) {
			return formFailure<Record<string, string>>(error, {}, { form: 'revoke' });
		}
		return succeeded('revoke', m.auth_token_revoked());
	}
};
