import { baseLocale } from '$lib/paraglide/runtime';
import { isLocale, type Locale } from '$lib/i18n/translate';

/** Mail goes out in the recipient's chosen language, else the network's base language. */
export function mailLocale(user: { locale: string | null }): Locale {
	return isLocale(user.locale) ? user.locale : baseLocale;
}
