import { barrierAreas, type BarrierArea } from '../../src/lib/components/barriers/vocabulary';
import type { Ctx } from '../../src/lib/server/context';
import { recordArea } from '../../src/lib/server/barriers/record-area';
import type { SurveyResponseInput } from '../../src/lib/server/barriers/schemas';

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
