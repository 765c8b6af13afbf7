import { z } from 'zod';
import type { Queryable } from '../db/client';
import { ValidationError } from '../errors';
import { findParticipantsByCodes, findParticipantsByIds } from '../registry/repository';
import { releasabilityLevels } from '$lib/releasability/levels';

/**
 * Releasability at the boundary: the schema every protected record's input uses, the resolution
 * of participant codes to ids, and the way back for views. Who may read a released record is
 * decided in `access.ts` (and by row-level security); this module only moves the choice in and out.
 */

export const participantCodeSchema = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[A-Za-z0-9-]+$/);

export const releasabilitySchema = z
	.object({
		level: z.enum(releasabilityLevels),
		participants: z.array(participantCodeSchema).max(100).optional()
	})
	.superRefine((value, issue) => {
		if (value.level === 'named' && (value.participants?.length ?? 0) === 0) {
			issue.addIssue({
				code: 'custom',
				path: ['participants'],
				message: 'releasability_named_needs_participants'
			});
		}
		if (value.level !== 'named' && (value.participants?.length ?? 0) > 0) {
			issue.addIssue({
				code: 'custom',
				path: ['participants'],
				message: 'releasability_participants_only_named'
			});
		}
	});
export type ReleasabilityInput = z.infer<typeof releasabilitySchema>;

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

/** Participant codes for every `named` release in the given lists, in one query. */
export async function releaseCodeMap(
	q: Queryable,
	releasedTo: readonly (readonly string[])[]
): Promise<Map<string, string>> {
	const ids = [...new Set(releasedTo.flat())];
	const found = await findParticipantsByIds(q, ids);
	return new Map(found.map((p) => [p.id, p.code]));
}

/** A stored release as the API shows it: the level and the named participants' codes, sorted. */
export function releasabilityView(
	row: { level: ReleasabilityInput['level']; releasedTo: readonly string[] },
	codes: Map<string, string>
): { level: ReleasabilityInput['level']; participants: string[] } {
	return {
		level: row.level,
		participants: row.releasedTo.map((id) => codes.get(id) ?? id).sort()
	};
}
