import { pickLocalized } from '$lib/i18n/localized';
import { canRead, canCloseTranslationRequest } from '../access/access';
import type { Actor } from '../access/actor';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import type { Queryable } from '../db/client';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listOpenRequestRows } from './repository';

export interface OpenTranslationRequest {
	id: string;
	documentId: string;
	documentTitle: string;
	documentLanguage: string;
	/** The language asked for. */
	language: string;
	requesterCode: string;
	requesterName: string;
	note: string;
	createdAt: string;
	/** Whether the reader may close it: the owner's focal points and editors. */
	canClose: boolean;
	href: string;
}

/** The owner's desk lists this many requests at most; the oldest come first. */
const deskLimit = 30;

async function openRequests(
	tx: Queryable,
	actor: Actor,
	network: { id: string; slug: string },
	where: { ownerId?: string; documentId?: string },
	locale: string
): Promise<OpenTranslationRequest[]> {
	const rows = (await listOpenRequestRows(tx, network.id, where, deskLimit)).filter((r) =>
		canRead(actor, r.doc)
	);
	const restricted = rows.filter((r) => r.doc.level !== 'public').map((r) => r.doc.id);
	if (restricted.length > 0) {
		await recordRead(tx, actor, {
			action: 'list',
			entityType: 'document',
			networkId: network.id,
			details: { ids: [...new Set(restricted)], purpose: 'translation_requests' }
		});
	}
	return rows.map((r) => ({
		id: r.id,
		documentId: r.doc.id,
		documentTitle: r.doc.title,
		documentLanguage: r.doc.language,
		language: r.language,
		requesterCode: r.requesterCode,
		requesterName: pickLocalized(r.requesterName, locale),
		note: r.note,
		createdAt: r.createdAt.toISOString(),
		canClose: canCloseTranslationRequest(actor, r),
		href: `/networks/${network.slug}/documents/${r.doc.id}#translation-requests`
	}));
}

/**
 * The requests for a human translation waiting on the reader's participant as owner, for its
 * desk. A request leaves the desk once a person's version in that language joins the family.
 */
export async function listTranslationRequestsIn(
	tx: Queryable,
	actor: Actor,
	network: { id: string; slug: string },
	locale: string
): Promise<OpenTranslationRequest[]> {
	const own = actor.participant;
	if (!actor.userId || !own || own.networkId !== network.id) return [];
	return openRequests(tx, actor, network, { ownerId: own.id }, locale);
}

/**
 * The open requests on one document the reader sees: all of them for its owner, the reader's
 * own participant's for anyone else (row-level security keeps the others).
 */
export function listDocumentTranslationRequests(
	ctx: Ctx,
	networkSlug: string,
	documentId: string,
	locale: string
): Promise<OpenTranslationRequest[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!ctx.actor.userId || !ctx.actor.participant) return [];
		return openRequests(tx, ctx.actor, network, { documentId }, locale);
	});
}
