import { randomBytes } from 'node:crypto';
import { anonymousActor } from '../access/actor';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { storeSurveyAnswer } from './repository';
import type { SurveyResponseInput } from './schemas';

/** A nonce for one answer form, so that the same form sent twice is counted once. */
export function newAnswerNonce(): string {
	return randomBytes(18).toString('base64url');
}

/**
 * Stores one anonymous answer. Whoever sends it, it runs as nobody and writes nothing else: no
 * user, no address, no audit entry (an entry would tie a person to the moment of an answer), and
 * the database keeps only the day. Answers without a nonce get a fresh one.
 */
export async function answerSurvey(
	ctx: Ctx,
	token: string,
	input: SurveyResponseInput
): Promise<{ recorded: boolean }> {
	const outcome = await withActor(ctx.db, anonymousActor, (tx) =>
		storeSurveyAnswer(tx, token, input.gender, input.answers, input.nonce ?? newAnswerNonce())
	);
	switch (outcome) {
		case 'recorded':
			return { recorded: true };
		case 'repeated':
			return { recorded: false };
		case 'unknown':
			throw new NotFoundError();
		case 'closed':
			throw new ConflictError('bar_err_survey_closed', 'The survey takes no more answers');
		case 'full':
			throw new ConflictError('bar_err_survey_full', 'The survey has all the answers it takes');
		case 'invalid':
			throw new ValidationError([{ path: 'answers', message: 'bar_err_answers' }]);
	}
}
