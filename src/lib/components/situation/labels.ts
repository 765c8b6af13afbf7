import { m } from '$lib/paraglide/messages';

export const severities = ['info', 'advisory', 'warning', 'critical'] as const;
export const categories = [
	'security',
	'humanitarian',
	'political',
	'logistics',
	'health',
	'environment',
	'other'
] as const;

const severityLabels: Record<(typeof severities)[number], () => string> = {
	info: m.sit_severity_info,
	advisory: m.sit_severity_advisory,
	warning: m.sit_severity_warning,
	critical: m.sit_severity_critical
};

const categoryLabels: Record<(typeof categories)[number], () => string> = {
	security: m.sit_category_security,
	humanitarian: m.sit_category_humanitarian,
	political: m.sit_category_political,
	logistics: m.sit_category_logistics,
	health: m.sit_category_health,
	environment: m.sit_category_environment,
	other: m.sit_category_other
};

export function severityLabel(severity: string): string {
	return severityLabels[severity as (typeof severities)[number]]?.() ?? severity;
}

export function categoryLabel(category: string): string {
	return categoryLabels[category as (typeof categories)[number]]?.() ?? category;
}

/** What the browser offers first when a file is attached to a note; the server checks the bytes. */
export const attachmentAccept = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';
