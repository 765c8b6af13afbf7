import type { MatchReason } from './schemas';

export interface MatchRequest {
	category: string;
	quantity: number | null;
	unit: string | null;
	neededBy: string | null;
	languages: readonly string[];
	/** What accepted commitments already cover. */
	covered: number;
}

export interface MatchOffer {
	category: string;
	capacity: number | null;
	unit: string | null;
	availableFrom: string | null;
	availableUntil: string | null;
	languages: readonly string[];
}

const weights = {
	same_category: 40,
	related_category: 10,
	window_overlaps: 25,
	capacity_covers: 20,
	capacity_partial: 10,
	capacity_unstated: 10,
	shared_language: 15
} satisfies Record<MatchReason, number>;

const sameUnit = (a: string | null, b: string | null) =>
	(a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * How well an offer fits a request, out of 100, and why: the category (the same, or `other` on
 * either side), an availability window that overlaps the time until the request is needed
 * (from `today`), capacity for what remains uncovered, and a shared language. Null when the
 * categories have nothing to do with each other or the offer's window is over.
 */
export function scoreMatch(
	request: MatchRequest,
	offer: MatchOffer,
	today: string
): { score: number; reasons: MatchReason[] } | null {
	const reasons: MatchReason[] = [];
	if (request.category === offer.category) reasons.push('same_category');
	else if (request.category === 'other' || offer.category === 'other')
		reasons.push('related_category');
	else return null;
	if (offer.availableUntil && offer.availableUntil < today) return null;

	const start = offer.availableFrom ?? '0000-01-01';
	const neededBy = request.neededBy ?? '9999-12-31';
	if (neededBy >= today && start <= neededBy) reasons.push('window_overlaps');

	if (request.quantity === null) reasons.push('capacity_covers');
	else if (offer.capacity === null) reasons.push('capacity_unstated');
	else if (sameUnit(request.unit, offer.unit)) {
		const remaining = Math.max(request.quantity - request.covered, 0);
		reasons.push(offer.capacity >= remaining ? 'capacity_covers' : 'capacity_partial');
	}

	if (request.languages.some((l) => offer.languages.includes(l))) reasons.push('shared_language');
	return { score: reasons.reduce((total, r) => total + weights[r], 0), reasons };
}
