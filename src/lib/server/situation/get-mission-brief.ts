import type { Locale } from '$lib/paraglide/runtime';
import { canEditMissionBrief } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { governanceFactsToday } from './governance-facts';
import { requireNetwork } from '../registry/require-network';
import { findParticipantById } from '../registry/repository';
import { countryName } from '../statistics/country-names';
import { localizedMissionName } from '../statistics/mission-names';
import { missionFigures, type MissionFigures } from './mission-figures';
import { findBrief, findMission } from './repository';
import type { LocalizedText } from '../db/schema';

export interface MissionBrief {
	acronym: string;
	/** The official name in the reader's language where there is one, else the UN's English one. */
	name: string | null;
	nameLanguage: Locale | null;
	/** The headquarters' city, from the UN's list. */
	headquarters: string | null;
	longitude: number | null;
	latitude: number | null;
	kind: 'pko' | 'spm';
	status: 'active' | 'closed';
	hostCountry: string | null;
	hostCountryName: string | null;
	mandateSummary: LocalizedText;
	mandateRenewalOn: string | null;
	updatedAt: string | null;
	updatedByCode: string | null;
	canEdit: boolean;
	figures: MissionFigures;
}

/** A mission's page: the UN's list and figures, and what the Presidency and partners wrote. */
export async function getMissionBrief(
	ctx: Ctx,
	networkSlug: string,
	rawAcronym: string,
	locale: Locale
): Promise<MissionBrief> {
	const acronym = rawAcronym.trim().toUpperCase();
	const found = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const mission = await findMission(tx, acronym);
		if (!mission) throw new NotFoundError(`No mission ${acronym}`);
		const brief = await findBrief(tx, network.id, mission.acronym);
		const editor = brief?.updatedByParticipant
			? await findParticipantById(tx, brief.updatedByParticipant)
			: undefined;
		const facts = await governanceFactsToday(tx, network.id);
		return { mission, brief, editor, canEdit: canEditMissionBrief(ctx.actor, facts) };
	});
	const { mission, brief, editor, canEdit } = found;
	const figures = await missionFigures(ctx, networkSlug, mission.acronym, locale);
	const host = brief?.hostCountryIso3 ?? null;
	const named = localizedMissionName(mission.acronym, mission.name, locale);
	return {
		acronym: mission.acronym,
		name: named?.name ?? null,
		nameLanguage: named?.lang ?? null,
		headquarters: mission.location,
		longitude: mission.longitude,
		latitude: mission.latitude,
		kind: mission.kind === 'spm' ? 'spm' : 'pko',
		status: figures.active ? 'active' : 'closed',
		hostCountry: host,
		hostCountryName: host ? countryName(host, locale) : null,
		mandateSummary: brief?.mandateSummary ?? {},
		mandateRenewalOn: brief?.mandateRenewalOn ?? null,
		updatedAt: brief?.updatedAt.toISOString() ?? null,
		updatedByCode: editor?.code ?? null,
		canEdit,
		figures
	};
}
