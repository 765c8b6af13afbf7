import { pickLocalized, titleOf } from '$lib/i18n/localized';
import { canRead, isPresidency, requireSignedIn } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { findNetworkById, findParticipantById, findTermOn } from '../registry/repository';
import { boardStatus, dayOf } from '../reports/reporting-day';
import { countBoardStatuses } from '../reports/board-counts';
import {
	listCyclesAsking,
	listCyclesOpenedBy,
	listOpenDecisionsFor,
	listOpenDecisionsOpenedBy,
	listRegisteredEvents,
	listRegistrationsClosing
} from './repository';
import type { Desk, DeskEvent } from './schemas';
import { listWaitingOnUs } from '../exchange/list-waiting-on-us';
import { listFollowedNotesIn } from '../situation/list-followed-notes';
import { listTrainingDesk } from '../training/list-training-desk';
import { listDueRecommendationsIn } from '../barriers/list-due-recommendations';
import { listTranslationRequestsIn } from '../documents/list-translation-requests';

const emptyDesk: Desk = {
	network: null,
	participant: null,
	decisions: [],
	reports: [],
	events: [],
	cooperation: [],
	situationNotes: [],
	training: null,
	barrierRecommendations: [],
	translationRequests: [],
	presidency: null
};

/** The last day of the month of `day` (YYYY-MM-DD). */
export function monthEnd(day: string): string {
	const [year, month] = day.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * What needs the signed-in reader's participant: decisions to answer, reports to send, events
 * it registered for and registrations closing this month; for the Presidency in office also its
 * reporting board and the decisions it opened. Everything is read under row-level security and
 * checked again here, so the desk never lists another participant's private records.
 */
export async function getDesk(ctx: Ctx, locale: string, now = new Date()): Promise<Desk> {
	requireSignedIn(ctx.actor);
	const own = ctx.actor.participant;
	if (!own) return emptyDesk;
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await findNetworkById(tx, own.networkId);
		const participant = await findParticipantById(tx, own.id);
		if (!network || !participant) return emptyDesk;
		const base = `/networks/${network.slug}`;
		const today = dayOf(now);

		const decisionRows = (await listOpenDecisionsFor(tx, network.id, own.id, now)).filter((d) =>
			canRead(ctx.actor, d)
		);
		const cycleRows = await listCyclesAsking(tx, network.id, own.id, today);
		const registered = (await listRegisteredEvents(tx, network.id, own.id, today)).filter((e) =>
			canRead(ctx.actor, e)
		);
		const closing = (await listRegistrationsClosing(tx, network.id, today, monthEnd(today))).filter(
			(e) => canRead(ctx.actor, e) && !registered.some((r) => r.id === e.id)
		);

		const restrictedDecisions = decisionRows.filter((d) => d.level !== 'public').map((d) => d.id);
		if (restrictedDecisions.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'decision',
				networkId: network.id,
				details: { ids: restrictedDecisions, purpose: 'desk' }
			});
		}
		const shownEvents = [...registered, ...closing];
		const restricted = shownEvents.filter((e) => e.level !== 'public').map((e) => e.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'event',
				networkId: network.id,
				details: { ids: restricted, purpose: 'desk' }
			});
		}
		const toEvent = (e: (typeof shownEvents)[number], isRegistered: boolean): DeskEvent => ({
			id: e.id,
			...titleOf(e.title, locale),
			startsOn: e.startsOn,
			endsOn: e.endsOn,
			city: e.city,
			registered: isRegistered,
			registrationDeadline: e.registrationDeadline,
			href: `${base}/calendar/${e.id}`
		});

		const term = await findTermOn(tx, network.id, today);
		const presidencyId = term?.participant.id ?? null;
		const presides = isPresidency(ctx.actor, {
			networkId: network.id,
			presidencyId,
			secretariatIds: []
		});

		return {
			network: { slug: network.slug, name: pickLocalized(network.name, locale) },
			participant: { code: participant.code, name: pickLocalized(participant.name, locale) },
			decisions: decisionRows.map((d) => ({
				id: d.id,
				...titleOf(d.title, locale),
				deadline: d.deadline.toISOString(),
				answered: d.answered,
				href: `${base}/decisions/${d.id}`
			})),
			reports: cycleRows.map((c) => ({
				cycleId: c.id,
				title: c.title,
				periodFrom: c.periodFrom,
				periodTo: c.periodTo,
				dueOn: c.dueOn,
				status: boardStatus(
					c.reportStatus ? { status: c.reportStatus } : undefined,
					c.dueOn,
					today
				),
				href: `${base}/reports/${c.id}/${participant.code}`
			})),
			events: [
				...registered.map((e) => toEvent(e, true)),
				...closing.map((e) => toEvent(e, false))
			],
			cooperation: await listWaitingOnUs(tx, ctx.actor, network.slug, locale),
			situationNotes: await listFollowedNotesIn(tx, ctx.actor, network, locale, now),
			training: await listTrainingDesk(tx, ctx.actor, network, locale, today),
			barrierRecommendations: await listDueRecommendationsIn(tx, ctx.actor, network, today),
			translationRequests: (await listTranslationRequestsIn(tx, ctx.actor, network, locale)).map(
				(r) => ({
					id: r.id,
					documentId: r.documentId,
					documentTitle: r.documentTitle,
					documentLanguage: r.documentLanguage,
					language: r.language as Desk['translationRequests'][number]['language'],
					requesterCode: r.requesterCode,
					requesterName: r.requesterName,
					note: r.note,
					createdAt: r.createdAt,
					href: r.href
				})
			),
			presidency: presides ? await presidencyDesk(tx, network.id, own.id, base, locale, now) : null
		};
	});
}

async function presidencyDesk(
	tx: Transaction,
	networkId: string,
	presidencyId: string,
	base: string,
	locale: string,
	now: Date
): Promise<NonNullable<Desk['presidency']>> {
	const today = dayOf(now);
	// A cycle stays on the board for a month after its due date, while late reports come in.
	const since = dayOf(new Date(now.getTime() - 31 * 86_400_000));
	const cycles = await listCyclesOpenedBy(tx, networkId, presidencyId, since);
	const board = [];
	for (const cycle of cycles) {
		const counts = await countBoardStatuses(tx, cycle, today);
		board.push({
			cycleId: cycle.id,
			title: cycle.title,
			dueOn: cycle.dueOn,
			asked: cycle.asked.length,
			...counts,
			href: `${base}/reports/${cycle.id}`
		});
	}
	const opened = await listOpenDecisionsOpenedBy(tx, networkId, presidencyId, now);
	return {
		board,
		decisions: opened.map((d) => ({
			id: d.id,
			...titleOf(d.title, locale),
			deadline: d.deadline.toISOString(),
			eligible: d.eligible,
			answered: d.answered,
			href: `${base}/decisions/${d.id}`
		}))
	};
}
