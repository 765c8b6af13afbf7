import type { documents, LocalizedText } from '../db/schema';

/**
 * The RELACOPAZ network as its public source documents describe it (see seeds/SOURCES.md).
 * Members are the signatories of the Lima (2022) and Buenos Aires (2023) Declarations, read
 * from the signature pages; names and titles of signers are kept exactly as printed.
 */

export type Locale = 'es' | 'en' | 'pt' | 'fr';
/** Seeded text is complete in every interface language, unlike user content. */
export type FullText = Record<Locale, string> & LocalizedText;
export type DocumentKind = (typeof documents.$inferInsert)['kind'];
export type DeclarationKey = 'lima-2022' | 'buenos-aires-2023';

export interface SeedNetwork {
	slug: string;
	acronym: string;
	name: FullText;
	description: FullText;
	/** UN M49 code of the region served. */
	region: string;
	defaultLanguage: Locale;
	timeZone: string;
}

export interface SeedParticipant {
	/** ISO 3166-1 alpha-3 for countries; a lower-case slug for organizations. */
	code: string;
	kind: 'country' | 'organization';
	status: 'member' | 'observer' | 'partner';
	name: FullText;
	/** The signing Ministry of Defense or its equivalent; empty for organizations. */
	ministry: LocalizedText;
	countryCode: string | null;
}

export interface SeedDeclaration {
	/** Key of the signed document in `seedDocuments`. */
	document: string;
	conferenceEdition: number;
	signedOn: string;
}

export interface SeedSignature {
	participant: string;
	declaration: DeclarationKey;
	signerName: string;
	signerTitle: string;
	signedOn: string;
}

export interface SeedConference {
	edition: number;
	name: FullText;
	city: string | null;
	/** ISO 3166-1 alpha-3 of the host country, which is also the host participant's code. */
	countryCode: string;
	year: number;
	startsOn: string | null;
	endsOn: string | null;
}

export interface SeedPresidencyTerm {
	participant: string;
	conferenceEdition: number;
	startsOn: string;
	endsOn: null;
}

export interface SeedDocument {
	/** Stable key from which the document's id is derived, so re-seeding finds it. */
	key: string;
	/** File name in the seeds folder; its content is the body. */
	file: string;
	title: string;
	kind: DocumentKind;
	language: Locale;
	documentDate: string | null;
	/** Code of the owning participant. */
	owner: string;
	/** Key of the original this document translates. */
	translationOf: string | null;
}

export const seedNetwork: SeedNetwork = {
	slug: 'relacopaz',
	acronym: 'RELACOPAZ',
	region: '419',
	defaultLanguage: 'es',
	// Lima, where the Declaration founded the network; the Presidency's capital changes yearly.
	timeZone: 'America/Lima',
	name: {
		es: 'Red Latinoamericana y del Caribe de Cooperación en Operaciones de Paz',
		en: 'Latin American and Caribbean Network for Cooperation in Peacekeeping Operations',
		pt: 'Rede Latino-Americana e do Caribe de Cooperação em Operações de Paz',
		fr: 'Réseau latino-américain et caribéen de coopération en matière d’opérations de paix'
	},
	description: {
		es:
			'Red de los Ministerios de Defensa, o sus equivalentes, de América Latina y el Caribe, ' +
			'creada por la Declaración de Lima (2022) y puesta en funcionamiento por la Declaración ' +
			'de Buenos Aires (2023), para cooperar en la participación de la región en las ' +
			'operaciones de paz de las Naciones Unidas.',
		en:
			'A network of the Ministries of Defense, or their equivalents, of Latin America and the ' +
			'Caribbean, created by the Lima Declaration (2022) and put into operation by the Buenos ' +
			'Aires Declaration (2023), to cooperate on the region’s participation in United Nations ' +
			'peacekeeping operations.',
		pt:
			'Rede dos Ministérios da Defesa, ou seus equivalentes, da América Latina e do Caribe, ' +
			'criada pela Declaração de Lima (2022) e posta em funcionamento pela Declaração de ' +
			'Buenos Aires (2023), para cooperar na participação da região nas operações de paz das ' +
			'Nações Unidas.',
		fr:
			'Réseau des ministères de la Défense, ou de leurs équivalents, d’Amérique latine et des ' +
			'Caraïbes, créé par la Déclaration de Lima (2022) et mis en œuvre par la Déclaration de ' +
			'Buenos Aires (2023), pour coopérer à la participation de la région aux opérations de ' +
			'paix des Nations Unies.'
	}
};

