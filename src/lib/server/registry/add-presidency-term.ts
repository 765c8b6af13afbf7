import { requireManageNetworks } from '../access/access';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { ValidationError } from '../errors';
import type { RegistryWriteOptions } from './create-network';
import {
	findConferenceByEdition,
	findParticipantByCode,
	insertPresidencyTerm,
	type NetworkRow
} from './repository';
import { requireNetwork } from './require-network';
import type { AddPresidencyTermInput } from './schemas';

/**
 * An administrator records a Presidency term. It stays open: the next term's start ends it, so
 * the Presidency in office follows from the dates (handovers in office go through the Presidency).
 */
export async function addPresidencyTerm(
	ctx: Ctx,
	networkSlug: string,
	input: AddPresidencyTermInput
): Promise<{ startsOn: string }> {
	requireManageNetworks(ctx.actor);
	// Owner rights: the registry is public and no participant's record; the check above applies.
	return unsafeWithSystem(ctx.db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await addPresidencyTermIn(tx, ctx.actor, network, input);
		return { startsOn: input.startsOn };
	});
}

export async function addPresidencyTermIn(
	tx: Transaction,
	actor: Actor,
	network: Pick<NetworkRow, 'id'>,
	input: AddPresidencyTermInput,
	options: RegistryWriteOptions = {}
): Promise<{ created: boolean }> {
	requireManageNetworks(actor);
	const participant = await findParticipantByCode(tx, network.id, input.participant);
	if (!participant) {
		throw new ValidationError([{ path: 'participant', message: 'reg_err_unknown_participant' }]);
	}
	let conferenceId: string | null = null;
	if (input.conferenceEdition !== null) {
		const conference = await findConferenceByEdition(tx, network.id, input.conferenceEdition);
		if (!conference) {
			throw new ValidationError([
				{ path: 'conferenceEdition', message: 'reg_err_unknown_conference' }
			]);
		}
		conferenceId = conference.id;
	}
	const id = await insertPresidencyTerm(tx, {
		networkId: network.id,
		participantId: participant.id,
		conferenceId,
		startsOn: input.startsOn,
		endsOn: null
	});
	if (!id) {
		if (options.keepExisting) return { created: false };
		throw new ValidationError([{ path: 'startsOn', message: 'reg_err_term_taken' }]);
	}
	await appendAudit(tx, actor, {
		action: 'create',
		entityType: 'presidency_term',
		entityId: id,
		networkId: network.id,
		details: { participant: participant.code, startsOn: input.startsOn }
	});
	return { created: true };
}
