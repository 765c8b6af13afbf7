import { pickLocalized } from '$lib/i18n/localized';
import { canManageGovernance } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listParticipantRows, listTermRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { loadGovernanceFacts, utcDay } from './load-governance-facts';
import { listBodyMemberRows, listBodyRows, listHandoverRows } from './repository';

export interface GovernanceView {
	network: string;
	presidency: {
		code: string;
		name: string;
		startsOn: string;
		conference: { name: string; year: number } | null;
	} | null;
	terms: {
		code: string;
		name: string;
		startsOn: string;
		endsOn: string | null;
		conference: { edition: number; name: string; year: number } | null;
		handover: { fromCode: string | null; fromName: string | null; on: string; note: string } | null;
		current: boolean;
	}[];
	bodies: {
		code: string;
		kind: 'secretariat' | 'working_group';
		name: string;
		mandate: string;
		members: {
			code: string;
			name: string;
			representativeName: string;
			representativeTitle: string;
		}[];
	}[];
	participants: { code: string; name: string; status: string }[];
	canManage: boolean;
}

/** The Presidency in office, every term with its handover, and the bodies with their members. */
export function getGovernance(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	now = new Date()
): Promise<GovernanceView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const [facts, terms, handovers, bodies, participants] = await Promise.all([
			loadGovernanceFacts(tx, network.id, now),
			listTermRows(tx, network.id),
			listHandoverRows(tx, network.id),
			listBodyRows(tx, network.id),
			listParticipantRows(tx, network.id)
		]);
		const members = await listBodyMemberRows(
			tx,
			bodies.map((b) => b.id)
		);
		const byId = new Map(participants.map((p) => [p.id, p]));
		const today = utcDay(now);
		const currentTerm = terms.findLast((t) => t.term.startsOn <= today);
		const inForce =
			currentTerm && (currentTerm.term.endsOn === null || currentTerm.term.endsOn >= today)
				? currentTerm
				: undefined;
		return {
			network: network.slug,
			presidency: inForce
				? {
						code: inForce.participant.code,
						name: pickLocalized(inForce.participant.name, locale),
						startsOn: inForce.term.startsOn,
						conference: inForce.conference
							? {
									name: pickLocalized(inForce.conference.name, locale),
									year: inForce.conference.year
								}
							: null
					}
				: null,
			terms: terms.map((t, i) => {
				const handover = handovers.find((h) => h.toTermId === t.term.id);
				const from = handover?.fromParticipantId ? byId.get(handover.fromParticipantId) : undefined;
				const next = terms[i + 1];
				return {
					code: t.participant.code,
					name: pickLocalized(t.participant.name, locale),
					startsOn: t.term.startsOn,
					// An open term ends when the next one starts.
					endsOn: t.term.endsOn ?? (next ? dayBefore(next.term.startsOn) : null),
					conference: t.conference
						? {
								edition: t.conference.edition,
								name: pickLocalized(t.conference.name, locale),
								year: t.conference.year
							}
						: null,
					handover: handover
						? {
								fromCode: from?.code ?? null,
								fromName: from ? pickLocalized(from.name, locale) : null,
								on: handover.handedOverOn,
								note: handover.note
							}
						: null,
					current: t === inForce
				};
			}),
			bodies: bodies.map((b) => ({
				code: b.code,
				kind: b.kind,
				name: pickLocalized(b.name, locale),
				mandate: pickLocalized(b.mandate, locale),
				members: members
					.filter((m) => m.bodyId === b.id)
					.map((m) => ({
						code: m.code,
						name: pickLocalized(m.name, locale),
						representativeName: m.representativeName,
						representativeTitle: m.representativeTitle
					}))
			})),
			participants: participants.map((p) => ({
				code: p.code,
				name: pickLocalized(p.name, locale),
				status: p.status
			})),
			canManage: canManageGovernance(ctx.actor, facts)
		};
	});
}

/** The calendar day before `day` (YYYY-MM-DD). */
export function dayBefore(day: string): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
