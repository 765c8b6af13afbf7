import { requireManageNetworks } from '../access/access';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { ValidationError } from '../errors';
import { countryName } from '../statistics/country-names';
import type { RegistryWriteOptions } from './create-network';
import { findParticipantByCode, insertParticipant, type NetworkRow } from './repository';
import { requireNetwork } from './require-network';
import type { AddParticipantInput } from './schemas';

/** An administrator adds a member, observer or partner: a country's ministry or an organisation. */
export async function addParticipant(
	ctx: Ctx,
	networkSlug: string,
	input: AddParticipantInput
): Promise<{ code: string }> {
	requireManageNetworks(ctx.actor);
	// Owner rights: the registry is public and no participant's record; the check above applies.
	return unsafeWithSystem(ctx.db, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return addParticipantIn(tx, ctx.actor, network, input);
	});
}

/** A country's name in every language it lacks comes from the ISO 3166 names. */
function participantName(input: AddParticipantInput) {
	if (input.kind === 'organization') return input.name;
	const code = input.countryCode;
	return {
		es: input.name.es ?? countryName(code, 'es'),
		en: input.name.en ?? countryName(code, 'en'),
		pt: input.name.pt ?? countryName(code, 'pt'),
		fr: input.name.fr ?? countryName(code, 'fr')
	};
}

export async function addParticipantIn(
	tx: Transaction,
	actor: Actor,
	network: Pick<NetworkRow, 'id'>,
	input: AddParticipantInput,
	options: RegistryWriteOptions = {}
): Promise<{ id: string; code: string; created: boolean }> {
	requireManageNetworks(actor);
	const code = input.kind === 'country' ? input.countryCode : input.code;
	const id = await insertParticipant(tx, {
		networkId: network.id,
		code,
		kind: input.kind,
		status: input.status,
		name: participantName(input),
		ministry: input.ministry,
		countryCode: input.kind === 'country' ? input.countryCode : null
	});
	if (!id) {
		const existing = await findParticipantByCode(tx, network.id, code);
		if (options.keepExisting && existing) return { id: existing.id, code, created: false };
		const path = input.kind === 'country' ? 'countryCode' : 'code';
		throw new ValidationError([{ path, message: 'reg_err_participant_taken' }]);
	}
	await appendAudit(tx, actor, {
		action: 'create',
		entityType: 'participant',
		entityId: id,
		networkId: network.id,
		details: { code, kind: input.kind, status: input.status }
	});
	return { id, code, created: true };
}
