import { canEditMissionBrief, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { governanceFactsToday } from './governance-facts';
import { findMission, upsertBrief } from './repository';
import type { UpdateMissionBriefInput } from './schemas';

/** The Presidency in office or a partner writes a mission's mandate summary and renewal date. */
export async function updateMissionBrief(
	ctx: Ctx,
	networkSlug: string,
	rawAcronym: string,
	input: UpdateMissionBriefInput
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const mission = await findMission(tx, rawAcronym.trim().toUpperCase());
		if (!mission) throw new NotFoundError();
		if (!canEditMissionBrief(ctx.actor, await governanceFactsToday(tx, network.id))) {
			throw new ForbiddenError();
		}
		await upsertBrief(tx, {
			networkId: network.id,
			mission: mission.acronym,
			mandateSummary: input.mandateSummary,
			mandateRenewalOn: input.mandateRenewalOn ?? null,
			hostCountryIso3: input.hostCountry ?? null,
			updatedBy: ctx.actor.userId,
			updatedByParticipant: ctx.actor.participant?.id ?? null
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'mission_brief',
			entityId: `${network.slug}/${mission.acronym}`,
			networkId: network.id,
			details: { fields: Object.keys(input) }
		});
	});
}
