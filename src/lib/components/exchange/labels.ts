import { m } from '$lib/paraglide/messages';
import type {
	CommitmentStatus,
	CooperationCategory,
	MatchReason,
	RequestStatus,
	TransitionTarget
} from '$lib/server/exchange/schemas';

const categories: Record<CooperationCategory, () => string> = {
	advice: m.coop_category_advice,
	training: m.coop_category_training,
	equipment: m.coop_category_equipment,
	logistics: m.coop_category_logistics,
	financing: m.coop_category_financing,
	other: m.coop_category_other
};
export const categoryList = Object.keys(categories) as CooperationCategory[];
export const categoryLabel = (c: string) => categories[c as CooperationCategory]?.() ?? c;

const requestStatuses: Record<RequestStatus, () => string> = {
	open: m.coop_status_open,
	partly_covered: m.coop_status_partly_covered,
	covered: m.coop_status_covered,
	fulfilled: m.coop_status_fulfilled,
	closed: m.coop_status_closed
};
export const requestStatusList = Object.keys(requestStatuses) as RequestStatus[];
export const requestStatusLabel = (s: string) => requestStatuses[s as RequestStatus]?.() ?? s;

const commitmentStatuses: Record<CommitmentStatus, () => string> = {
	proposed: m.coop_commitment_proposed,
	accepted: m.coop_commitment_accepted,
	in_progress: m.coop_commitment_in_progress,
	delivered: m.coop_commitment_delivered,
	verified: m.coop_commitment_verified,
	declined: m.coop_commitment_declined,
	withdrawn: m.coop_commitment_withdrawn
};
export const commitmentStatusLabel = (s: string) =>
	commitmentStatuses[s as CommitmentStatus]?.() ?? s;

const steps: Record<TransitionTarget, () => string> = {
	accepted: m.coop_step_accepted,
	declined: m.coop_step_declined,
	in_progress: m.coop_step_in_progress,
	delivered: m.coop_step_delivered,
	verified: m.coop_step_verified,
	withdrawn: m.coop_step_withdrawn
};
export const stepLabel = (to: string) => steps[to as TransitionTarget]?.() ?? to;

const reasons: Record<MatchReason, () => string> = {
	same_category: m.coop_reason_same_category,
	related_category: m.coop_reason_related_category,
	window_overlaps: m.coop_reason_window_overlaps,
	capacity_covers: m.coop_reason_capacity_covers,
	capacity_partial: m.coop_reason_capacity_partial,
	capacity_unstated: m.coop_reason_capacity_unstated,
	shared_language: m.coop_reason_shared_language
};
export const reasonLabel = (r: string) => reasons[r as MatchReason]?.() ?? r;

const waiting: Record<string, (p: { other: string }) => string> = {
	proposed: m.coop_desk_wait_proposed,
	accepted: m.coop_desk_wait_accepted,
	in_progress: m.coop_desk_wait_in_progress,
	delivered: m.coop_desk_wait_delivered
};
/** What the reader's participant has to do about a commitment waiting on it. */
export const waitingLabel = (status: string, other: string) =>
	waiting[status]?.({ other }) ?? commitmentStatusLabel(status);
