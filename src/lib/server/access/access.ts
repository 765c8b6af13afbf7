import type { Actor } from './actor';
import type { ReleasabilityLevel } from '$lib/releasability/levels';
import { DomainError, NotFoundError, ForbiddenError, UnauthenticatedError } from '../errors';
import type { BarrierStatus } from '$lib/components/barriers/vocabulary';

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

/** Take away everything a participant owns: its focal points only, whatever the records' levels. */
export function canExportParticipant(
	actor: Actor,
	networkId: string,
	participantId: string
): boolean {
	const p = actor.participant;
	return (
		p !== null &&
		p.id === participantId &&
		p.networkId === networkId &&
		actor.role === 'focal_point'
	);
}

export function canAdminister(actor: Actor): boolean {
	return actor.isAdmin;
}

/**
 * Networks and their registry (participants, conferences, Presidency terms) are kept by the
 * installation's administrators and its operator; to anyone else that administration is not there.
 */
export function canManageNetworks(actor: Actor): boolean {
	return actor.isAdmin;
}

export function requireManageNetworks(actor: Actor): void {
	if (canManageNetworks(actor)) return;
	if (!actor.userId) throw new UnauthenticatedError();
	throw new NotFoundError();
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

/**
 * Refuses people management of `participantId` (null: administrators, who have no participant).
 * A participant outside the actor's reach answers 404 so that nothing about it is confirmed; the
 * actor's own participant without the focal point role answers 403.
 */
export function requireManagePeople(actor: Actor, participantId: string | null): void {
	requireSignedIn(actor);
	if (participantId === null) {
		if (actor.isAdmin) return;
		throw new NotFoundError();
	}
	if (canManagePeopleOf(actor, participantId)) return;
	if (actor.participant?.id === participantId) throw new ForbiddenError();
	throw new NotFoundError();
}

/** Only administrators invite other administrators. */
export function canInviteAdministrators(actor: Actor): boolean {
	return actor.userId !== null && actor.isAdmin;
}

/** Administrators file records for any participant of a network; everyone else for its own only. */
export function canChooseOwner(actor: Actor): boolean {
	return actor.isAdmin;
}

/** Documents: administrators create them for any participant; editors and focal points for their own. */
export function canCreateDocumentIn(actor: Actor, networkId: string): boolean {
	if (actor.isAdmin) return actor.userId !== null;
	const own = actor.participant;
	return own !== null && canWriteAs(actor, networkId, own.id);
}

/** Who holds governance powers in a network today, as read from its terms and bodies. */
export interface GovernanceFacts {
	networkId: string;
	/** The participant holding the Presidency term in force today, if any. */
	presidencyId: string | null;
	secretariatIds: readonly string[];
}

/** Users of a participant act for it when they are its focal points or editors. */
function actsForParticipant(
	actor: Actor,
	networkId: string
): actor is Actor & {
	participant: NonNullable<Actor['participant']>;
} {
	return (
		actor.userId !== null &&
		actor.participant !== null &&
		actor.participant.networkId === networkId &&
		(actor.role === 'focal_point' || actor.role === 'editor')
	);
}

/** The Presidency's powers last exactly as long as the term in force. */
export function isPresidency(actor: Actor, facts: GovernanceFacts): boolean {
	return actsForParticipant(actor, facts.networkId) && actor.participant.id === facts.presidencyId;
}

function presidencyOnly(): DomainError {
	return new DomainError(403, 'gov_err_presidency_only', 'Only the Presidency may do this');
}

/** Refuses what only the Presidency in office may do (withdraw or extend a decision, sign). */
export function requirePresidency(actor: Actor, facts: GovernanceFacts): void {
	if (!isPresidency(actor, facts)) throw presidencyOnly();
}

/** The Presidency or the Technical Secretariat opens decisions. */
export function canOpenDecision(actor: Actor, facts: GovernanceFacts): boolean {
	if (!actsForParticipant(actor, facts.networkId)) return false;
	return (
		actor.participant.id === facts.presidencyId ||
		facts.secretariatIds.includes(actor.participant.id)
	);
}

/** Only the member signatories recorded as eligible when the decision opened take positions. */
export function canTakePosition(
	actor: Actor,
	decision: { networkId: string; eligible: readonly string[] }
): boolean {
	return (
		actsForParticipant(actor, decision.networkId) &&
		decision.eligible.includes(actor.participant.id)
	);
}

/**
 * Whether the actor sees every participant's position on a decision it may read (each sees its own
 * always): the opener always; the eligible signatories unless the opener kept each position to its
 * own participant (`own`); every reader when the opener chose `everyone`. Others see the counts.
 * Row-level security applies the same rule to the positions.
 */
export function canSeePositions(
	actor: Actor,
	decision: {
		networkId: string;
		ownerId: string;
		eligible: readonly string[];
		positionsVisibility: 'all' | 'own' | 'everyone';
	}
): boolean {
	if (decision.positionsVisibility === 'everyone') return true;
	const own = actor.participant;
	if (!own || own.networkId !== decision.networkId) return false;
	if (own.id === decision.ownerId) return true;
	return decision.positionsVisibility === 'all' && decision.eligible.includes(own.id);
}

/** Bodies, their members and Presidency handovers: the Presidency and administrators. */
export function canManageGovernance(actor: Actor, facts: GovernanceFacts): boolean {
	return (actor.userId !== null && actor.isAdmin) || isPresidency(actor, facts);
}

/** Calendar: the participant holding the Presidency term in force today, passed in by the caller. */
function holdsPresidency(actor: Actor, networkId: string, presidencyId: string | null): boolean {
	return (
		presidencyId !== null && isPresidency(actor, { networkId, presidencyId, secretariatIds: [] })
	);
}

/** An event is created by its organiser's editors and focal points, or by the Presidency for anyone. */
export function canCreateEventFor(
	actor: Actor,
	networkId: string,
	organiserId: string,
	presidencyId: string | null
): boolean {
	return (
		canWriteAs(actor, networkId, organiserId) || holdsPresidency(actor, networkId, presidencyId)
	);
}

/** The organiser and the Presidency edit, cancel and delete the events they can see. */
export function canEditEvent(
	actor: Actor,
	event: ReleasableRecord,
	presidencyId: string | null
): boolean {
	return (
		canRead(actor, event) && canCreateEventFor(actor, event.networkId, event.ownerId, presidencyId)
	);
}

/** A participant registers its own delegation to an event, through its editors and focal points. */
export function canRegisterDelegation(actor: Actor, networkId: string): boolean {
	const own = actor.participant;
	return own !== null && own.networkId === networkId && canWriteAs(actor, networkId, own.id);
}

/** Only the Presidency in office approves the annual calendar. */
export function canApproveCalendar(
	actor: Actor,
	networkId: string,
	presidencyId: string | null
): boolean {
	return holdsPresidency(actor, networkId, presidencyId);
}

/**
 * A delegation is seen by the participant that registered it, and by the event's organiser and the
 * Presidency when the delegation's releasability covers them. Nobody else sees it, whatever its
 * level (drizzle/0007_calendar_rls.sql: app_can_read_delegation).
 */
export function canReadDelegation(
	actor: Actor,
	delegation: ReleasableRecord,
	organiserId: string,
	presidencyId: string | null
): boolean {
	const viewer = actor.participant;
	if (!actor.userId || !viewer || viewer.networkId !== delegation.networkId) return false;
	if (viewer.id === delegation.ownerId) return true;
	const concerned =
		viewer.id === organiserId || holdsPresidency(actor, delegation.networkId, presidencyId);
	return concerned && canRead(actor, delegation);
}

/** Reporting cycles are opened by the editors and focal points of the Presidency in office. */
export function canOpenReportingCycle(
	actor: Actor,
	networkId: string,
	presidencyId: string | null
): boolean {
	return (
		presidencyId !== null &&
		actor.participant?.id === presidencyId &&
		canWriteAs(actor, networkId, presidencyId)
	);
}

/**
 * Reporting cycles are seen by administrators and by the users of the network's participants; to
 * anyone else they do not exist.
 */
export function canSeeReportingCycles(actor: Actor, networkId: string): boolean {
	return actor.isAdmin || actor.participant?.networkId === networkId;
}

export function requireSeeReportingCycles(actor: Actor, networkId: string): void {
	if (!canSeeReportingCycles(actor, networkId)) throw new NotFoundError();
}

/** A national report is read where it was released once submitted; a draft by its owner only. */
export function canReadReport(
	actor: Actor,
	report: ReleasableRecord & { status: 'draft' | 'submitted' }
): boolean {
	if (!canRead(actor, report)) return false;
	return report.status === 'submitted' || actor.participant?.id === report.ownerId;
}

/**
 * An activity is readable where its report is and, when it narrows releasability, where its own
 * level allows too (the same rule as the row-level policy).
 */
export function canReadActivity(
	actor: Actor,
	report: ReleasableRecord & { status: 'draft' | 'submitted' },
	activity: { level: ReleasabilityLevel | null; releasedTo: readonly string[] }
): boolean {
	if (!canReadReport(actor, report)) return false;
	if (activity.level === null) return true;
	return canRead(actor, {
		networkId: report.networkId,
		ownerId: report.ownerId,
		level: activity.level,
		releasedTo: activity.releasedTo
	});
}

/** Editors draft a national report; only a focal point of its participant submits or reopens it. */
export function canSubmitReportFor(actor: Actor, networkId: string, ownerId: string): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null &&
		p !== null &&
		p.id === ownerId &&
		p.networkId === networkId &&
		actor.role === 'focal_point'
	);
}

