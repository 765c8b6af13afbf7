import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseInput } from '$lib/server/api/validation';
import {
	isAdminSetupUsable,
	unsafeCompleteAdminSetup
} from '$lib/server/auth/complete-admin-setup';
import { enrollmentPath } from '$lib/server/auth/enrollment-guard';
import { formFailure, refuseForm } from '$lib/server/forms/form-failure';
import { formText, namedFormValues } from '$lib/server/forms/form-input';
import { adminSetupSchema } from '$lib/server/auth/schemas';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { signOut } from '$lib/server/auth/sign-out';
import { NotFoundError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!(await isAdminSetupUsable(locals.ctx.db, params.token))) {
		error(404, m.auth_setup_link_invalid());
	}
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const data = await request.formData();
		const values = namedFormValues(data, ['email', 'name']);
		let created;
		try {
			const input = parseInput(adminSetupSchema, {
				email: formText(data, 'email'),
				name: formText(data, 'name'),
				password: formText(data, 'password'),
				passwordConfirm: formText(data, 'passwordConfirm')
			});
			created = await unsafeCompleteAdminSetup(locals.ctx.db, { ...input, token: params.token });
		} catch (failure) {
			if (failure instanceof NotFoundError) {
				return refuseForm(404, values, m.auth_setup_link_invalid(), {}, 'setup');
			}
			return formFailure(failure, values, { form: 'setup' });
		}
		await signOut(locals.ctx.db, locals.sessionHash);
		setSessionCookie(cookies, created.sessionToken, url.protocol === 'https:');
		redirect(303, enrollmentPath);
	}
};