const ministryOfDefense: FullText = {
	es: 'Ministerio de Defensa',
	en: 'Ministry of Defense',
	pt: 'Ministério da Defesa',
	fr: 'Ministère de la Défense'
};

const ministryOfNationalDefense: FullText = {
	es: 'Ministerio de Defensa Nacional',
	en: 'Ministry of National Defense',
	pt: 'Ministério da Defesa Nacional',
	fr: 'Ministère de la Défense nationale'
};

const ministryOfTheNationalDefense: FullText = {
	es: 'Ministerio de la Defensa Nacional',
	en: 'Ministry of National Defense',
	pt: 'Ministério da Defesa Nacional',
	fr: 'Ministère de la Défense nationale'
};

// Costa Rica and Panama have no armed forces; their equivalent is the security ministry.
const ministryOfPublicSecurity: FullText = {
	es: 'Ministerio de Seguridad Pública',
	en: 'Ministry of Public Security',
	pt: 'Ministério da Segurança Pública',
	fr: 'Ministère de la Sécurité publique'
};

const ministryOfDefence: FullText = { ...ministryOfDefense, en: 'Ministry of Defence' };

function country(
	code: string,
	status: 'member' | 'observer',
	name: FullText,
	ministry: FullText
): SeedParticipant {
	return { code, kind: 'country', status, name, ministry, countryCode: code };
}

