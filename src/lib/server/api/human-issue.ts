import type { z } from 'zod';
import { translate, type Locale } from '$lib/i18n/translate';

type RawIssue = z.core.$ZodRawIssue;

const isEmpty = (input: unknown) =>
	input === undefined ||
	input === null ||
	(typeof input === 'string' && input.trim() === '') ||
	(Array.isArray(input) && input.length === 0);

const formatKeys: Partial<Record<string, string>> = {
	email: 'form_email',
	url: 'form_url',
	date: 'form_date',
	datetime: 'form_date_time',
	time: 'form_time',
	uuid: 'form_from_list',
	guid: 'form_from_list'
};

/**
 * The message key and parameters for one schema problem. People read these next to a field, so
 * each says what to do, never what the schema expected.
 */
export function humanIssueKey(issue: RawIssue): { key: string; params?: Record<string, unknown> } {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.expected === 'array') return { key: 'form_choose_at_least_one' };
			if (isEmpty(issue.input)) return { key: 'form_required' };
			if (issue.expected === 'number' || issue.expected === 'nan') return { key: 'form_number' };
			if (issue.expected === 'int') return { key: 'form_whole_number' };
			if (issue.expected === 'boolean') return { key: 'form_yes_no' };
			if (issue.expected === 'date') return { key: 'form_date' };
			return { key: 'form_invalid' };
		}
		case 'invalid_value':
			return { key: 'form_choose' };
		case 'too_small': {
			const n = Number(issue.minimum);
			if (issue.origin === 'string') {
				if (n <= 1 || isEmpty(issue.input)) return { key: 'form_required' };
				return { key: issue.exact ? 'form_text_exact' : 'form_text_min', params: { n } };
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return n <= 1
					? { key: 'form_choose_at_least_one' }
					: { key: 'form_choose_at_least', params: { n } };
			}
			if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
				return {
					key: issue.inclusive === false ? 'form_number_above' : 'form_number_min',
					params: { n }
				};
			}
			return { key: 'form_invalid' };
		}
		case 'too_big': {
			const n = Number(issue.maximum);
			if (issue.origin === 'string')
				return { key: issue.exact ? 'form_text_exact' : 'form_text_max', params: { n } };
			if (issue.origin === 'array' || issue.origin === 'set')
				return { key: 'form_choose_at_most', params: { n } };
			if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
				return {
					key: issue.inclusive === false ? 'form_number_below' : 'form_number_max',
					params: { n }
				};
			}
			return { key: 'form_invalid' };
		}
		case 'invalid_format': {
			if (isEmpty(issue.input)) return { key: 'form_required' };
			return { key: formatKeys[issue.format] ?? 'form_pattern' };
		}
		case 'not_multiple_of':
			return { key: issue.divisor === 1 ? 'form_whole_number' : 'form_invalid' };
		case 'unrecognized_keys':
			return { key: 'form_unknown_fields', params: { keys: issue.keys.join(', ') } };
		case 'custom':
		case 'invalid_union':
		case 'invalid_key':
		case 'invalid_element':
			return { key: isEmpty(issue.input) ? 'form_required' : 'form_invalid' };
	}
}

/** A Zod error map that answers in the reader's language. */
export function humanErrorMap(locale: Locale) {
	return (issue: RawIssue): string => {
		// A value that fits no branch of a union is best explained by the closest branch.
		if (issue.code === 'invalid_union' && issue.errors.length > 0 && !isEmpty(issue.input)) {
			const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]?.[0];
			if (closest) return closest.message;
		}
		const { key, params } = humanIssueKey(issue);
		return translate(key, params, locale);
	};
}
