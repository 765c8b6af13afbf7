import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listDocumentRows } from './repository';

export interface TranslationCandidate {
	id: string;
	title: string;
	language: string;
}

/** More than a form's select can sensibly offer; a network's originals stay well below it. */
const candidateLimit = 1000;

/**
 * The documents a new or edited document may declare itself a translation of: originals the actor
 * can read. Only originals, so that every translation family has one root. `keep` is the current
 * link of the document being edited, offered even if it is not an original, so saving the form
 * does not silently drop it.
 */
export function listTranslationCandidates(
	ctx: Ctx,
	networkSlug: string,
	options: { exclude?: string | undefined; keep?: string | null | undefined } = {}
): Promise<TranslationCandidate[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const { rows } = await listDocumentRows(
			tx,
			network.id,
			{},
			{ limit: candidateLimit, offset: 0 }
		);
		const candidates = rows.filter(
			(row) =>
				canRead(ctx.actor, row.doc) &&
				row.doc.id !== options.exclude &&
				(row.doc.translationOf === null || row.doc.id === options.keep)
		);
		const restricted = candidates
			.filter((row) => row.doc.level !== 'public')
			.map((row) => row.doc.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'document',
				networkId: network.id,
				details: { ids: restricted, purpose: 'translation_candidates' }
			});
		}
		return candidates
			.map((row) => ({ id: row.doc.id, title: row.doc.title, language: row.doc.language }))
			.sort((a, b) => a.title.localeCompare(b.title) || a.language.localeCompare(b.language));
	});
}
