import { parseInput } from '$lib/server/api/validation';
import { formFailure } from '$lib/server/forms/form-failure';
import { formText, namedFormValues } from '$lib/server/forms/form-input';
import { requestPasswordReset } from '$lib/server/auth/request-password-reset';
import { forgotPasswordSchema } from '$lib/server/auth/schemas';
import { publicOrigin } from '$lib/server/runtime';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const values = namedFormValues(data, ['email']);
		let input;
		try {
			input = parseInput(forgotPasswordSchema, { email: formText(data, 'email') });
		} catch (error) {
			return formFailure(error, values, { form: 'forgot' });
		}
		// The link is built from the configured origin, never from the request's Host header.
		await requestPasswordReset(locals.ctx.db, { email: input.email, origin: publicOrigin() });
		return { sent: true };
	}
};
