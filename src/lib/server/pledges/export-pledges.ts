import type { Transaction } from '../db/client';
import { releaseCodeMap } from '../access/releasability';
import { releaseOf } from './pledge-view';
import {
	listContingentsLedBy,
	listContributionsOwnedBy,
	listGapsPublishedBy,
	listPledgesOwnedBy
} from './repository';

/** A participant's pledges for its export: every field, the releasability and every version. */
export async function collectPledges(tx: Transaction, owner: { id: string }): Promise<unknown[]> {
	const { pledges, versions } = await listPledgesOwnedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		pledges.map((p) => p.releasedTo)
	);
	return pledges.map((p) => ({
		id: p.id,
		unitType: p.unitType,
		title: p.title,
		personnel: { female: p.female, male: p.male },
		readinessLevel: p.readinessLevel,
		availableFrom: p.availableFrom,
		availableUntil: p.availableUntil,
		assessmentVisitOn: p.assessmentVisitOn,
		assessmentReport: p.assessmentReport,
		verificationVisitOn: p.verificationVisitOn,
		equipment: p.equipment,
		selfSustainment: p.selfSustainment,
		languages: p.languages,
		notes: p.notes,
		releasability: releaseOf(p, codes),
		version: p.version,
		createdAt: p.createdAt,
		updatedAt: p.updatedAt,
		versions: versions
			.filter((v) => v.pledgeId === p.id)
			.map((v) => ({
				version: v.version,
				changes: v.changes,
				changedBy: v.changedByLabel,
				changedAt: v.changedAt,
				content: v.content
			}))
	}));
}

/** The combined contingents the participant leads. */
export async function collectContingents(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listContingentsLedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map((c) => ({
		id: c.id,
		title: c.title,
		template: c.template,
		notes: c.notes,
		releasability: releaseOf(c, codes),
		createdAt: c.createdAt,
		updatedAt: c.updatedAt
	}));
}

/** The participant's pledges attached to combined contingents, its own or others'. */
export async function collectContributions(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listContributionsOwnedBy(tx, owner.id);
	return rows.map(({ contribution, contingentTitle }) => ({
		contingentId: contribution.contingentId,
		contingentTitle,
		pledgeId: contribution.pledgeId,
		addedAt: contribution.addedAt
	}));
}

/** The capability gaps the participant published. */
export async function collectCapabilityGaps(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listGapsPublishedBy(tx, owner.id);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	return rows.map((g) => ({
		id: g.id,
		unitType: g.unitType,
		minimumLevel: g.minimumLevel,
		quantity: g.quantity,
		title: g.title,
		description: g.description,
		mission: g.mission,
		releasability: releaseOf(g, codes),
		createdAt: g.createdAt,
		updatedAt: g.updatedAt
	}));
}
