import type { Actor } from '../access/actor';
import { releaseCodeMap, releasabilityView } from '../access/releasability';
import type { Transaction } from '../db/client';
import {
	coveredOf,
	deriveStatus,
	duplicateSupportWarnings,
	type CoverageRequest
} from './coverage';
import { liveStatuses } from './lifecycle';
import {
	listCommitmentRows,
	listCommitmentSteps,
	listSiblingRequests,
	visibleOfferIds,
	type CommitmentRow,
	type OfferRow,
	type RequestRow
} from './repository';
import type {
	CommitmentView,
	OfferListItem,
	OfferView,
	RequestListItem,
	RequestView
} from './schemas';

type Language = RequestView['languages'][number];

/** A stored release as views show it, always with its (possibly empty) list of participants. */
function releaseOf(
	row: { level: RequestRow['level']; releasedTo: readonly string[] },
	codes: Map<string, string>
) {
	const view = releasabilityView(row, codes);
	return { level: view.level, participants: view.participants ?? [] };
}

/** The day (UTC) a timestamp falls on. */
export function dayOf(at: Date): string {
	return at.toISOString().slice(0, 10);
}

export function toCoverage(row: RequestRow): CoverageRequest {
	return {
		id: row.id,
		ownerId: row.ownerId,
		category: row.category,
		title: row.title,
		quantity: row.quantity,
		unit: row.unit,
		neededBy: row.neededBy,
		createdOn: dayOf(row.createdAt),
		closed: row.closedAt !== null
	};
}

type CommitmentWithProvider = { commitment: CommitmentRow; providerCode: string };

export function toCoverageCommitments(rows: readonly CommitmentWithProvider[]) {
	return rows.map((r) => ({
		requestId: r.commitment.requestId,
		providerCode: r.providerCode,
		quantity: r.commitment.quantity,
		status: r.commitment.status
	}));
}

/** Commitments as the reader sees them: the offer only when the reader may see that offer too. */
async function toCommitmentViews(
	tx: Transaction,
	rows: readonly CommitmentWithProvider[]
): Promise<CommitmentView[]> {
	const steps = await listCommitmentSteps(
		tx,
		rows.map((r) => r.commitment.id)
	);
	const offers = await visibleOfferIds(
		tx,
		rows.flatMap((r) => (r.commitment.offerId ? [r.commitment.offerId] : []))
	);
	return rows.map(({ commitment, providerCode }) => ({
		id: commitment.id,
		requestId: commitment.requestId,
		providerCode,
		offerId: commitment.offerId && offers.has(commitment.offerId) ? commitment.offerId : null,
		quantity: commitment.quantity,
		note: commitment.note,
		status: commitment.status,
		history: steps
			.filter((s) => s.commitmentId === commitment.id)
			.map((s) => ({
				from: s.from,
				to: s.to,
				participantCode: s.participantCode,
				note: s.note,
				at: s.at.toISOString()
			})),
		createdAt: commitment.createdAt.toISOString(),
		updatedAt: commitment.updatedAt.toISOString()
	}));
}

export function toRequestListItem(
	networkSlug: string,
	row: { request: RequestRow; ownerCode: string },
	commitments: readonly CommitmentWithProvider[],
	codes: Map<string, string>
): RequestListItem {
	const r = row.request;
	const coverage = toCoverageCommitments(commitments);
	return {
		id: r.id,
		network: networkSlug,
		ownerCode: row.ownerCode,
		category: r.category,
		title: r.title,
		quantity: r.quantity,
		unit: r.unit,
		neededBy: r.neededBy,
		mission: r.mission,
		languages: r.languages as Language[],
		releasability: releaseOf(r, codes),
		status: deriveStatus(toCoverage(r), coverage),
		covered: coveredOf(toCoverage(r), coverage),
		createdAt: r.createdAt.toISOString(),
		updatedAt: r.updatedAt.toISOString(),
		closedAt: r.closedAt?.toISOString() ?? null
	};
}

/**
 * A whole request as the reader sees it: commitments with their history, the derived status and,
 * for the requester and the providers concerned, the duplicate-support warnings. Every row read
 * here passes row-level security, so warnings name only what the reader may see.
 */
export async function buildRequestView(
	tx: Transaction,
	actor: Actor,
	networkSlug: string,
	row: { request: RequestRow; ownerCode: string }
): Promise<RequestView> {
	const r = row.request;
	const commitments = await listCommitmentRows(tx, [r.id]);
	const siblings = await listSiblingRequests(tx, r.networkId, r.ownerId, r.category, r.id);
	const siblingCommitments = await listCommitmentRows(
		tx,
		siblings.map((s) => s.request.id)
	);
	const all = toCoverageCommitments([...commitments, ...siblingCommitments]);
	const codes = await releaseCodeMap(tx, [r.releasedTo]);
	const viewer = actor.participant?.id;
	const concerned =
		viewer !== undefined &&
		(viewer === r.ownerId ||
			[...commitments, ...siblingCommitments].some(
				(c) => c.commitment.ownerId === viewer && liveStatuses.includes(c.commitment.status)
			));
	const warnings = concerned
		? duplicateSupportWarnings(
				toCoverage(r),
				siblings.map((s) => toCoverage(s.request)),
				all
			)
		: [];
	return {
		...toRequestListItem(networkSlug, row, commitments, codes),
		description: r.description,
		version: r.version,
		commitments: await toCommitmentViews(tx, commitments),
		warnings
	};
}

export function toOfferListItem(
	networkSlug: string,
	row: { offer: OfferRow; ownerCode: string },
	codes: Map<string, string>
): OfferListItem {
	const o = row.offer;
	return {
		id: o.id,
		network: networkSlug,
		ownerCode: row.ownerCode,
		category: o.category,
		title: o.title,
		capacity: o.capacity,
		unit: o.unit,
		availableFrom: o.availableFrom,
		availableUntil: o.availableUntil,
		languages: o.languages as Language[],
		releasability: releaseOf(o, codes),
		closedAt: o.closedAt?.toISOString() ?? null,
		createdAt: o.createdAt.toISOString(),
		updatedAt: o.updatedAt.toISOString()
	};
}

export function toOfferView(
	networkSlug: string,
	row: { offer: OfferRow; ownerCode: string },
	codes: Map<string, string>
): OfferView {
	return {
		...toOfferListItem(networkSlug, row, codes),
		description: row.offer.description,
		conditions: row.offer.conditions,
		version: row.offer.version
	};
}

/** One commitment as the reader sees it, with its history. */
export async function loadCommitmentView(
	tx: Transaction,
	requestId: string,
	commitmentId: string
): Promise<CommitmentView | undefined> {
	const rows = await listCommitmentRows(tx, [requestId]);
	const [view] = await toCommitmentViews(
		tx,
		rows.filter((r) => r.commitment.id === commitmentId)
	);
	return view;
}
