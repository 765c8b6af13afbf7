import { randomUUID } from 'node:crypto';
import { requireSignedIn, canReadReport } from '../access/access';
import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { resolveReleasability } from '../access/releasability';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import type { ParticipantRow } from '../registry/repository';
import { askedParticipant, loadCycleContext, type CycleContext } from './cycle-context';
import { readReport, writesFor, type ReportAccess } from './get-report';
import {
	findReport,
	insertReport,
	listMissionRows,
	replaceActivities,
	updateReportRow,
	type ReportRow
} from './repository';
import { dayOf } from './reporting-day';
import type { ReportView, SaveReportInput } from './schemas';

/** Saves the draft: narrative, releasability and the whole list of activities. */
export function saveReport(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	participantCode: string,
	input: SaveReportInput,
	options: { now?: Date } = {}
): Promise<{ report: ReportView; access: ReportAccess }> {
	requireSignedIn(ctx.actor);
	const today = dayOf(options.now ?? new Date());
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, today);
		const participant = askedParticipant(context, participantCode);
		await applyReportSave(tx, ctx.actor, context, participant, input);
		return readReport(tx, ctx.actor, context, participant);
	});
}

/**
 * Writes a draft inside the caller's transaction; the submit use case saves through it too.
 * Someone outside the participant gets 404, or 403 where the submitted report is released to it.
 */
export async function applyReportSave(
	tx: Transaction,
	actor: Actor,
	context: CycleContext,
	participant: ParticipantRow,
	input: SaveReportInput
): Promise<ReportRow> {
	const { network, cycle } = context;
	const existing = await findReport(tx, cycle.id, participant.id);
	if (!writesFor(actor, network.id, participant.id)) {
		if (existing && canReadReport(actor, existing)) throw new ForbiddenError();
		throw new NotFoundError();
	}
	if (existing?.status === 'submitted') {
		throw new ConflictError('rep_err_locked', 'The report is submitted; reopen it to change it');
	}
	const releasability = await resolveReleasability(tx, network.id, input.releasability);
	const activities = await resolveActivities(tx, context, input);
	const id = existing?.id ?? randomUUID();
	if (existing) {
		await updateReportRow(tx, id, {
			narrative: input.narrative,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			updatedBy: actor.userId
		});
	} else {
		await insertReport(tx, {
			id,
			cycleId: cycle.id,
			networkId: network.id,
			ownerId: participant.id,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			narrative: input.narrative,
			updatedBy: actor.userId
		});
	}
	await replaceActivities(
		tx,
		id,
		activities.map((activity, position) => ({ ...activity, reportId: id, position }))
	);
	await appendAudit(tx, actor, {
		action: existing ? 'update' : 'create',
		entityType: 'national_report',
		entityId: id,
		networkId: network.id,
		details: { cycle: cycle.id, level: releasability.level, activities: activities.length }
	});
	const saved = await findReport(tx, cycle.id, participant.id);
	if (!saved) throw new NotFoundError();
	return saved;
}

async function resolveActivities(tx: Transaction, context: CycleContext, input: SaveReportInput) {
	const missions = new Set((await listMissionRows(tx)).map((m) => m.acronym));
	const byCode = new Map([...context.participants.values()].map((p) => [p.code, p.id]));
	const problems: { path: string; message: string }[] = [];
	const seen = new Set<string>();
	const rows = [];
	for (const [index, activity] of input.activities.entries()) {
		const id = activity.id ?? randomUUID();
		if (seen.has(id))
			problems.push({ path: `activities.${index}.id`, message: 'rep_err_duplicate_id' });
		seen.add(id);
		if (activity.mission && !missions.has(activity.mission)) {
			problems.push({ path: `activities.${index}.mission`, message: 'rep_err_unknown_mission' });
		}
		const partnerIds = activity.partners.map((code) => byCode.get(code));
		if (partnerIds.some((p) => p === undefined)) {
			problems.push({
				path: `activities.${index}.partners`,
				message: 'rep_err_unknown_participants'
			});
		}
		let level = null;
		let releasedTo: string[] = [];
		if (activity.releasability) {
			const codes = activity.releasability.participants ?? [];
			const ids = codes.map((code) => byCode.get(code));
			if (ids.some((p) => p === undefined)) {
				problems.push({
					path: `activities.${index}.releasability.participants`,
					message: 'rep_err_unknown_participants'
				});
			}
			level = activity.releasability.level;
			releasedTo = ids.filter((p): p is string => p !== undefined);
		}
		rows.push({
			id,
			kind: activity.kind,
			title: activity.title,
			startsOn: activity.startsOn ?? null,
			endsOn: activity.endsOn ?? null,
			missionAcronym: activity.mission ?? null,
			female: activity.female,
			male: activity.male,
			partnerIds: [...new Set(partnerIds.filter((p): p is string => p !== undefined))],
			description: activity.description,
			level,
			releasedTo
		});
	}
	if (problems.length > 0) throw new ValidationError(problems);
	return rows;
}
