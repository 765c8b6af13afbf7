import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { clientAddress } from '$lib/server/auth/client-address';
import { enrollmentPath } from '$lib/server/auth/enrollment-guard';
import { formFailure, refuseForm } from '$lib/server/forms/form-failure';
import { formText, namedFormValues } from '$lib/server/forms/form-input';
import { safeRedirectTarget } from '$lib/server/auth/safe-redirect';
import { signInSchema } from '$lib/server/auth/schemas';
import { setLocaleCookie, setSessionCookie } from '$lib/server/auth/session-cookie';
import { signIn } from '$lib/server/auth/sign-in';
import { signOut } from '$lib/server/auth/sign-out';
import type { Actions, PageServerLoad } from './$types';

const codeStep = (next: string) => `/login/two-factor?next=${encodeURIComponent(next)}`;

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeRedirectTarget(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	if (locals.pendingSecondFactor) redirect(303, codeStep(next));
	return { next, passwordReset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const data = await request.formData();
		// The hidden field is sent back as checked, never as typed.
		const values = { ...namedFormValues(data, ['email', 'next']) };
		values.next = safeRedirectTarget(values.next);
		let input;
		try {
			input = parseInput(signInSchema, {
				email: formText(data, 'email'),
				password: formText(data, 'password')
			});
		} catch (error) {
			return formFailure(error, values, { form: 'login' });
		}
		const result = await signIn(locals.ctx.db, {
			...input,
			code: formText(data, 'code').slice(0, 20),
			ip: clientAddress(event),
			origin: url.origin
		});
		if (result.outcome === 'throttled') {
			const wait = m.sec_signin_wait({ seconds: result.retryAfterSeconds });
			return refuseForm<Record<string, string>>(
				429,
				{ ...values, askCode: 'yes' },
				`${wait} ${m.sec_signin_with_code()}`,
				{},
				'login'
			);
		}
		if (result.outcome === 'invalid') {
			return refuseForm(400, values, m.auth_invalid_credentials(), {}, 'login');
		}
		// A session from before signing in is not carried over, so it cannot be planted in advance.
		await signOut(locals.ctx.db, locals.sessionHash);
		const secure = url.protocol === 'https:';
		setSessionCookie(cookies, result.token, secure);
		if (isLocale(result.locale)) setLocaleCookie(cookies, result.locale, secure);
		const next = values.next;
		if (result.secondFactor === 'verify') redirect(303, codeStep(next));
		if (result.secondFactor === 'enroll') redirect(303, enrollmentPath);
		redirect(303, next);
	}
};
