import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, refuseForm } from '$lib/server/forms/form-failure';
import { formText } from '$lib/server/forms/form-input';
import { safeRedirectTarget } from '$lib/server/auth/safe-redirect';
import { totpCodeSchema } from '$lib/server/auth/schemas';
import { verifySecondFactor } from '$lib/server/auth/verify-second-factor';
import type { Actions, PageServerLoad } from './$types';

const signInAgain = (next: string) => `/login?next=${encodeURIComponent(next)}`;

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeRedirectTarget(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	if (!locals.pendingSecondFactor) redirect(303, signInAgain(next));
	return { next };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const next = safeRedirectTarget(formText(data, 'next'));
		// The hidden field is sent back as checked, never as typed.
		const values = { next };
		let input;
		try {
			input = parseInput(totpCodeSchema, { code: formText(data, 'code') });
		} catch (error) {
			return formFailure(error, values, { form: 'code' });
		}
		const result = await verifySecondFactor(locals.ctx.db, {
			sessionHash: locals.sessionHash,
			code: input.code
		});
		if (result.outcome === 'verified') redirect(303, next);
		if (result.outcome === 'no_session') redirect(303, signInAgain(next));
		if (result.outcome === 'throttled') {
			return refuseForm(429, values, m.auth_throttled(), {}, 'code');
		}
		return refuseForm(
			400,
			values,
			m.auth_totp_code_wrong(),
			{
				code: m.auth_totp_code_wrong()
			},
			'code'
		);
	}
};