export const seedMembers: readonly SeedParticipant[] = [
	country(
		'ATG',
		'member',
		{
			es: 'Antigua y Barbuda',
			en: 'Antigua and Barbuda',
			pt: 'Antígua e Barbuda',
			fr: 'Antigua-et-Barbuda'
		},
		// As on the Lima signature page: the Permanent Secretary of this ministry signed.
		{
			es: 'Ministerio de Seguridad Pública',
			en: 'Ministry of Public Safety',
			pt: 'Ministério da Segurança Pública',
			fr: 'Ministère de la Sécurité publique'
		}
	),
	country(
		'ARG',
		'member',
		{ es: 'Argentina', en: 'Argentina', pt: 'Argentina', fr: 'Argentine' },
		ministryOfDefense
	),
	country(
		'BHS',
		'member',
		{ es: 'Bahamas', en: 'The Bahamas', pt: 'Bahamas', fr: 'Bahamas' },
		{
			es: 'Ministerio de Seguridad Nacional',
			en: 'Ministry of National Security',
			pt: 'Ministério da Segurança Nacional',
			fr: 'Ministère de la Sécurité nationale'
		}
	),
	// Barbados and Guyana signed through their defence forces, which stand in for a ministry.
	country(
		'BRB',
		'member',
		{ es: 'Barbados', en: 'Barbados', pt: 'Barbados', fr: 'Barbade' },
		{
			es: 'Fuerza de Defensa de Barbados',
			en: 'Barbados Defence Force',
			pt: 'Força de Defesa de Barbados',
			fr: 'Force de défense de la Barbade'
		}
	),
	country(
		'BOL',
		'member',
		{ es: 'Bolivia', en: 'Bolivia', pt: 'Bolívia', fr: 'Bolivie' },
		ministryOfDefense
	),
	country(
		'BRA',
		'member',
		{ es: 'Brasil', en: 'Brazil', pt: 'Brasil', fr: 'Brésil' },
		ministryOfDefense
	),
	country(
		'CHL',
		'member',
		{ es: 'Chile', en: 'Chile', pt: 'Chile', fr: 'Chili' },
		ministryOfNationalDefense
	),
	country(
		'COL',
		'member',
		{ es: 'Colombia', en: 'Colombia', pt: 'Colômbia', fr: 'Colombie' },
		ministryOfNationalDefense
	),
	country(
		'CRI',
		'member',
		{ es: 'Costa Rica', en: 'Costa Rica', pt: 'Costa Rica', fr: 'Costa Rica' },
		ministryOfPublicSecurity
	),
	country(
		'DOM',
		'member',
		{
			es: 'República Dominicana',
			en: 'Dominican Republic',
			pt: 'República Dominicana',
			fr: 'République dominicaine'
		},
		ministryOfDefense
	),
	country(
		'ECU',
		'member',
		{ es: 'Ecuador', en: 'Ecuador', pt: 'Equador', fr: 'Équateur' },
		ministryOfNationalDefense
	),
	country(
		'SLV',
		'member',
		{ es: 'El Salvador', en: 'El Salvador', pt: 'El Salvador', fr: 'Salvador' },
		ministryOfTheNationalDefense
	),
	country(
		'GTM',
		'member',
		{ es: 'Guatemala', en: 'Guatemala', pt: 'Guatemala', fr: 'Guatemala' },
		ministryOfTheNationalDefense
	),
	country(
		'GUY',
		'member',
		{ es: 'Guyana', en: 'Guyana', pt: 'Guiana', fr: 'Guyana' },
		{
			es: 'Fuerza de Defensa de Guyana',
			en: 'Guyana Defence Force',
			pt: 'Força de Defesa da Guiana',
			fr: 'Force de défense du Guyana'
		}
	),
	country(
		'HTI',
		'member',
		{ es: 'Haití', en: 'Haiti', pt: 'Haiti', fr: 'Haïti' },
		ministryOfDefense
	),
	country(
		'HND',
		'member',
		{ es: 'Honduras', en: 'Honduras', pt: 'Honduras', fr: 'Honduras' },
		{
			es: 'Secretaría de Defensa Nacional',
			en: 'Secretariat of National Defense',
			pt: 'Secretaria de Defesa Nacional',
			fr: 'Secrétariat à la Défense nationale'
		}
	),
	country(
		'MEX',
		'member',
		{ es: 'México', en: 'Mexico', pt: 'México', fr: 'Mexique' },
		{
			es: 'Secretaría de la Defensa Nacional',
			en: 'Secretariat of National Defense',
			pt: 'Secretaria da Defesa Nacional',
			fr: 'Secrétariat à la Défense nationale'
		}
	),
	country(
		'PAN',
		'member',
		{ es: 'Panamá', en: 'Panama', pt: 'Panamá', fr: 'Panama' },
		ministryOfPublicSecurity
	),
	country(
		'PRY',
		'member',
		{ es: 'Paraguay', en: 'Paraguay', pt: 'Paraguai', fr: 'Paraguay' },
		ministryOfNationalDefense
	),
	country('PER', 'member', { es: 'Perú', en: 'Peru', pt: 'Peru', fr: 'Pérou' }, ministryOfDefense),
	country(
		'URY',
		'member',
		{ es: 'Uruguay', en: 'Uruguay', pt: 'Uruguai', fr: 'Uruguay' },
		ministryOfNationalDefense
	)
];

/** Present at the II ALCONU as observers (news report of 18 September 2023). */
export const seedObservers: readonly SeedParticipant[] = [
	country(
		'ESP',
		'observer',
		{ es: 'España', en: 'Spain', pt: 'Espanha', fr: 'Espagne' },
		ministryOfDefence
	),
	country(
		'IND',
		'observer',
		{ es: 'India', en: 'India', pt: 'Índia', fr: 'Inde' },
		ministryOfDefence
	),
	country(
		'PAK',
		'observer',
		{ es: 'Pakistán', en: 'Pakistan', pt: 'Paquistão', fr: 'Pakistan' },
		ministryOfDefence
	),
	country(
		'CHN',
		'observer',
		{ es: 'China', en: 'China', pt: 'China', fr: 'Chine' },
		ministryOfNationalDefense
	)
];

