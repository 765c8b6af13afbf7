import type { LocalizedText } from '../db/schema';
import { requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import {
	listNetworkOptions,
	listParticipantOptions,
	listPersonRows,
	type ParticipantOptionRow,
	type PersonRow,
	type UserRole
} from './repository';
import type { ListPeopleQuery } from './schemas';

export interface ParticipantOption {
	id: string;
	code: string;
	name: LocalizedText;
	network: { slug: string; acronym: string };
}

export interface PersonView {
	id: string;
	email: string;
	name: string;
	role: UserRole | null;
	isAdmin: boolean;
	/** invited: no password chosen yet. */
	status: 'active' | 'invited' | 'deactivated';
	participant: ParticipantOption | null;
	self: boolean;
}

export interface PeopleList {
	people: PersonView[];
	/** Where the actor may invite people; also the administrators' filter choices. */
	participants: ParticipantOption[];
	/** Empty unless the actor is an administrator. */
	networks: { slug: string; acronym: string }[];
	filter: { network: string | null; participant: string | null };
	canInviteAdmins: boolean;
}

/**
 * The people an actor manages: an administrator sees everyone and may filter by network or
 * participant; a focal point sees its own participant. Anyone else finds no such page.
 */
export async function listPeople(ctx: Ctx, query: ListPeopleQuery): Promise<PeopleList> {
	const { actor, db } = ctx;
	requireSignedIn(actor);
	if (actor.isAdmin) {
		return db.transaction(async (tx) => {
			const networks = await listNetworkOptions(tx);
			const participants = await listParticipantOptions(tx);
			const network = query.network ? networks.find((n) => n.slug === query.network) : undefined;
			const participant = query.participant
				? participants.find((p) => p.id === query.participant)
				: undefined;
			const unknownFilter = (query.network && !network) || (query.participant && !participant);
			const rows = unknownFilter
				? []
				: await listPersonRows(tx, { networkId: network?.id, participantId: participant?.id });
			return {
				people: rows.map((row) => toPersonView(row, actor.userId)),
				participants: participants.map(toParticipantOption),
				networks: networks.map(({ slug, acronym }) => ({ slug, acronym })),
				filter: { network: network?.slug ?? null, participant: participant?.id ?? null },
				canInviteAdmins: true
			};
		});
	}
	const own = actor.participant;
	if (!own || actor.role !== 'focal_point') throw new NotFoundError();
	if (query.participant && query.participant !== own.id) throw new NotFoundError();
	return db.transaction(async (tx) => {
		const participants = await listParticipantOptions(tx, own.id);
		const rows = await listPersonRows(tx, { participantId: own.id });
		return {
			people: rows.map((row) => toPersonView(row, actor.userId)),
			participants: participants.map(toParticipantOption),
			networks: [],
			filter: { network: null, participant: own.id },
			canInviteAdmins: false
		};
	});
}

function toParticipantOption(row: ParticipantOptionRow): ParticipantOption {
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		network: { slug: row.networkSlug, acronym: row.networkAcronym }
	};
}

function toPersonView(row: PersonRow, actorId: string): PersonView {
	const { person, participant } = row;
	return {
		id: person.id,
		email: person.email,
		name: person.name,
		role: person.isAdmin ? null : person.role,
		isAdmin: person.isAdmin,
		status: !person.active ? 'deactivated' : person.hasPassword ? 'active' : 'invited',
		participant: participant ? toParticipantOption(participant) : null,
		self: person.id === actorId
	};
}
