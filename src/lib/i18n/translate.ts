import * as messages from '$lib/paraglide/messages';
import { getLocale, locales } from '$lib/paraglide/runtime';

export type Locale = (typeof locales)[number];

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const table = messages as unknown as Record<string, MessageFn | undefined>;

/**
 * Translates a message key, for keys chosen at run time (error keys, enum labels). Anything that
 * is not a key is returned as it is, so plain text passes through.
 */
export function translate(key: string, params?: Record<string, unknown>, locale?: Locale): string {
	const fn = table[key];
	if (typeof fn !== 'function') return key;
	return fn(params ?? {}, { locale: locale ?? getLocale() });
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