export const seedPartners: readonly SeedParticipant[] = [
	{
		code: 'alcopaz',
		kind: 'organization',
		status: 'partner',
		name: {
			es: 'Asociación Latinoamericana de Centros de Entrenamiento para Operaciones de Paz (ALCOPAZ)',
			en: 'Latin American Association of Peacekeeping Training Centers (ALCOPAZ)',
			pt: 'Associação Latino-Americana de Centros de Treinamento para Operações de Paz (ALCOPAZ)',
			fr: 'Association latino-américaine des centres d’entraînement aux opérations de paix (ALCOPAZ)'
		},
		ministry: {},
		countryCode: null
	},
	{
		code: 'un-dpo',
		kind: 'organization',
		status: 'partner',
		name: {
			es: 'Departamento de Operaciones de Paz de las Naciones Unidas',
			en: 'United Nations Department of Peace Operations',
			pt: 'Departamento de Operações de Paz das Nações Unidas',
			fr: 'Département des opérations de paix des Nations Unies'
		},
		ministry: {},
		countryCode: null
	}
];

export const seedParticipants: readonly SeedParticipant[] = [
	...seedMembers,
	...seedObservers,
	...seedPartners
];

export const LIMA_SIGNED_ON = '2022-09-07';
export const BUENOS_AIRES_SIGNED_ON = '2023-09-12';

export const seedDeclarations: Readonly<Record<DeclarationKey, SeedDeclaration>> = {
	'lima-2022': { document: 'lima-2022', conferenceEdition: 1, signedOn: LIMA_SIGNED_ON },
	// The Spanish text is the original; the signature page survives in the English version.
	'buenos-aires-2023': {
		document: 'buenos-aires-2023',
		conferenceEdition: 2,
		signedOn: BUENOS_AIRES_SIGNED_ON
	}
};

function lima(participant: string, signerName: string, signerTitle: string): SeedSignature {
	return {
		participant,
		declaration: 'lima-2022',
		signerName,
		signerTitle,
		signedOn: LIMA_SIGNED_ON
	};
}

function buenosAires(participant: string, signerName: string, signerTitle: string): SeedSignature {
	return {
		participant,
		declaration: 'buenos-aires-2023',
		signerName,
		signerTitle,
		signedOn: BUENOS_AIRES_SIGNED_ON
	};
}

/**
 * In page order. Ranks printed before a name are part of the name; misspellings are the page's
 * own ("Charge the Affaires", "Wiliam"). Peru signed the Lima Declaration twice: its Vice
 * Minister for its delegation, and its Minister of Defense, Richard Washington Tineo Quispe, as
 * President of the Conference. One signature per participant and document is recorded, so the
 * delegation's is kept. Buenos Aires titles are printed in each signer's language; the line that
 * names the state is left out because the participant already says it.
 */
