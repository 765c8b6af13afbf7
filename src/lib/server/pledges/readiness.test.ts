import { describe, expect, it } from 'vitest';
import { readinessProblems, requireReadiness, type ReadinessEvidence } from './readiness';

const today = '2026-03-10';

const complete: ReadinessEvidence = {
	readinessLevel: 'rapid_deployment',
	female: 20,
	male: 120,
	equipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
	selfSustainment: ['catering'],
	availableFrom: '2026-04-01',
	availableUntil: '2027-04-01',
	assessmentVisitOn: '2025-11-02',
	verificationVisitOn: '2026-02-01'
};

const bare: ReadinessEvidence = {
	readinessLevel: 'level_1',
	female: 0,
	male: 0,
	equipment: [],
	selfSustainment: [],
	availableFrom: null,
	availableUntil: null,
	assessmentVisitOn: null,
	verificationVisitOn: null
};

const paths = (e: ReadinessEvidence) => readinessProblems(e, today).map((p) => p.path);

describe('readiness rules', () => {
	it('ask nothing of Level 1', () => {
		expect(paths(bare)).toEqual([]);
	});

	it('ask Level 2 for an assessment visit that has taken place', () => {
		expect(paths({ ...bare, readinessLevel: 'level_2' })).toEqual(['assessmentVisitOn']);
		expect(
			readinessProblems(
				{ ...bare, readinessLevel: 'level_2', assessmentVisitOn: '2026-05-01' },
				today
			)
		).toEqual([{ path: 'assessmentVisitOn', message: 'pledge_need_assessment_visit_held' }]);
		expect(paths({ ...bare, readinessLevel: 'level_2', assessmentVisitOn: today })).toEqual([]);
	});

	it('ask Level 3 for Level 2’s evidence and every annex', () => {
		expect(paths({ ...bare, readinessLevel: 'level_3' })).toEqual([
			'assessmentVisitOn',
			'personnel',
			'equipment',
			'selfSustainment'
		]);
		expect(paths({ ...complete, readinessLevel: 'level_3', verificationVisitOn: null })).toEqual(
			[]
		);
	});

	it('ask the Rapid Deployment Level for a verification visit and a window within 60 days', () => {
		expect(paths(complete)).toEqual([]);
		expect(paths({ ...complete, verificationVisitOn: null })).toEqual(['verificationVisitOn']);
		expect(paths({ ...complete, availableFrom: '2026-05-09' })).toEqual([]);
		expect(paths({ ...complete, availableFrom: '2026-05-10' })).toEqual(['availableFrom']);
		expect(paths({ ...complete, availableFrom: null })).toEqual(['availableFrom']);
		expect(
			paths({ ...complete, availableFrom: '2025-01-01', availableUntil: '2026-03-09' })
		).toEqual(['availableUntil']);
	});

	it('refuse with 422 naming every missing piece, and a window that ends before it starts', () => {
		expect(() => requireReadiness({ ...bare, readinessLevel: 'level_3' }, today)).toThrow(
			expect.objectContaining({
				status: 422,
				messageKey: 'pledge_err_readiness_refused',
				fieldErrors: expect.arrayContaining([
					{ path: 'assessmentVisitOn', message: 'pledge_need_assessment_visit' }
				])
			})
		);
		expect(() =>
			requireReadiness(
				{ ...bare, availableFrom: '2026-05-01', availableUntil: '2026-04-01' },
				today
			)
		).toThrow(expect.objectContaining({ status: 422 }));
	});
});
