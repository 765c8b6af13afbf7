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
	insertConference,
	type NetworkRow
} from './repository';
import { requireNetwork } from './require-network';
import type { AddConferenceInput } from './schemas';

/** An administrator records a conference edition; its host is the participant of that country. */
export async function addConference(
	ctx: Ctx,
	networkSlug: string,
	input: AddConferenceInput
): Promise<{ edition: number }> {
	requireManageNetworks(ctx.actor);
	// Owner rights: the registry is public and no participant's record; the check above applies.
	return unsafeWithSystem(ctx.db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await addConferenceIn(tx, ctx.actor, network, input);
		return { edition: input.edition };
	});
}

export async function addConferenceIn(
	tx: Transaction,
	actor: Actor,
	network: Pick<NetworkRow, 'id'>,
	input: AddConferenceInput,
	options: RegistryWriteOptions = {}
): Promise<{ id: string; created: boolean }> {
	requireManageNetworks(actor);
	const host = await findParticipantByCode(tx, network.id, input.countryCode);
	const id = await insertConference(tx, {
		networkId: network.id,
		edition: input.edition,
		name: input.name,
		city: input.city || null,
		countryCode: input.countryCode,
		hostParticipantId: host?.id ?? null,
		year: input.year,
		startsOn: input.startsOn,
		endsOn: input.endsOn
	});
	if (!id) {
		const existing = await findConferenceByEdition(tx, network.id, input.edition);
		if (options.keepExisting && existing) return { id: existing.id, created: false };
		throw new ValidationError([{ path: 'edition', message: 'reg_err_edition_taken' }]);
	}
	await appendAudit(tx, actor, {
		action: 'create',
		entityType: 'conference',
		entityId: id,
		networkId: network.id,
		details: { edition: input.edition, country: input.countryCode, year: input.year }
	});
	return { id, created: true };
}