export const seedSignatures: readonly SeedSignature[] = [
	lima('GTM', 'Henry Yovani Reyes Chigua', 'Minister of Defense of Guatemala'),
	lima(
		'COL',
		'Rafael Alberto Lara Losada',
		'Vice Minister for Defense and Security Policy of Colombia'
	),
	lima(
		'ECU',
		"Vice Admiral (Ret'd) Rafael Poveda Romero",
		'Vice Minister of National Defense of Ecuador'
	),
	lima(
		'PRY',
		"Major General (Ret'd) Guzmán Francisco Espínola",
		'Vice Minister for the Armed Forces of Paraguay'
	),
	lima('PER', 'Leonel Cabrera Pino', 'Vice Minister for Defense Policy of Peru'),
	lima(
		'ATG',
		'Stacey Gregg-Paige',
		'Permanent Secretary of the Ministry of Public Safety of Antigua and Barbuda'
	),
	lima(
		'ARG',
		'Brigadier General Jorge Fabian Berredo',
		'Operational Commander of the Armed Forces of the Republic of Argentina'
	),
	lima(
		'BRA',
		'Air General Hudson Costa Potiguara',
		'Head of Strategic Affairs of the Joint Staffs of the Armed Forces of Brazil'
	),
	lima('CHL', 'Oscar Fuentes Lira', 'Ambassador to the Republic of Chile in Peru'),
	lima(
		'CRI',
		'Minister Counselor Eduardo Cubero Barrantes',
		'Charge the Affaires a.i. of the Embassy of Costa Rica in Peru'
	),
	lima('SLV', 'Pablo Caballero Pineda', 'Ambassador of the Republic of El Salvador in Peru'),
	lima('HND', 'Adán Suazo Morazán', 'Ambassador of the Republic of Honduras In Peru'),
	lima(
		'MEX',
		'General Edgar Salvador Rodríguez Franco',
		'Deputy Head of Military Doctrine of the Joint Staffs of National Defense of United Mexican States'
	),
	lima(
		'PAN',
		'Colonel Sisinio Núñez Rodríguez',
		'Security and Defense Attaché to the Embassy of Panama in Peru'
	),
	lima('DOM', 'Alejandro Arias Zarzuela', 'Ambassador of the Dominican Republic in Peru'),
	lima(
		'URY',
		'General Luis Mangini',
		'Head of Staff of the Army and Director of the National Support System to Peacekeeping Operations of the Oriental Republic of Uruguay'
	),

	buenosAires('ARG', 'Jorge Taiana', 'Ministro de Defensa'),
	buenosAires('BHS', 'Wayne Munroe', 'Minister of National Security'),
	buenosAires('BRB', 'Errington Ricardo Shurland', 'Chief of Staff Barbados Defence Force'),
	buenosAires(
		'BOL',
		'Augusto Antonio García Lara',
		'Viceministro de Defensa y Cooperación al Desarrollo Integral'
	),
	buenosAires('BRA', 'Walcyr Josué de Castilho Araujo', 'Chefe da Chefia de Assuntos Estratégicos'),
	buenosAires('CHL', 'Ricardo Montero Allende', 'Subsecretario de Defensa'),
	buenosAires(
		'COL',
		'Diana Esperanza Castillo Castro',
		'Directora de Relaciones Internacionales y Cooperación'
	),
	buenosAires('CRI', 'Mario Zamora Cordero', 'Ministro de Seguridad Pública'),
	buenosAires(
		'ECU',
		'Lotty Farah Andrade Abdo',
		'Embajadora Extraordinaria y Plenipotenciaria del Ecuador en Argentina'
	),
	buenosAires('GTM', 'Wiliam Arnulfo López Chay', 'Jefe del Estado Mayor de la Defensa Nacional'),
	buenosAires('GUY', 'Lorraine Allison Foster', 'Adjutant General of the Guyana Defence Force'),
	buenosAires('HTI', 'Enold Joseph', 'Ministre de la Défense'),
	buenosAires(
		'MEX',
		'Alberto Flores Florián',
		'Subjefe de Doctrina Militar del Estado Mayor Conjunto de la Defensa Nacional'
	),
	buenosAires('PRY', 'Oscar Luis Gonzalez Cañete', 'Ministro de Defensa Nacional'),
	buenosAires('PER', 'Jorge Luis Chaparro Pinto', 'Viceministro de Políticas para la Defensa'),
	buenosAires('URY', 'Javier García Duchini', 'Ministro de Defensa Nacional')
];

