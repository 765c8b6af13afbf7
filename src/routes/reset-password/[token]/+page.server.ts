import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseInput } from '$lib/server/api/validation';
import { formFailure } from '$lib/server/forms/form-failure';
import { formText } from '$lib/server/forms/form-input';
import { isPasswordResetUsable, resetPassword } from '$lib/server/auth/reset-password';
import { resetPasswordSchema } from '$lib/server/auth/schemas';
import { clearSessionCookie } from '$lib/server/auth/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!(await isPasswordResetUsable(locals.ctx.db, params.token))) {
		error(404, m.auth_reset_link_invalid());
	}
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const data = await request.formData();
		try {
			const input = parseInput(resetPasswordSchema, {
				password: formText(data, 'password'),
				passwordConfirm: formText(data, 'passwordConfirm')
			});
			await resetPassword(locals.ctx.db, { ...input, token: params.token });
		} catch (failure) {
			return formFailure<Record<string, string>>(failure, {}, { form: 'reset' });
		}
		clearSessionCookie(cookies);
		redirect(303, '/login?reset=1');
	}
};
