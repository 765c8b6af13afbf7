import { anonymousActor } from '../access/actor';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { findSurveyByToken, type SurveyByToken } from './repository';

/** A survey token as links carry it; anything else names no survey. */
const tokenPattern = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * The survey a public link opens, for anyone holding the link: whose it is, its year and scope,
 * and whether it still takes answers. Read as nobody, so that a signed-in visitor is not known.
 */
export async function findSurvey(ctx: Ctx, token: string): Promise<SurveyByToken> {
	if (!tokenPattern.test(token)) throw new NotFoundError();
	const found = await withActor(ctx.db, anonymousActor, (tx) => findSurveyByToken(tx, token));
	if (!found) throw new NotFoundError();
	return found;
}
