import type { Locale } from '$lib/paraglide/runtime';

/**
 * The official Spanish and French names of the missions in the UN's contribution reports, as the
 * UN writes them in its Security Council resolutions and reports in those languages. English
 * names come with the UN's mission list; the UN publishes none in Portuguese, so Portuguese pages
 * show the English name, marked as English.
 */
const officialNames: Record<string, { es: string; fr: string }> = {
	BINUH: {
		es: 'Oficina Integrada de las Naciones Unidas en Haití',
		fr: 'Bureau intégré des Nations Unies en Haïti'
	},
	MINURSO: {
		es: 'Misión de las Naciones Unidas para el Referéndum del Sáhara Occidental',
		fr: 'Mission des Nations Unies pour l’organisation d’un référendum au Sahara occidental'
	},
	MINUSCA: {
		es: 'Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República Centroafricana',
		fr: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine'
	},
	MINUSMA: {
		es: 'Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí',
		fr: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali'
	},
	MONUSCO: {
		es: 'Misión de Estabilización de las Naciones Unidas en la República Democrática del Congo',
		fr: 'Mission de l’Organisation des Nations Unies pour la stabilisation en République démocratique du Congo'
	},
	UNAMA: {
		es: 'Misión de Asistencia de las Naciones Unidas en el Afganistán',
		fr: 'Mission d’assistance des Nations Unies en Afghanistan'
	},
	UNAMI: {
		es: 'Misión de Asistencia de las Naciones Unidas para el Iraq',
		fr: 'Mission d’assistance des Nations Unies pour l’Iraq'
	},
	UNAMID: {
		es: 'Operación Híbrida de la Unión Africana y las Naciones Unidas en Darfur',
		fr: 'Opération hybride Union africaine-Nations Unies au Darfour'
	},
	UNDOF: {
		es: 'Fuerza de las Naciones Unidas de Observación de la Separación',
		fr: 'Force des Nations Unies chargée d’observer le dégagement'
	},
	UNFICYP: {
		es: 'Fuerza de las Naciones Unidas para el Mantenimiento de la Paz en Chipre',
		fr: 'Force des Nations Unies chargée du maintien de la paix à Chypre'
	},
	UNIFIL: {
		es: 'Fuerza Provisional de las Naciones Unidas en el Líbano',
		fr: 'Force intérimaire des Nations Unies au Liban'
	},
	UNIOGBIS: {
		es: 'Oficina Integrada de las Naciones Unidas para la Consolidación de la Paz en Guinea-Bissau',
		fr: 'Bureau intégré des Nations Unies pour la consolidation de la paix en Guinée-Bissau'
	},
	UNISFA: {
		es: 'Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei',
		fr: 'Force intérimaire de sécurité des Nations Unies pour Abyei'
	},
	UNITAMS: {
		es: 'Misión Integrada de Asistencia de las Naciones Unidas para la Transición en el Sudán',
		fr: 'Mission intégrée des Nations Unies pour l’assistance à la transition au Soudan'
	},
	UNMHA: {
		es: 'Misión de las Naciones Unidas en Apoyo del Acuerdo sobre Al-Hudayda',
		fr: 'Mission des Nations Unies en appui à l’Accord sur Hodeïda'
	},
	UNMIK: {
		es: 'Misión de Administración Provisional de las Naciones Unidas en Kosovo',
		fr: 'Mission d’administration intérimaire des Nations Unies au Kosovo'
	},
	UNMISS: {
		es: 'Misión de las Naciones Unidas en Sudán del Sur',
		fr: 'Mission des Nations Unies au Soudan du Sud'
	},
	UNMOGIP: {
		es: 'Grupo de Observadores Militares de las Naciones Unidas en la India y el Pakistán',
		fr: 'Groupe d’observateurs militaires des Nations Unies dans l’Inde et le Pakistan'
	},
	UNOWAS: {
		es: 'Oficina de las Naciones Unidas para África Occidental y el Sahel',
		fr: 'Bureau des Nations Unies pour l’Afrique de l’Ouest et le Sahel'
	},
	UNSMIL: {
		es: 'Misión de Apoyo de las Naciones Unidas en Libia',
		fr: 'Mission d’appui des Nations Unies en Libye'
	},
	UNSOM: {
		es: 'Misión de Asistencia de las Naciones Unidas en Somalia',
		fr: 'Mission d’assistance des Nations Unies en Somalie'
	},
	UNSOS: {
		es: 'Oficina de las Naciones Unidas de Apoyo en Somalia',
		fr: 'Bureau d’appui des Nations Unies en Somalie'
	},
	UNTMIS: {
		es: 'Misión de Asistencia de Transición de las Naciones Unidas en Somalia',
		fr: 'Mission d’assistance transitoire des Nations Unies en Somalie'
	},
	UNTSO: {
		es: 'Organismo de las Naciones Unidas para la Vigilancia de la Tregua',
		fr: 'Organisme des Nations Unies chargé de la surveillance de la trêve'
	},
	UNVMC: {
		es: 'Misión de Verificación de las Naciones Unidas en Colombia',
		fr: 'Mission de vérification des Nations Unies en Colombie'
	}
};

/** A mission's name in the reader's language, and the language it is actually in. */
export function localizedMissionName(
	acronym: string,
	englishName: string | null | undefined,
	locale: Locale
): { name: string; lang: Locale } | null {
	const official = officialNames[acronym];
	if (official && (locale === 'es' || locale === 'fr'))
		return { name: official[locale], lang: locale };
	return englishName ? { name: englishName, lang: 'en' } : null;
}

/** The acronyms with official Spanish and French names; a test keeps it in step with the data. */
export const missionsWithOfficialNames = Object.keys(officialNames);
