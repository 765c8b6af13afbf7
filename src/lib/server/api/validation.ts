import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { translate, type Locale } from '$lib/i18n/translate';
import { ValidationError } from '../errors';
import { humanErrorMap } from './human-issue';

/**
 * Parses with messages a person understands, in the request's language. A schema's own custom
 * messages are message keys and win over the generic sentences.
 */
export function parseInput<S extends z.ZodType>(
	schema: S,
	data: unknown,
	locale: Locale = getLocale()
): z.output<S> {
	const result = schema.safeParse(data, { error: humanErrorMap(locale) });
	if (result.success) return result.data;
	throw new ValidationError(
		result.error.issues.map((issue) => ({
			path: issue.path.map(String).join('.'),
			message: translate(issue.message, undefined, locale)
		})),
		translate('error_validation', undefined, locale)
	);
}
