import { randomUUID } from 'node:crypto';
import {
	canOpenReportingCycle,
	requireSeeReportingCycles,
	requireSignedIn
} from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { findTermOn, listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { insertCycle } from './repository';
import { dayOf } from './reporting-day';
import type { OpenCycleInput } from './schemas';

/**
 * The Presidency in office opens a cycle and asks the chosen participants (all members unless
 * named) for a report. A due date already past is accepted: a cycle may record reports collected
 * late, and then every participant that has not submitted shows as overdue.
 */
export async function openCycle(
	ctx: Ctx,
	networkSlug: string,
	input: OpenCycleInput,
	options: { now?: Date } = {}
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	const today = dayOf(options.now ?? new Date());
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		requireSeeReportingCycles(ctx.actor, network.id);
		const term = await findTermOn(tx, network.id, today);
		const presidencyId = term?.participant.id ?? null;
		if (!canOpenReportingCycle(ctx.actor, network.id, presidencyId)) throw new ForbiddenError();
		const rows = await listParticipantRows(tx, network.id);
		let asked: string[];
		if (input.participants) {
			const codes = [...new Set(input.participants)];
			const found = rows.filter((p) => codes.includes(p.code));
			if (found.length !== codes.length) {
				throw new ValidationError([
					{ path: 'participants', message: 'rep_err_unknown_participants' }
				]);
			}
			asked = found.map((p) => p.id);
		} else {
			asked = rows.filter((p) => p.status === 'member').map((p) => p.id);
		}
		const id = randomUUID();
		const offsets = [...new Set(input.reminderOffsets)].sort((a, b) => b - a);
		const instructions = Object.fromEntries(
			Object.entries(input.instructions).filter(([, text]) => text && text.length > 0)
		);
		await insertCycle(tx, {
			id,
			networkId: network.id,
			presidencyId: presidencyId!,
			title: input.title,
			instructions,
			periodFrom: input.periodFrom,
			periodTo: input.periodTo,
			dueOn: input.dueOn,
			asked,
			reminderOffsets: offsets,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'reporting_cycle',
			entityId: id,
			networkId: network.id,
			details: { title: input.title, dueOn: input.dueOn, asked: asked.length }
		});
		return { id };
	});
}
