import { redirect } from '@sveltejs/kit';
import { parseInput } from '$lib/server/api/validation';
import { confirmTotpEnrollment } from '$lib/server/auth/confirm-totp-enrollment';
import { formFailure } from '$lib/server/forms/form-failure';
import { formText } from '$lib/server/forms/form-input';
import { totpCodeSchema } from '$lib/server/auth/schemas';
import { startTotpEnrollment } from '$lib/server/auth/start-totp-enrollment';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) redirect(303, '/login?next=/account/two-factor');
	if (user.totpEnabledAt) redirect(303, '/account');
	return { enrollment: await startTotpEnrollment(locals.ctx), required: user.isAdmin };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		try {
			const input = parseInput(totpCodeSchema, { code: formText(data, 'code') });
			await confirmTotpEnrollment(locals.ctx, { ...input, sessionHash: locals.sessionHash });
		} catch (error) {
			return formFailure<Record<string, string>>(error, {}, { form: 'enroll' });
		}
		redirect(303, '/account?saved=totp');
	}
};