/**
 * The status board's dates are for the Presidency (the one that opened the cycle, or the one in
 * office now); other participants see the statuses only.
 */
export function canSeeReportingDates(
	actor: Actor,
	networkId: string,
	presidencyIds: readonly (string | null)[]
): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null && p !== null && p.networkId === networkId && presidencyIds.includes(p.id)
	);
}

/** A draft Declaration's text is written by the Presidency in office. */
export function canDraftDeclaration(actor: Actor, facts: GovernanceFacts): boolean {
	return isPresidency(actor, facts);
}

export function requireDraftDeclaration(actor: Actor, facts: GovernanceFacts): void {
	if (!canDraftDeclaration(actor, facts)) throw presidencyOnly();
}

/** Editors and focal points of a member propose amendments; observers and partners do not. */
export function canProposeAmendment(actor: Actor, networkId: string): boolean {
	return actsForParticipant(actor, networkId) && actor.participant.status === 'member';
}

/** Cooperation exchange: a participant's focal points and editors ask for support on its behalf. */
export function canRequestCooperation(actor: Actor, networkId: string): boolean {
	return actsForParticipant(actor, networkId);
}

/** Members and partners offer support; observers do not. */
export function canOfferCooperation(actor: Actor, networkId: string): boolean {
	return (
		actsForParticipant(actor, networkId) &&
		(actor.participant.status === 'member' || actor.participant.status === 'partner')
	);
}

