import type { Actor } from './actor';
import { NotFoundError, ForbiddenError, UnauthenticatedError } from '../errors';

export type ReleasabilityLevel =
	| 'owner'
	| 'named'
	| 'members'
	| 'members_and_observers'
	| 'network'
	| 'public';

export const releasabilityLevels: readonly ReleasabilityLevel[] = [
	'owner',
	'named',
	'members',
	'members_and_observers',
	'network',
	'public'
];

export interface ReleasableRecord {
	networkId: string;
	ownerId: string;
	level: ReleasabilityLevel;
	releasedTo: readonly string[];
}

/**
 * The one place that decides who may do what. Row-level security in the database applies the
 * same rules (drizzle/0001_rls.sql: app_can_read, app_can_write); this module lets the code
 * refuse early, answer 404 rather than leak, and explain itself.
 */
export function canRead(actor: Actor, record: ReleasableRecord): boolean {
	if (record.level === 'public') return true;
	const viewer = actor.participant;
	if (!viewer || viewer.networkId !== record.networkId) return false;
	if (viewer.id === record.ownerId) return true;
	switch (record.level) {
		case 'owner':
			return false;
		case 'named':
			return record.releasedTo.includes(viewer.id);
		case 'members':
			return viewer.status === 'member';
		case 'members_and_observers':
			return viewer.status === 'member' || viewer.status === 'observer';
		case 'network':
			return true;
	}
}

/** Create, change or delete records owned by `ownerId`. */
export function canWriteAs(actor: Actor, networkId: string, ownerId: string): boolean {
	if (!actor.userId) return false;
	if (actor.isAdmin) return true;
	const p = actor.participant;
	return (
		p !== null &&
		p.id === ownerId &&
		p.networkId === networkId &&
		(actor.role === 'focal_point' || actor.role === 'editor')
	);
}

export function canWrite(actor: Actor, record: ReleasableRecord): boolean {
	return canRead(actor, record) && canWriteAs(actor, record.networkId, record.ownerId);
}

/** Manage people (invite, change roles, deactivate) of a participant. */
export function canManagePeopleOf(actor: Actor, participantId: string): boolean {
	if (actor.isAdmin) return true;
	return actor.participant?.id === participantId && actor.role === 'focal_point';
}

export function canAdminister(actor: Actor): boolean {
	return actor.isAdmin;
}

export function requireSignedIn(actor: Actor): asserts actor is Actor & { userId: string } {
	if (!actor.userId) throw new UnauthenticatedError();
}

export function requireRead(actor: Actor, record: ReleasableRecord | undefined | null): void {
	if (!record || !canRead(actor, record)) throw new NotFoundError();
}

/** A record the actor cannot see is reported as missing; one it sees but may not change, as forbidden. */
export function requireWrite(actor: Actor, record: ReleasableRecord | undefined | null): void {
	requireRead(actor, record);
	if (!actor.userId) throw new UnauthenticatedError();
	if (!canWriteAs(actor, record!.networkId, record!.ownerId)) throw new ForbiddenError();
}

export function requireWriteAs(actor: Actor, networkId: string, ownerId: string): void {
	requireSignedIn(actor);
	if (!canWriteAs(actor, networkId, ownerId)) throw new ForbiddenError();
}

export function requireManagePeopleOf(actor: Actor, participantId: string): void {
	requireSignedIn(actor);
	if (!canManagePeopleOf(actor, participantId)) throw new ForbiddenError();
}

export function requireAdmin(actor: Actor): void {
	requireSignedIn(actor);
	if (!actor.isAdmin) throw new ForbiddenError();
}
