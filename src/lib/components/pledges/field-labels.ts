import { m } from '$lib/paraglide/messages';

const labels: Record<string, () => string> = {
	unitType: m.pledge_field_unit_type,
	title: m.pledge_field_title,
	female: m.pledge_field_female,
	male: m.pledge_field_male,
	readinessLevel: m.pledge_field_level,
	availableFrom: m.pledge_field_available_from,
	availableUntil: m.pledge_field_available_until,
	assessmentVisitOn: m.pledge_field_assessment_visit,
	assessmentReport: m.pledge_field_assessment_report,
	verificationVisitOn: m.pledge_field_verification_visit,
	equipment: m.pledge_section_equipment,
	selfSustainment: m.pledge_section_sustainment,
	languages: m.pledge_field_languages,
	notes: m.pledge_field_notes,
	releasability: m.releasability_label
};

/** The name of a changed field in a pledge's history, in the reader's language. */
export function fieldLabel(field: string): string {
	return labels[field]?.() ?? field;
}