/** Any participant that sees another participant's request may commit to it. */
export function canCommitTo(actor: Actor, request: ReleasableRecord): boolean {
	return (
		canRead(actor, request) &&
		actsForParticipant(actor, request.networkId) &&
		actor.participant.id !== request.ownerId
	);
}

/**
 * Each step of a commitment belongs to one side, the requester's or the provider's
 * (drizzle: exchange_rls, cooperation_commitment_step): only that participant's focal points and
 * editors take it.
 */
export function canActForSide(actor: Actor, networkId: string, sideId: string): boolean {
	return actsForParticipant(actor, networkId) && actor.participant.id === sideId;
}

/** Pledges and combined contingents are entered by the editors and focal points of a participant. */
export function canPledgeIn(actor: Actor, networkId: string): boolean {
	return actsForParticipant(actor, networkId);
}

/** Only the pledge's own participant attaches it to a contingent or withdraws it. */
export function canContributePledge(actor: Actor, pledge: ReleasableRecord): boolean {
	return canRead(actor, pledge) && actsForParticipant(actor, pledge.networkId)
		? actor.participant!.id === pledge.ownerId
		: false;
}

/** A pledge's history stays with the users of its participant, whatever the pledge's release. */
export function canSeePledgeHistory(actor: Actor, pledge: ReleasableRecord): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null &&
		p !== null &&
		p.networkId === pledge.networkId &&
		p.id === pledge.ownerId
	);
}

/** Capability gaps are published by the Presidency in office or by a partner, in its own name. */
export function canPublishCapabilityGap(
	actor: Actor,
	networkId: string,
	presidencyId: string | null
): boolean {
	if (!actsForParticipant(actor, networkId)) return false;
	return actor.participant.id === presidencyId || actor.participant.status === 'partner';
}

/**
 * A mission's brief (mandate summary, renewal date, host country) is kept by the Presidency in
 * office and by the partners' editors and focal points (drizzle/0023: app_can_edit_mission_brief).
 */
export function canEditMissionBrief(actor: Actor, facts: GovernanceFacts): boolean {
	if (actor.userId !== null && actor.isAdmin) return true;
	if (!actsForParticipant(actor, facts.networkId)) return false;
	return actor.participant.status === 'partner' || actor.participant.id === facts.presidencyId;
}

/**
 * Following a mission or a country takes a participant in the network: what reaches a follower
 * is what is released to that participant.
 */
export function canFollowSituation(actor: Actor, networkId: string): boolean {
	return actor.userId !== null && actor.participant?.networkId === networkId;
}

