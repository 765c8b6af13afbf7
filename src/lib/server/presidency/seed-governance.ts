import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import {
	governanceBodies,
	governanceBodyMembers,
	networks,
	participants,
	presidencyHandovers,
	presidencyTerms
} from '../db/schema';
import { seedNetwork } from '../registry/seed-data';
import { unsafeSeedDeclarations } from '../declarations/seed-declarations';

const secretariat = {
	code: 'secretariat',
	kind: 'secretariat' as const,
	name: {
		es: 'Secretaría Técnica',
		en: 'Technical Secretariat',
		pt: 'Secretaria Técnica',
		fr: 'Secrétariat technique'
	},
	// Lima Declaration §6d.
	mandate: {
		es: 'Presta el apoyo que requiera el Grupo de Trabajo Técnico para coordinar sus actividades.',
		en: 'Provides the support the Technical Working Group requires to coordinate its activities.',
		pt: 'Presta o apoio de que o Grupo de Trabalho Técnico necessite para coordenar suas atividades.',
		fr: 'Apporte au Groupe de travail technique l’appui dont il a besoin pour coordonner ses activités.'
	}
};

const technicalWorkingGroup = {
	code: 'technical-working-group',
	kind: 'working_group' as const,
	name: {
		es: 'Grupo de Trabajo Técnico',
		en: 'Technical Working Group',
		pt: 'Grupo de Trabalho Técnico',
		fr: 'Groupe de travail technique'
	},
	// Lima Declaration §6a–c.
	mandate: {
		es: 'Un representante de cada participante y uno de ALCOPAZ; analiza la implementación de RELACOPAZ y su relación con ALCOPAZ.',
		en: 'One representative of each participant and one of ALCOPAZ; analyses the implementation of RELACOPAZ and its relationship with ALCOPAZ.',
		pt: 'Um representante de cada participante e um da ALCOPAZ; analisa a implementação da RELACOPAZ e sua relação com a ALCOPAZ.',
		fr: 'Un représentant de chaque participant et un d’ALCOPAZ ; analyse la mise en œuvre de RELACOPAZ et sa relation avec ALCOPAZ.'
	}
};

/**
 * The Technical Secretariat and the Technical Working Group (one representative per member plus
 * ALCOPAZ), and the handovers between the seeded Presidency terms. Only missing rows are added.
 */
export async function unsafeSeedGovernance(db: Database): Promise<void> {
	// Unsafe: startup seeding has no acting user.
	await unsafeWithSystem(db, async (tx) => {
		const [network] = await tx
			.select({ id: networks.id })
			.from(networks)
			.where(eq(networks.slug, seedNetwork.slug));
		if (!network) return;
		await tx
			.insert(governanceBodies)
			.values([secretariat, technicalWorkingGroup].map((b) => ({ ...b, networkId: network.id })))
			.onConflictDoNothing({ target: [governanceBodies.networkId, governanceBodies.code] });
		const [group] = await tx
			.select({ id: governanceBodies.id })
			.from(governanceBodies)
			.where(
				and(
					eq(governanceBodies.networkId, network.id),
					eq(governanceBodies.code, technicalWorkingGroup.code)
				)
			);
		const represented = await tx
			.select({ id: participants.id })
			.from(participants)
			.where(
				and(
					eq(participants.networkId, network.id),
					inArray(participants.code, [...(await memberCodes(tx, network.id)), 'alcopaz'])
				)
			);
		if (group && represented.length > 0) {
			await tx
				.insert(governanceBodyMembers)
				.values(represented.map((p) => ({ bodyId: group.id, participantId: p.id })))
				.onConflictDoNothing({
					target: [governanceBodyMembers.bodyId, governanceBodyMembers.participantId]
				});
		}
		const terms = await tx
			.select()
			.from(presidencyTerms)
			.where(eq(presidencyTerms.networkId, network.id))
			.orderBy(presidencyTerms.startsOn);
		const handovers = terms.slice(1).map((term, i) => ({
			networkId: network.id,
			fromTermId: terms[i]!.id,
			toTermId: term.id,
			fromParticipantId: terms[i]!.participantId,
			toParticipantId: term.participantId,
			handedOverOn: term.startsOn,
			note: 'At the opening of the Conference that elected the new Presidency.'
		}));
		if (handovers.length > 0) {
			await tx
				.insert(presidencyHandovers)
				.values(handovers)
				.onConflictDoNothing({ target: presidencyHandovers.toTermId });
		}
	});
	await unsafeSeedDeclarations(db);
}

async function memberCodes(tx: Transaction, networkId: string) {
	const rows = await tx
		.select({ code: participants.code })
		.from(participants)
		.where(and(eq(participants.networkId, networkId), eq(participants.status, 'member')));
	return rows.map((r) => r.code);
}
