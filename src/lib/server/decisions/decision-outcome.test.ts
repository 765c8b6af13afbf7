import { describe, expect, it } from 'vitest';
import { decisionStatusAt, type OutcomeEvent } from './decision-outcome';

const deadline = new Date('2025-06-01T12:00:00Z');
const before = new Date('2025-06-01T11:00:00Z');
const after = new Date('2025-06-01T13:00:00Z');
const eligible = ['a', 'b'];
const open = { status: 'open' as const, deadline, eligible };

function position(
	seq: number,
	participantId: string,
	p: 'concur' | 'abstain' | 'object',
	at = before
): OutcomeEvent {
	return { seq, kind: 'position', participantId, position: p, at };
}

describe('decisionStatusAt', () => {
	it('stays open until the deadline', () => {
		expect(decisionStatusAt(open, [position(1, 'a', 'object')], before)).toBe('open');
	});

	it('adopts in silence, with nobody answering', () => {
		expect(decisionStatusAt(open, [], after)).toBe('adopted');
		expect(decisionStatusAt(open, [], deadline)).toBe('adopted');
	});

	it('rejects when one last position is an objection', () => {
		const events = [position(1, 'a', 'concur'), position(2, 'b', 'object')];
		expect(decisionStatusAt(open, events, after)).toBe('rejected');
	});

	it('adopts when an objection was changed to concur', () => {
		const events = [
			position(1, 'a', 'object'),
			position(2, 'a', 'concur'),
			position(3, 'b', 'abstain')
		];
		expect(decisionStatusAt(open, events, after)).toBe('adopted');
	});

	it('follows the order of the history, not the order given', () => {
		const events = [position(5, 'a', 'concur'), position(4, 'a', 'object')];
		expect(decisionStatusAt(open, events, after)).toBe('adopted');
	});

	it('ignores positions at or after the deadline and from participants not eligible', () => {
		const events = [position(1, 'a', 'object', deadline), position(2, 'z', 'object')];
		expect(decisionStatusAt(open, events, after)).toBe('adopted');
	});

	it('keeps a settled or withdrawn status', () => {
		expect(decisionStatusAt({ ...open, status: 'withdrawn' }, [], after)).toBe('withdrawn');
		expect(decisionStatusAt({ ...open, status: 'rejected' }, [], after)).toBe('rejected');
	});
});
