import { translate, type Locale } from '$lib/i18n/translate';

/**
 * The words of the pledges area, shared by the server's schemas and the pages: the UN's unit
 * types, the PCRS readiness levels (lowest first), the self-sustainment categories of the
 * contingent-owned-equipment manual, the languages a unit may speak, and the UN unit templates
 * a combined contingent may be measured against.
 */
export const unitTypes = [
	'infantry_battalion',
	'engineer_company',
	'level_1_hospital',
	'level_2_hospital',
	'helicopter_unit',
	'formed_police_unit',
	'military_observers',
	'staff_officers',
	'quick_reaction_force',
	'riverine_unit',
	'transport_company',
	'signals',
	'demining',
	'other'
] as const;

export const readinessLevels = ['level_1', 'level_2', 'level_3', 'rapid_deployment'] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];

export const selfSustainmentCategories = [
	'catering',
	'communications',
	'office',
	'electrical',
	'minor_engineering',
	'explosive_ordnance_disposal',
	'laundry_cleaning',
	'tentage',
	'accommodation',
	'fire_fighting',
	'medical',
	'observation',
	'field_defence',
	'welfare'
] as const;

export const unitLanguages = ['es', 'en', 'pt', 'fr', 'ar'] as const;

/**
 * UN unit templates: the smallest strength the UN's manuals set for the unit (all ranks) and the
 * women's share the UN Uniformed Gender Parity Strategy asks of that category by 2028.
 */
export const unitTemplates = {
	infantry_battalion: { minimumPersonnel: 850, femaleShareTarget: 0.15 },
	formed_police_unit: { minimumPersonnel: 140, femaleShareTarget: 0.2 }
} as const;
export type UnitTemplate = keyof typeof unitTemplates;
export const unitTemplateKeys = Object.keys(unitTemplates) as UnitTemplate[];

/** The rank of a level, so levels compare: the lowest readiness is the smallest rank. */
export function readinessRank(level: ReadinessLevel): number {
	return readinessLevels.indexOf(level);
}

export const unitTypeLabel = (type: string, locale?: Locale) =>
	translate(`pledge_unit_${type}`, undefined, locale);
export const readinessLabel = (level: string, locale?: Locale) =>
	translate(`pledge_level_${level}`, undefined, locale);
export const selfSustainmentLabel = (category: string, locale?: Locale) =>
	translate(`pledge_sust_${category}`, undefined, locale);
export const unitLanguageLabel = (language: string, locale?: Locale) =>
	translate(`pledge_lang_${language}`, undefined, locale);
export const templateLabel = (template: string, locale?: Locale) =>
	translate(`pledge_template_${template}`, undefined, locale);
