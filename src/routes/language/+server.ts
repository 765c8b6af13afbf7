import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/translate';
import { cookieName } from '$lib/paraglide/runtime';

/** Works without JavaScript: a plain form post sets the language cookie and returns to the page. */
export async function POST({ request, cookies, url }) {
	const form = await request.formData();
	const locale = form.get('locale');
	const back = String(form.get('redirectTo') ?? '/');
	const target = back.startsWith('/') && !back.startsWith('//') ? back : '/';
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 365 * 24 * 3600
		});
	}
	redirect(303, target);
}
