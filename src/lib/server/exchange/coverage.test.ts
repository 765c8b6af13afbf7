import { describe, expect, it } from 'vitest';
import {
	deriveStatus,
	duplicateSupportWarnings,
	type CoverageCommitment,
	type CoverageRequest
} from './coverage';

const request = (overrides: Partial<CoverageRequest> = {}): CoverageRequest => ({
	id: 'r1',
	ownerId: 'arg',
	category: 'training',
	title: { es: 'Curso' },
	quantity: 4,
	unit: 'courses',
	neededBy: '2027-06-30',
	createdOn: '2027-01-10',
	closed: false,
	...overrides
});
const commitment = (
	status: CoverageCommitment['status'],
	quantity: number | null,
	overrides: Partial<CoverageCommitment> = {}
): CoverageCommitment => ({ requestId: 'r1', providerCode: 'BRA', quantity, status, ...overrides });

describe('request status', () => {
	it('is derived from accepted and verified commitments', () => {
		expect(deriveStatus(request(), [])).toBe('open');
		expect(deriveStatus(request(), [commitment('proposed', 4)])).toBe('open');
		expect(deriveStatus(request(), [commitment('accepted', 1)])).toBe('partly_covered');
		expect(deriveStatus(request(), [commitment('in_progress', 4)])).toBe('covered');
		expect(deriveStatus(request(), [commitment('verified', 3), commitment('delivered', 1)])).toBe(
			'covered'
		);
		expect(deriveStatus(request(), [commitment('verified', null)])).toBe('fulfilled');
		expect(deriveStatus(request(), [commitment('withdrawn', 4)])).toBe('open');
		expect(deriveStatus(request({ closed: true }), [commitment('verified', 4)])).toBe('closed');
	});

	it('counts each commitment as the whole request when no quantity is asked', () => {
		const advice = request({ quantity: null, unit: null });
		expect(deriveStatus(advice, [commitment('accepted', null)])).toBe('covered');
		expect(deriveStatus(advice, [commitment('verified', null)])).toBe('fulfilled');
	});
});

describe('duplicate-support warnings', () => {
	it('warns when live commitments exceed what was asked', () => {
		const warnings = duplicateSupportWarnings(
			request(),
			[],
			[commitment('accepted', 3), commitment('proposed', 2, { providerCode: 'alcopaz' })]
		);
		expect(warnings).toEqual([
			expect.objectContaining({
				kind: 'over_committed',
				asked: 4,
				committed: 5,
				providers: ['BRA', 'alcopaz']
			})
		]);
		expect(
			duplicateSupportWarnings(
				request(),
				[],
				[commitment('accepted', 3), commitment('declined', 2)]
			)
		).toEqual([]);
	});

	it('names overlapping requests of the same participant, category and unit', () => {
		const sibling = request({ id: 'r2', createdOn: '2027-03-01', neededBy: null });
		const later = request({ id: 'r3', createdOn: '2027-07-01' });
		const otherOwner = request({ id: 'r4', ownerId: 'bra' });
		const otherUnit = request({ id: 'r5', unit: 'instructors' });
		const commitments = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) =>
			commitment('accepted', 3, { requestId: id, providerCode: `P-${id}` })
		);
		const [warning] = duplicateSupportWarnings(
			request(),
			[sibling, later, otherOwner, otherUnit],
			commitments
		);
		expect(warning).toMatchObject({
			kind: 'overlapping_requests',
			asked: 4,
			committed: 6,
			providers: ['P-r1', 'P-r2']
		});
		expect(warning!.requests.map((r) => r.id)).toEqual(['r1', 'r2']);
	});

	it('says nothing of overlaps while the request itself has no commitment', () => {
		const sibling = request({ id: 'r2' });
		expect(
			duplicateSupportWarnings(
				request(),
				[sibling],
				[commitment('accepted', 4, { requestId: 'r2' })]
			)
		).toEqual([]);
	});
});
