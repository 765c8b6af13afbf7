import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/i18n/translate';
import { ValidationError } from '../errors';

const zodLocales = {
	es: z.locales.es,
	en: z.locales.en,
	pt: z.locales.pt,
	fr: z.locales.fr
} as const;

/** Parses with messages in the request's language; custom messages are message keys. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
	const locale = getLocale();
	const result = schema.safeParse(data, { error: zodLocales[locale]().localeError });
	if (result.success) return result.data;
	throw new ValidationError(
		result.error.issues.map((issue) => ({
			path: issue.path.map(String).join('.'),
			message: translate(issue.message)
		})),
		translate('error_validation')
	);
}
