import { m } from '$lib/paraglide/messages';

/**
 * The six releasability levels, their names and their one-line explanations, shared by the server
 * (schemas, access checks) and every page that shows or asks for a level.
 */
export const releasabilityLevels = [
	'owner',
	'named',
	'members',
	'members_and_observers',
	'network',
	'public'
] as const;

export type ReleasabilityLevel = (typeof releasabilityLevels)[number];

const names: Record<ReleasabilityLevel, () => string> = {
	owner: m.releasability_owner,
	named: m.releasability_named,
	members: m.releasability_members,
	members_and_observers: m.releasability_members_and_observers,
	network: m.releasability_network,
	public: m.releasability_public
};

const explanations: Record<ReleasabilityLevel, () => string> = {
	owner: m.rel_explain_owner,
	named: m.rel_explain_named,
	members: m.rel_explain_members,
	members_and_observers: m.rel_explain_members_and_observers,
	network: m.rel_explain_network,
	public: m.rel_explain_public
};

/** The level's name in the interface language. */
export function levelLabel(level: string): string {
	return names[level as ReleasabilityLevel]?.() ?? level;
}

/** One line that says who will see a record released at this level. */
export function explainLevel(level: string): string {
	return explanations[level as ReleasabilityLevel]?.() ?? '';
}
