import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import {
	conferences,
	declarations,
	networks,
	participants,
	type LocalizedText
} from '../db/schema';
import {
	seedDeclarations,
	seedDocuments,
	seedNetwork,
	seedSignatures,
	type DeclarationKey
} from '../registry/seed-data';
import { nameBasedUuid, seedsDir } from '../registry/seed-network';
import { parseDeclaration, type ParsedDeclaration } from './parse-declaration';
import {
	insertDeclarationSignatures,
	insertParagraphs,
	insertVersion,
	listParagraphRows,
	updateDeclaration
} from './repository';
import { numberParagraphs } from './declaration-text';

/** Fixed namespace for the ids of seeded declarations and paragraphs; re-seeding finds them. */
const DECLARATION_NAMESPACE = '6b1f3a0e-52c7-4d89-a3f4-0e7d9c2b8a15';

const sources: Record<
	DeclarationKey,
	{ title: LocalizedText; files: Partial<Record<'es' | 'en', string>> }
> = {
	'lima-2022': {
		title: {
			es: 'Declaración de Lima “Vivir en Paz”',
			en: 'Declaration of Lima “Living in Peace”'
		},
		files: { en: 'lima-declaration-2022.en.md' }
	},
	'buenos-aires-2023': {
		title: {
			es: 'Declaración de Buenos Aires “El deber de hacer la Paz” (2023)',
			en: 'Declaration of Buenos Aires "The commitment to make peace" (2023)'
		},
		files: { es: 'declaracion-buenos-aires-2023.es.md', en: 'buenos-aires-declaration-2023.en.md' }
	}
};

export function seedDeclarationId(networkSlug: string, key: DeclarationKey): string {
	return nameBasedUuid(DECLARATION_NAMESPACE, `${networkSlug}/declaration/${key}`);
}

/**
 * The Lima (2022) and Buenos Aires (2023) Declarations as adopted, frozen declarations with their
 * numbered paragraphs and signatures. A declaration already there is left as it is.
 */
export async function unsafeSeedDeclarations(db: Database): Promise<void> {
	const parsed = new Map<DeclarationKey, Partial<Record<'es' | 'en', ParsedDeclaration>>>();
	for (const key of Object.keys(sources) as DeclarationKey[]) {
		const byLang: Partial<Record<'es' | 'en', ParsedDeclaration>> = {};
		for (const [lang, file] of Object.entries(sources[key].files) as ['es' | 'en', string][]) {
			byLang[lang] = parseDeclaration(await readFile(path.join(seedsDir(), file), 'utf8'));
		}
		parsed.set(key, byLang);
	}
	// Unsafe: startup seeding has no acting user, and adopted declarations are written frozen.
	await unsafeWithSystem(db, async (tx) => {
		const [network] = await tx
			.select({ id: networks.id })
			.from(networks)
			.where(eq(networks.slug, seedNetwork.slug));
		if (!network) return;
		for (const key of Object.keys(sources) as DeclarationKey[]) {
			await seedOne(tx, network.id, key, parsed.get(key)!);
		}
	});
}

async function seedOne(
	tx: Transaction,
	networkId: string,
	key: DeclarationKey,
	texts: Partial<Record<'es' | 'en', ParsedDeclaration>>
): Promise<void> {
	const meta = seedDeclarations[key];
	const owner = seedDocuments.find((d) => d.key === meta.document)?.owner;
	const [conference] = await tx
		.select({ id: conferences.id })
		.from(conferences)
		.where(
			and(eq(conferences.networkId, networkId), eq(conferences.edition, meta.conferenceEdition))
		);
	const codes = await tx
		.select({ id: participants.id, code: participants.code })
		.from(participants)
		.where(eq(participants.networkId, networkId));
	const idOf = new Map(codes.map((p) => [p.code, p.id]));
	if (!conference || !owner || !idOf.has(owner)) return;

	const id = seedDeclarationId(seedNetwork.slug, key);
	const adoptedAt = new Date(`${meta.signedOn}T12:00:00Z`);
	const langs = Object.keys(texts) as ('es' | 'en')[];
	const localized = (pick: (p: ParsedDeclaration) => string): LocalizedText =>
		Object.fromEntries(langs.map((lang) => [lang, pick(texts[lang]!)]).filter(([, t]) => t));
	const inserted = await tx
		.insert(declarations)
		.values({
			id,
			networkId,
			ownerId: idOf.get(owner)!,
			level: 'public',
			conferenceId: conference.id,
			title: sources[key].title,
			preambleIntro: localized((p) => p.preambleIntro),
			operativeIntro: localized((p) => p.operativeIntro),
			status: 'adopted',
			frozen: false,
			adoptedAt,
			createdAt: adoptedAt,
			updatedAt: adoptedAt
		})
		.onConflictDoNothing({ target: declarations.id })
		.returning({ id: declarations.id });
	if (inserted.length === 0) return;

	const first = texts[langs[0]!]!;
	const paragraphs = (['preamble', 'operative'] as const).flatMap((part) =>
		first[part].map((_, i) => ({ part, text: localized((p) => p[part][i] ?? '') }))
	);
	await insertParagraphs(
		tx,
		paragraphs.map((p, ordinal) => ({
			id: nameBasedUuid(DECLARATION_NAMESPACE, `${id}/paragraph/${ordinal}`),
			declarationId: id,
			part: p.part,
			ordinal,
			text: p.text,
			createdAt: adoptedAt,
			updatedAt: adoptedAt
		}))
	);
	await insertVersion(tx, {
		declarationId: id,
		paragraphs: numberParagraphs(await listParagraphRows(tx, id)),
		reason: 'imported',
		createdBy: null,
		createdAt: adoptedAt
	});
	await insertDeclarationSignatures(
		tx,
		seedSignatures
			.filter((s) => s.declaration === key && idOf.has(s.participant))
			.map((s) => ({
				declarationId: id,
				participantId: idOf.get(s.participant)!,
				signatoryName: s.signerName,
				signatoryTitle: s.signerTitle,
				signedOn: s.signedOn
			}))
	);
	// Frozen last: the text above is the adopted text, and from here on nothing changes it.
	await updateDeclaration(tx, id, { frozen: true });
}
