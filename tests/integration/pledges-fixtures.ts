import type { CreatePledgeInput } from '../../src/lib/server/pledges/schemas';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';

/** A pledge input at Level 1 with nothing but the required fields; tests add what they test. */
export function pledgeInput(
	level: ReleasabilityLevel,
	overrides: Partial<CreatePledgeInput> = {},
	named: string[] = []
): CreatePledgeInput {
	return {
		unitType: 'infantry_battalion',
		title: { es: 'Batallón de infantería', en: 'Infantry battalion' },
		personnel: { female: 0, male: 0 },
		readinessLevel: 'level_1',
		releasability: { level, participants: level === 'named' ? named : undefined },
		...overrides
	};
}

/** Everything Level 3 asks for: an assessment visit held, and the three annexes. */
export const levelThreeEvidence = {
	readinessLevel: 'level_3',
	assessmentVisitOn: '2025-10-01',
	assessmentReport: 'AAV report, October 2025',
	personnel: { female: 30, male: 370 },
	equipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
	selfSustainment: ['catering', 'communications']
} satisfies Partial<CreatePledgeInput>;

export const today = '2026-03-10';
