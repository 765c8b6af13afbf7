import { canSeeReportingDates } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { loadCycleContext, nameOf, toCycleView, type CycleContext } from './cycle-context';
import { listStatusRows } from './repository';
import { boardStatus, dayOf } from './reporting-day';
import type { BoardEntry, CycleWithBoardView } from './schemas';
import type { Transaction } from '../db/client';
import type { Actor } from '../access/actor';

/** The cycle with its status board: dates for the Presidency, statuses only for everyone else. */
export function getCycle(
	ctx: Ctx,
	networkSlug: string,
	cycleId: string,
	locale: string,
	options: { now?: Date } = {}
): Promise<CycleWithBoardView> {
	const today = dayOf(options.now ?? new Date());
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const context = await loadCycleContext(tx, ctx.actor, networkSlug, cycleId, today);
		const { board, presidencyView } = await buildBoard(tx, ctx.actor, context, locale);
		return { ...toCycleView(context), board, presidencyView };
	});
}

export async function buildBoard(
	tx: Transaction,
	actor: Actor,
	context: CycleContext,
	locale: string
): Promise<{ board: BoardEntry[]; presidencyView: boolean }> {
	const { cycle, today } = context;
	const presidencyView = canSeeReportingDates(actor, context.network.id, [
		cycle.presidencyId,
		context.presidencyNow
	]);
	const statuses = new Map((await listStatusRows(tx, cycle.id)).map((row) => [row.ownerId, row]));
	const board = cycle.asked.map((id): BoardEntry => {
		const row = statuses.get(id);
		const submittedDay = row?.submittedAt ? dayOf(row.submittedAt) : null;
		return {
			participant: context.participants.get(id)?.code ?? id,
			name: nameOf(context, id, locale),
			status: boardStatus(row, cycle.dueOn, today),
			updatedAt: presidencyView && row ? row.updatedAt.toISOString() : null,
			submittedAt:
				presidencyView && row?.status === 'submitted' && row.submittedAt
					? row.submittedAt.toISOString()
					: null,
			late:
				presidencyView && row?.status === 'submitted' && submittedDay
					? submittedDay > cycle.dueOn
					: null
		};
	});
	board.sort((a, b) => a.name.localeCompare(b.name, locale));
	return { board, presidencyView };
}