export const seedConferences: readonly SeedConference[] = [
	{
		edition: 1,
		name: {
			es: 'I Conferencia Latinoamericana y del Caribe sobre Operaciones de Paz de las Naciones Unidas (I ALCONU)',
			en: 'First Latin American and Caribbean Conference on United Nations Peacekeeping Operations (I ALCONU)',
			pt: 'I Conferência Latino-Americana e do Caribe sobre Operações de Paz das Nações Unidas (I ALCONU)',
			fr: 'Première Conférence latino-américaine et caribéenne sur les opérations de maintien de la paix des Nations Unies (I ALCONU)'
		},
		city: 'Lima',
		countryCode: 'PER',
		year: 2022,
		startsOn: '2022-09-06',
		endsOn: '2022-09-07'
	},
	{
		edition: 2,
		name: {
			es: 'II Conferencia de América Latina y del Caribe sobre Operaciones de Paz de la Organización de las Naciones Unidas (II ALCONU)',
			en: 'Second Latin American and Caribbean Conference on United Nations Peace Operations (II ALCONU)',
			pt: 'II Conferência da América Latina e do Caribe sobre Operações de Paz da Organização das Nações Unidas (II ALCONU)',
			fr: 'Deuxième Conférence d’Amérique latine et des Caraïbes sur les opérations de paix de l’Organisation des Nations Unies (II ALCONU)'
		},
		city: 'Buenos Aires',
		countryCode: 'ARG',
		year: 2023,
		startsOn: '2023-09-11',
		endsOn: '2023-09-12'
	},
	{
		edition: 3,
		name: {
			es: 'III Conferencia de América Latina y del Caribe sobre Operaciones de Paz de la Organización de las Naciones Unidas (III ALCONU)',
			en: 'Third Latin American and Caribbean Conference on United Nations Peace Operations (III ALCONU)',
			pt: 'III Conferência da América Latina e do Caribe sobre Operações de Paz da Organização das Nações Unidas (III ALCONU)',
			fr: 'Troisième Conférence d’Amérique latine et des Caraïbes sur les opérations de paix de l’Organisation des Nations Unies (III ALCONU)'
		},
		// The sources give only the host country and the year.
		city: null,
		countryCode: 'PRY',
		year: 2025,
		startsOn: null,
		endsOn: null
	}
];

/** A term stays open; the next one's start ends it, so the current presidency follows from dates. */
export const seedPresidencyTerms: readonly SeedPresidencyTerm[] = [
	{ participant: 'PER', conferenceEdition: 1, startsOn: '2022-09-06', endsOn: null },
	{ participant: 'ARG', conferenceEdition: 2, startsOn: '2023-09-11', endsOn: null },
	// No date is known for the handover to Paraguay; the start of its conference year stands in.
	{ participant: 'PRY', conferenceEdition: 3, startsOn: '2025-01-01', endsOn: null }
];

export const seedDocuments: readonly SeedDocument[] = [
	{
		key: 'lima-2022',
		file: 'lima-declaration-2022.en.md',
		title: 'Declaration of Lima “Living in Peace”',
		kind: 'declaration',
		language: 'en',
		documentDate: LIMA_SIGNED_ON,
		owner: 'PER',
		translationOf: null
	},
	{
		key: 'buenos-aires-2023',
		file: 'declaracion-buenos-aires-2023.es.md',
		title: 'Declaración de Buenos Aires “El deber de hacer la Paz” (2023)',
		kind: 'declaration',
		language: 'es',
		documentDate: BUENOS_AIRES_SIGNED_ON,
		owner: 'ARG',
		translationOf: null
	},
	{
		key: 'buenos-aires-2023-en',
		file: 'buenos-aires-declaration-2023.en.md',
		title: 'Declaration of Buenos Aires "The commitment to make peace" (2023)',
		kind: 'declaration',
		language: 'en',
		documentDate: BUENOS_AIRES_SIGNED_ON,
		owner: 'ARG',
		translationOf: 'buenos-aires-2023'
	},
	{
		key: 'news-buenos-aires-2023',
		file: 'news-buenos-aires-2023.en.md',
		title: 'Buenos Aires Declaration signed at the II ALCONU',
		kind: 'news',
		language: 'en',
		documentDate: '2023-09-18',
		owner: 'ARG',
		translationOf: null
	},
	{
		key: 'un-ga-resolution-73-331',
		file: 'un-ga-resolution-73-331.es.md',
		title:
			'Resolución 73/331. Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva',
		kind: 'resolution',
		language: 'es',
		documentDate: '2019-07-25',
		owner: 'un-dpo',
		translationOf: null
	}
];
