import { translate } from '$lib/i18n/translate';

/** Labels of the reports area for values chosen at run time. */
export const kindLabel = (kind: string) => translate(`rep_kind_${kind}`);
export const statusLabel = (status: string) => translate(`rep_status_${status}`);
export const availabilityLabel = (availability: string) => translate(`rep_avail_${availability}`);
