import { barrierAreas, type BarrierArea } from '../../src/lib/components/barriers/vocabulary';
import type { Ctx } from '../../src/lib/server/context';
import { recordArea } from '../../src/lib/server/barriers/record-area';
import type { SurveyResponseInput } from '../../src/lib/server/barriers/schemas';
import type { Actor } from '../../src/lib/server/access/actor';
import type { Database } from '../../src/lib/server/db/client';
import { anonymousActor } from '../../src/lib/server/access/actor';
import { answerSurvey } from '../../src/lib/server/barriers/answer-survey';
import { createAssessment } from '../../src/lib/server/barriers/create-assessment';
import { createRecommendation } from '../../src/lib/server/barriers/create-recommendation';
import { followUpRecommendation } from '../../src/lib/server/barriers/follow-up-recommendation';
import { openSurvey } from '../../src/lib/server/barriers/open-survey';

/** Every area answered with the same agreement. */
export function answersAll(level: number): Record<BarrierArea, number> {
	return Object.fromEntries(barrierAreas.map((a) => [a, level])) as Record<BarrierArea, number>;
}

export function surveyAnswer(
	gender: SurveyResponseInput['gender'],
	level: number,
	nonce?: string
): SurveyResponseInput {
	return { gender, answers: answersAll(level), ...(nonce ? { nonce } : {}) };
}

/** Records a finding in all ten areas, so that the assessment may be published. */
export async function recordEveryArea(ctx: Ctx, network: string, id: string, finding = 'barrier') {
	for (const area of barrierAreas) {
		await recordArea(ctx, network, id, area, {
			finding: finding as 'barrier',
			evidence: `Evidence for ${area}`,
			sources: '',
			facts: {}
		});
	}
}

/** One row in every table of the area, for the backup's round trip. */
export async function fillBarrierTables(db: Database, actor: Actor): Promise<void> {
	const ctx = { db, actor };
	const { id } = await createAssessment(ctx, 'relacopaz', {
		year: 2025,
		scope: 'both',
		notes: 'Equipo "mixto" \\ con\nsaltos',
		releasability: { level: 'named', participants: ['BRA'] }
	});
	await recordArea(ctx, 'relacopaz', id, 'eligible_pool', {
		finding: 'barrier',
		evidence: 'Pocas mujeres en el grupo elegible',
		sources: 'Registro de personal 2025',
		facts: { women: 80, total: 1200 }
	});
	const { id: recommendation } = await createRecommendation(ctx, 'relacopaz', id, {
		area: 'eligible_pool',
		text: 'Ampliar el reclutamiento de mujeres',
		priority: 'high',
		responsible: 'Dirección de Personal',
		dueOn: '2026-06-30',
		status: 'planned'
	});
	await followUpRecommendation(ctx, 'relacopaz', id, recommendation, {
		status: 'in_progress',
		note: 'Campaña lanzada'
	});
	const { token } = await openSurvey(ctx, 'relacopaz', id, 'http://localhost');
	await answerSurvey({ db, actor: anonymousActor }, token, surveyAnswer('woman', 4));
}
