import { canManageGovernance, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { unsafeWithSystem } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { findParticipantByCode, findTermOn } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { dayBefore } from './get-governance';
import { loadGovernanceFacts } from './load-governance-facts';
import { endTerm, insertHandover, insertTerm } from './repository';
import { findConferenceByEdition } from '../registry/repository';
import type { HandoverInput } from './schemas';

/**
 * The Presidency in office (or an administrator) hands the Presidency over: the current term ends
 * the day before, a new term starts on the day, and who handed over to whom is recorded.
 */
export async function recordHandover(
	ctx: Ctx,
	networkSlug: string,
	input: HandoverInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	// Owner rights: Presidency terms are registry records no participant may write; the check
	// below is the one that applies.
	await unsafeWithSystem(ctx.db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		if (!canManageGovernance(ctx.actor, facts)) throw new ForbiddenError();
		const to = await findParticipantByCode(tx, network.id, input.toCode);
		if (!to)
			throw new ValidationError([{ path: 'toCode', message: 'gov_err_unknown_participant' }]);
		const current = await findTermOn(tx, network.id, input.on);
		if (current && current.term.startsOn >= input.on) {
			throw new ValidationError([{ path: 'on', message: 'gov_err_handover_date' }]);
		}
		if (current && current.participant.id === to.id) {
			throw new ValidationError([{ path: 'toCode', message: 'gov_err_handover_same' }]);
		}
		let conferenceId: string | null = null;
		if (input.conferenceEdition !== undefined) {
			const conference = await findConferenceByEdition(tx, network.id, input.conferenceEdition);
			if (!conference) {
				throw new ValidationError([
					{ path: 'conferenceEdition', message: 'gov_err_unknown_conference' }
				]);
			}
			conferenceId = conference.id;
		}
		if (current) await endTerm(tx, current.term.id, dayBefore(input.on));
		const toTermId = await insertTerm(tx, {
			networkId: network.id,
			participantId: to.id,
			conferenceId,
			startsOn: input.on
		});
		await insertHandover(tx, {
			networkId: network.id,
			fromTermId: current?.term.id ?? null,
			toTermId,
			fromParticipantId: current?.participant.id ?? null,
			toParticipantId: to.id,
			handedOverOn: input.on,
			note: input.note,
			recordedBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'handover',
			entityType: 'presidency_term',
			entityId: toTermId,
			networkId: network.id,
			details: { from: current?.participant.code ?? null, to: to.code, on: input.on }
		});
	});
}
