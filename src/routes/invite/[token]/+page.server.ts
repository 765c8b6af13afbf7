import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { minPasswordLength } from '$lib/server/auth/passwords';
import { NotFoundError } from '$lib/server/errors';
import { formFailure } from '$lib/server/forms/form-failure';
import { acceptInvitation } from '$lib/server/people/accept-invitation';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getInvitation } from '$lib/server/people/get-invitation';
import { acceptInvitationSchema } from '$lib/server/people/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		return { invitation: await getInvitation(locals.ctx, params.token), minPasswordLength };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, translate('people_invitation_not_found'));
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ locals, params, request, cookies, url }) => {
		const form = await request.formData();
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		// Passwords are never sent back to the page.
		const values = { name: field('name') };
		try {
			const input = parseInput(acceptInvitationSchema, {
				name: values.name,
				password: field('password'),
				passwordConfirm: field('passwordConfirm')
			});
			const { sessionToken } = await acceptInvitation(locals.ctx, params.token, input);
			setSessionCookie(cookies, sessionToken, url.protocol === 'https:');
		} catch (e) {
			if (e instanceof NotFoundError) error(404, translate('people_invitation_not_found'));
			return formFailure(e, values);
		}
		// Signed in: the desk says what to do first.
		redirect(303, '/');
	}
};
