import { translate } from '$lib/i18n/translate';
import type { DomainError } from '../errors';

/**
 * A refusal as one plain sentence for answers that are not pages or problem+json (feeds,
 * downloads): the reason, then what is wrong with each input that was refused.
 */
export function domainErrorText(e: DomainError): string {
	const fields = e.fieldErrors.map((f) => `${f.path}: ${f.message}`);
	return [translate(e.messageKey), ...fields].join(' ');
}
