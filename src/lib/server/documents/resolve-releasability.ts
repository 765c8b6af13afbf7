import type { Queryable } from '../db/client';
import { ValidationError } from '../errors';
import { findParticipantsByCodes } from '../registry/repository';
import type { ReleasabilityInput } from './schemas';

/** Turns participant codes into ids, refusing codes that are not participants of the network. */
export async function resolveReleasability(
	q: Queryable,
	networkId: string,
	input: ReleasabilityInput
): Promise<{ level: ReleasabilityInput['level']; releasedTo: string[] }> {
	const codes = [...new Set(input.participants ?? [])];
	const found = await findParticipantsByCodes(q, networkId, codes);
	const unknown = codes.filter((code) => !found.some((p) => p.code === code));
	if (unknown.length > 0) {
		throw new ValidationError([
			{
				path: 'releasability.participants',
				message: 'docs_err_unknown_participants'
			}
		]);
	}
	return { level: input.level, releasedTo: found.map((p) => p.id) };
}
