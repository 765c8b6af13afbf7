import { describe, expect, it } from 'vitest';
import { scoreMatch, type MatchOffer, type MatchRequest } from './matching';

const request: MatchRequest = {
	category: 'training',
	quantity: 3,
	unit: 'Courses',
	neededBy: '2027-06-30',
	languages: ['es', 'pt'],
	covered: 1
};
const offer: MatchOffer = {
	category: 'training',
	capacity: 2,
	unit: 'courses',
	availableFrom: '2027-03-01',
	availableUntil: '2027-12-31',
	languages: ['pt']
};
const today = '2027-01-15';

describe('matching an offer to a request', () => {
	it('scores category, window, capacity for what remains and a shared language', () => {
		expect(scoreMatch(request, offer, today)).toEqual({
			score: 100,
			reasons: ['same_category', 'window_overlaps', 'capacity_covers', 'shared_language']
		});
	});

	it('ranks partial capacity, a later window and other languages lower', () => {
		const weaker = scoreMatch(
			request,
			{ ...offer, capacity: 1, availableFrom: '2027-08-01', languages: ['fr'] },
			today
		);
		expect(weaker).toEqual({ score: 50, reasons: ['same_category', 'capacity_partial'] });
	});

	it('leaves out unrelated categories and offers whose window is over', () => {
		expect(scoreMatch(request, { ...offer, category: 'equipment' }, today)).toBeNull();
		expect(scoreMatch(request, { ...offer, availableUntil: '2027-01-14' }, today)).toBeNull();
		expect(scoreMatch(request, { ...offer, category: 'other' }, today)?.reasons).toContain(
			'related_category'
		);
	});

	it('does not compare capacities counted in different units', () => {
		const result = scoreMatch(request, { ...offer, unit: 'instructors' }, today);
		expect(result?.reasons).not.toContain('capacity_covers');
		expect(result?.reasons).not.toContain('capacity_partial');
	});
});
