import { existsSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import {
	BUENOS_AIRES_SIGNED_ON,
	LIMA_SIGNED_ON,
	seedConferences,
	seedDeclarations,
	seedDocuments,
	seedMembers,
	seedNetwork,
	seedObservers,
	seedParticipants,
	seedPartners,
	seedPresidencyTerms,
	seedSignatures,
	type DeclarationKey
} from './seed-data';
import { nameBasedUuid, seedDocumentId } from './seed-network';

const locales = ['es', 'en', 'pt', 'fr'] as const;

function signatories(declaration: DeclarationKey): string[] {
	return seedSignatures
		.filter((s) => s.declaration === declaration)
		.map((s) => s.participant)
		.sort();
}

function expectAllLocales(text: Partial<Record<string, string>>) {
	for (const locale of locales) expect(text[locale]?.trim(), locale).toBeTruthy();
}

describe('seed network', () => {
	it('is RELACOPAZ with a name and a description in all four languages', () => {
		expect(seedNetwork.slug).toBe('relacopaz');
		expect(seedNetwork.acronym).toBe('RELACOPAZ');
		expect(seedNetwork.name.es).toBe(
			'Red Latinoamericana y del Caribe de Cooperación en Operaciones de Paz'
		);
		expect(seedNetwork.name.en).toBe(
			'Latin American and Caribbean Network for Cooperation in Peacekeeping Operations'
		);
		expectAllLocales(seedNetwork.name);
		expectAllLocales(seedNetwork.description);
	});
});

describe('seed participants', () => {
	it('have unique codes and names in all four languages', () => {
		const codes = seedParticipants.map((p) => p.code);
		expect(new Set(codes).size).toBe(codes.length);
		for (const p of seedParticipants) expectAllLocales(p.name);
	});

	it('identify countries by a real ISO 3166-1 alpha-3 code', () => {
		for (const p of seedParticipants.filter((x) => x.kind === 'country')) {
			expect(p.code).toMatch(/^[A-Z]{3}$/);
			expect(p.countryCode).toBe(p.code);
			expect(countries.alpha3ToAlpha2(p.code), p.code).toBeDefined();
			expectAllLocales(p.ministry);
		}
	});

	it('make every member a country that signed at least one declaration', () => {
		expect(seedMembers.length).toBe(21);
		for (const m of seedMembers) {
			expect(m.kind).toBe('country');
			expect(m.status).toBe('member');
			expect(
				seedSignatures.some((s) => s.participant === m.code),
				m.code
			).toBe(true);
		}
	});

	it('record Antigua and Barbuda through its Ministry of Public Safety', () => {
		const atg = seedMembers.find((m) => m.code === 'ATG');
		expect(atg?.ministry.en).toBe('Ministry of Public Safety');
	});

	it('have Spain, India, Pakistan and China as observers', () => {
		expect(seedObservers.map((o) => o.code).sort()).toEqual(['CHN', 'ESP', 'IND', 'PAK']);
		for (const o of seedObservers) {
			expect(o.kind).toBe('country');
			expect(o.status).toBe('observer');
		}
	});

	it('have ALCOPAZ and the UN Department of Peace Operations as partner organizations', () => {
		expect(seedPartners.map((p) => p.code).sort()).toEqual(['alcopaz', 'un-dpo']);
		for (const p of seedPartners) {
			expect(p.kind).toBe('organization');
			expect(p.status).toBe('partner');
			expect(p.countryCode).toBeNull();
		}
	});
});

describe('seed signatures', () => {
	it('match the 16 countries on the Lima signature page', () => {
		expect(signatories('lima-2022')).toEqual(
			[
				'GTM',
				'COL',
				'ECU',
				'PRY',
				'PER',
				'ATG',
				'ARG',
				'BRA',
				'CHL',
				'CRI',
				'SLV',
				'HND',
				'MEX',
				'PAN',
				'DOM',
				'URY'
			].sort()
		);
	});

	it('match the 16 countries on the Buenos Aires signature page', () => {
		expect(signatories('buenos-aires-2023')).toEqual(
			[
				'ARG',
				'BHS',
				'BRB',
				'BOL',
				'BRA',
				'CHL',
				'COL',
				'CRI',
				'ECU',
				'GTM',
				'GUY',
				'HTI',
				'MEX',
				'PRY',
				'PER',
				'URY'
			].sort()
		);
	});

	it('name only members, once per declaration, on the conference date', () => {
		const members = new Set(seedMembers.map((m) => m.code));
		const pairs = seedSignatures.map((s) => `${s.participant}/${s.declaration}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		for (const s of seedSignatures) {
			expect(members.has(s.participant), s.participant).toBe(true);
			expect(s.signerName.trim()).toBe(s.signerName);
			expect(s.signerTitle.trim()).not.toBe('');
			expect(s.signedOn).toBe(
				s.declaration === 'lima-2022' ? LIMA_SIGNED_ON : BUENOS_AIRES_SIGNED_ON
			);
		}
		expect(LIMA_SIGNED_ON).toBe('2022-09-07');
		expect(BUENOS_AIRES_SIGNED_ON).toBe('2023-09-12');
	});

	it('keep signers as printed', () => {
		const find = (code: string, declaration: DeclarationKey) =>
			seedSignatures.find((s) => s.participant === code && s.declaration === declaration);
		expect(find('ATG', 'lima-2022')).toMatchObject({
			signerName: 'Stacey Gregg-Paige',
			signerTitle: 'Permanent Secretary of the Ministry of Public Safety of Antigua and Barbuda'
		});
		expect(find('ARG', 'buenos-aires-2023')).toMatchObject({
			signerName: 'Jorge Taiana',
			signerTitle: 'Ministro de Defensa'
		});
	});

	it('point at seeded declarations and conferences', () => {
		for (const declaration of Object.values(seedDeclarations)) {
			const document = seedDocuments.find((d) => d.key === declaration.document);
			expect(document?.kind).toBe('declaration');
			expect(seedConferences.some((c) => c.edition === declaration.conferenceEdition)).toBe(true);
		}
	});
});

describe('seed conferences and presidencies', () => {
	it('hold the three ALCONU editions on their dates', () => {
		expect(
			seedConferences.map(({ edition, city, countryCode, year, startsOn, endsOn }) => ({
				edition,
				city,
				countryCode,
				year,
				startsOn,
				endsOn
			}))
		).toEqual([
			{
				edition: 1,
				city: 'Lima',
				countryCode: 'PER',
				year: 2022,
				startsOn: '2022-09-06',
				endsOn: '2022-09-07'
			},
			{
				edition: 2,
				city: 'Buenos Aires',
				countryCode: 'ARG',
				year: 2023,
				startsOn: '2023-09-11',
				endsOn: '2023-09-12'
			},
			{ edition: 3, city: null, countryCode: 'PRY', year: 2025, startsOn: null, endsOn: null }
		]);
		for (const c of seedConferences) expectAllLocales(c.name);
	});

	it('hand the presidency from Peru to Argentina to Paraguay, each term left open', () => {
		expect(seedPresidencyTerms).toEqual([
			{ participant: 'PER', conferenceEdition: 1, startsOn: '2022-09-06', endsOn: null },
			{ participant: 'ARG', conferenceEdition: 2, startsOn: '2023-09-11', endsOn: null },
			{ participant: 'PRY', conferenceEdition: 3, startsOn: '2025-01-01', endsOn: null }
		]);
	});
});

describe('seed documents', () => {
	it('have public source files, known owners and resolvable translations', () => {
		const codes = new Set(seedParticipants.map((p) => p.code));
		const keys = new Set(seedDocuments.map((d) => d.key));
		expect(keys.size).toBe(seedDocuments.length);
		for (const d of seedDocuments) {
			expect(existsSync(path.resolve('seeds', d.file)), d.file).toBe(true);
			expect(codes.has(d.owner), d.owner).toBe(true);
			if (d.translationOf !== null) expect(keys.has(d.translationOf)).toBe(true);
		}
		const english = seedDocuments.find((d) => d.key === 'buenos-aires-2023-en');
		expect(english?.translationOf).toBe('buenos-aires-2023');
		const resolution = seedDocuments.find((d) => d.kind === 'resolution');
		expect(resolution).toMatchObject({
			owner: 'un-dpo',
			language: 'es',
			documentDate: '2019-07-25'
		});
	});

	it('get stable, distinct name-based ids', () => {
		// Published RFC 9562 example: "www.example.com" in the DNS namespace.
		expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
		const ids = seedDocuments.map((d) => seedDocumentId('relacopaz', d.key));
		expect(new Set(ids).size).toBe(ids.length);
		expect(seedDocumentId('relacopaz', 'lima-2022')).toBe(ids[0]);
		expect(seedDocumentId('other', 'lima-2022')).not.toBe(ids[0]);
	});
});