/**
 * Webhooks: a participant's focal points register and delete them, for their own participant;
 * the participant's users see them and their delivery log (drizzle: webhooks_rls).
 */
export function canManageWebhooks(actor: Actor, networkId: string): boolean {
	return (
		actor.userId !== null &&
		actor.participant !== null &&
		actor.participant.networkId === networkId &&
		actor.role === 'focal_point'
	);
}

export function canSeeWebhook(
	actor: Actor,
	webhook: { networkId: string; participantId: string }
): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null &&
		p !== null &&
		p.networkId === webhook.networkId &&
		p.id === webhook.participantId
	);
}

/** Training centres are registered by the owning participant's focal points, or by administrators. */
export function canRegisterTrainingCentre(
	actor: Actor,
	networkId: string,
	ownerId: string
): boolean {
	if (!actor.userId) return false;
	if (actor.isAdmin) return true;
	const p = actor.participant;
	return (
		p !== null && p.id === ownerId && p.networkId === networkId && actor.role === 'focal_point'
	);
}

/**
 * A course's details, seat offers and the decisions on nominations belong to its organiser: the
 * editors and focal points of the participant that owns the event.
 */
export function canOrganiseCourse(actor: Actor, event: ReleasableRecord): boolean {
	const p = actor.participant;
	return (
		canRead(actor, event) &&
		p !== null &&
		p.id === event.ownerId &&
		canWriteAs(actor, event.networkId, event.ownerId)
	);
}

/** A participant nominates people to courses through its focal points. */
export function canNominateTrainees(actor: Actor, networkId: string): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null && p !== null && p.networkId === networkId && actor.role === 'focal_point'
	);
}

/**
 * A nominee's personal data is read by the nominating participant and by the course's organiser,
 * nobody else, whatever the course's releasability (drizzle: training_rls).
 */
export function canReadNomination(
	actor: Actor,
	nomination: { networkId: string; ownerId: string },
	organiserId: string
): boolean {
	const viewer = actor.participant;
	if (!actor.userId || !viewer || viewer.networkId !== nomination.networkId) return false;
	return viewer.id === nomination.ownerId || viewer.id === organiserId;
}
/**
 * Barrier assessments are made by a participant's editors and focal points, for that participant
 * (drizzle: barriers_rls).
 */
export function canAssessBarriersIn(actor: Actor, networkId: string): boolean {
	return actsForParticipant(actor, networkId);
}

/** An assessment is its owner's alone until published; then it is read where it is released. */
export function canReadBarrierAssessment(
	actor: Actor,
	assessment: ReleasableRecord & { status: BarrierStatus }
): boolean {
	if (!canRead(actor, assessment)) return false;
	return assessment.status === 'published' || actor.participant?.id === assessment.ownerId;
}

export function requireReadBarrierAssessment(
	actor: Actor,
	assessment: (ReleasableRecord & { status: BarrierStatus }) | undefined | null
): void {
	if (!assessment || !canReadBarrierAssessment(actor, assessment)) throw new NotFoundError();
}

/** Its areas, recommendations and survey are changed by whoever may write the assessment. */
export function requireWriteBarrierAssessment(
	actor: Actor,
	assessment: (ReleasableRecord & { status: BarrierStatus }) | undefined | null
): void {
	requireReadBarrierAssessment(actor, assessment);
	requireSignedIn(actor);
	if (!canWriteAs(actor, assessment!.networkId, assessment!.ownerId)) throw new ForbiddenError();
}

export function canWriteBarrierAssessment(
	actor: Actor,
	assessment: ReleasableRecord & { status: BarrierStatus }
): boolean {
	return (
		canReadBarrierAssessment(actor, assessment) &&
		canWriteAs(actor, assessment.networkId, assessment.ownerId)
	);
}
/**
 * Any participant that reads a document may ask its owner for a human translation
 * (drizzle: library_rls, translation_requests_insert); the owner does not ask itself.
 */
export function canRequestTranslation(actor: Actor, doc: ReleasableRecord): boolean {
	const p = actor.participant;
	return (
		actor.userId !== null &&
		p !== null &&
		p.networkId === doc.networkId &&
		p.id !== doc.ownerId &&
		canRead(actor, doc)
	);
}

/** The owner's focal points and editors close a translation request, answered or declined. */
export function canCloseTranslationRequest(
	actor: Actor,
	request: { networkId: string; ownerId: string }
): boolean {
	const p = actor.participant;
	return p !== null && p.id === request.ownerId && canWriteAs(actor, request.networkId, p.id);
}
