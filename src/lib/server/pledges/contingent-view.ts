import { canRead } from '../access/access';
import type { Actor } from '../access/actor';
import { contingentFigures } from './contingent-figures';
import { releaseOf } from './pledge-view';
import type { ContingentRow, PledgeRow } from './repository';
import type { ContingentView } from './schemas';

/**
 * A contingent as the reader may see it: only the contributions whose pledges are released to the
 * reader are listed and counted in the figures; the others are only counted, as `withheld`.
 */
export function toContingentView(
	actor: Actor,
	networkSlug: string,
	row: { contingent: ContingentRow; leadCode: string },
	contributions: readonly { pledge: PledgeRow; ownerCode: string; addedAt: Date }[],
	total: number,
	codes: Map<string, string>
): ContingentView {
	// Row-level security has already filtered; the check here guards against a policy mistake.
	const visible = contributions.filter((c) => canRead(actor, c.pledge));
	const figures = contingentFigures(
		visible.map((c) => c.pledge),
		row.contingent.template
	);
	const c = row.contingent;
	return {
		id: c.id,
		network: networkSlug,
		lead: row.leadCode,
		title: c.title,
		template: c.template,
		notes: c.notes,
		releasability: releaseOf(c, codes),
		...figures,
		contributions: visible.map(({ pledge, ownerCode, addedAt }) => ({
			pledgeId: pledge.id,
			participant: ownerCode,
			unitType: pledge.unitType,
			title: pledge.title,
			personnel: {
				female: pledge.female,
				male: pledge.male,
				total: pledge.female + pledge.male
			},
			readinessLevel: pledge.readinessLevel,
			addedAt: addedAt.toISOString()
		})),
		withheld: Math.max(0, total - visible.length),
		createdAt: c.createdAt.toISOString()
	};
}
