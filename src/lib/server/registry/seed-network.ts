import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { operatorActor } from '../access/actor';
import { parseInput } from '../api/validation';
import { documents, networks, signatures } from '../db/schema';
import { addConferenceIn } from './add-conference';
import { addParticipantIn } from './add-participant';
import { addPresidencyTermIn } from './add-presidency-term';
import { createNetworkIn } from './create-network';
import {
	addConferenceSchema,
	addParticipantSchema,
	addPresidencyTermSchema,
	createNetworkSchema
} from './schemas';
import {
	seedConferences,
	seedDeclarations,
	seedDocuments,
	seedNetwork,
	seedParticipants,
	seedPresidencyTerms,
	seedSignatures,
	type SeedParticipant
} from './seed-data';

/** Fixed namespace for ids of seeded records; changing it would make re-seeding duplicate them. */
const SEED_NAMESPACE = '3f0c7b52-8d4e-4a43-9b0e-6c1d2a5f7e91';

/** A name-based (version 5, RFC 9562) UUID: the same namespace and name always give the same id. */
export function nameBasedUuid(namespace: string, name: string): string {
	const hash = createHash('sha1')
		.update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	const bytes = hash.subarray(0, 16);
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		hex.slice(12, 16),
		hex.slice(16, 20),
		hex.slice(20, 32)
	].join('-');
}

/** Documents have no natural key, so their ids are derived from the network and the seed key. */
export function seedDocumentId(networkSlug: string, documentKey: string): string {
	return nameBasedUuid(SEED_NAMESPACE, `${networkSlug}/document/${documentKey}`);
}

export function seedsDir(): string {
	return path.resolve(process.env.SEEDS_DIR ?? 'seeds');
}

/**
 * Creates the RELACOPAZ network and whatever of its seed records are missing. Existing rows are
 * never updated, so edits made in the application survive a restart; each record created is
 * audited like an administrator's.
 */
export async function unsafeSeedNetwork(db: Database): Promise<{ created: boolean }> {
	// Unsafe: owner rights, no RLS, as startup has no acting user and documents have many owners.
	return unsafeWithSystem(db, seedInTransaction);
}

/** The seed's records as the administration's forms and API would send them, checked alike. */
function participantInput(p: SeedParticipant) {
	return parseInput(
		addParticipantSchema,
		p.kind === 'country'
			? {
					kind: 'country',
					countryCode: p.code,
					name: p.name,
					status: p.status,
					ministry: p.ministry
				}
			: {
					kind: 'organization',
					code: p.code,
					name: p.name,
					status: p.status,
					ministry: p.ministry
				},
		'en'
	);
}

async function seedInTransaction(tx: Transaction): Promise<{ created: boolean }> {
	// Through the same use cases as an administrator's pages, API and command line, so the seeded
	// network is one any region could create; records already there are kept as they are.
	const keep = { keepExisting: true };
	const { id: networkId, created } = await createNetworkIn(
		tx,
		operatorActor,
		parseInput(createNetworkSchema, seedNetwork, 'en'),
		keep
	);
	// The row lock makes a second process seeding at the same time wait, so the existence checks
	// below cannot both miss and insert the same signature twice.
	await tx
		.select({ id: networks.id })
		.from(networks)
		.where(eq(networks.id, networkId))
		.for('update');
	const network = { id: networkId };

	const participantIds = new Map<string, string>();
	for (const p of seedParticipants) {
		const { id, code } = await addParticipantIn(
			tx,
			operatorActor,
			network,
			participantInput(p),
			keep
		);
		participantIds.set(code, id);
	}
	const participantId = (code: string): string => {
		const id = participantIds.get(code);
		if (!id) throw new Error(`Seeding failed: no participant "${code}"`);
		return id;
	};

	const conferenceIds = new Map<number, string>();
	for (const c of seedConferences) {
		const input = parseInput(addConferenceSchema, c, 'en');
		const { id } = await addConferenceIn(tx, operatorActor, network, input, keep);
		conferenceIds.set(c.edition, id);
	}
	const conferenceId = (edition: number): string => {
		const id = conferenceIds.get(edition);
		if (!id) throw new Error(`Seeding failed: no conference ${edition}`);
		return id;
	};

	for (const t of seedPresidencyTerms) {
		const input = parseInput(addPresidencyTermSchema, t, 'en');
		await addPresidencyTermIn(tx, operatorActor, network, input, keep);
	}

	await seedMissingDocuments(tx, networkId, participantId);
	await seedMissingSignatures(tx, participantId, conferenceId);

	return { created };
}

async function seedMissingDocuments(
	tx: Transaction,
	networkId: string,
	participantId: (code: string) => string
): Promise<void> {
	const documentId = (key: string) => seedDocumentId(seedNetwork.slug, key);
	const existing = await tx
		.select({ id: documents.id })
		.from(documents)
		.where(
			inArray(
				documents.id,
				seedDocuments.map((d) => documentId(d.key))
			)
		);
	const existingIds = new Set(existing.map((r) => r.id));
	const missing = seedDocuments.filter((d) => !existingIds.has(documentId(d.key)));
	if (missing.length === 0) return;

	// Bodies are read only when needed, so an already seeded installation does not need the files.
	const dir = seedsDir();
	const rows = await Promise.all(
		missing.map(async (d) => ({
			id: documentId(d.key),
			networkId,
			ownerId: participantId(d.owner),
			level: 'public' as const,
			title: d.title,
			kind: d.kind,
			language: d.language,
			translationOf: d.translationOf === null ? null : documentId(d.translationOf),
			// The declarations' language versions are the signed, official texts.
			translationMethod: d.translationOf === null ? null : ('human' as const),
			documentDate: d.documentDate,
			body: await readFile(path.join(dir, d.file), 'utf8')
		}))
	);
	await tx.insert(documents).values(rows).onConflictDoNothing({ target: documents.id });
}

async function seedMissingSignatures(
	tx: Transaction,
	participantId: (code: string) => string,
	conferenceId: (edition: number) => string
): Promise<void> {
	const wanted = seedSignatures.map((s) => {
		const declaration = seedDeclarations[s.declaration];
		return {
			participantId: participantId(s.participant),
			documentId: seedDocumentId(seedNetwork.slug, declaration.document),
			conferenceId: conferenceId(declaration.conferenceEdition),
			signerName: s.signerName,
			signerTitle: s.signerTitle,
			signedOn: s.signedOn
		};
	});
	const existing = await tx
		.select({ participantId: signatures.participantId, documentId: signatures.documentId })
		.from(signatures)
		.where(
			and(
				inArray(signatures.participantId, [...new Set(wanted.map((s) => s.participantId))]),
				inArray(signatures.documentId, [...new Set(wanted.map((s) => s.documentId))])
			)
		);
	const key = (s: { participantId: string; documentId: string }) =>
		`${s.participantId}/${s.documentId}`;
	const existingKeys = new Set(existing.map(key));
	const missing = wanted.filter((s) => !existingKeys.has(key(s)));
	if (missing.length > 0) await tx.insert(signatures).values(missing);
}
