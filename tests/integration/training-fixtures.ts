import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/lib/server/access/actor';
import type { Database } from '../../src/lib/server/db/client';
import {
	networks,
	trainingCentres,
	trainingCourses,
	trainingNominations,
	trainingSeatOffers
} from '../../src/lib/server/db/schema';
import type { CreateEventInput } from '../../src/lib/server/calendar/schemas';
import { seedEventId } from '../../src/lib/server/calendar/seed-calendar';
import type { CreateCentreInput } from '../../src/lib/server/training/schemas';

const nextYear = new Date().getUTCFullYear() + 1;

/** A public course next year, so that nominations are open whenever the test runs. */
export function courseInput(overrides: Partial<CreateEventInput> = {}): CreateEventInput {
	return {
		title: { es: 'Curso de protección de civiles', en: 'Protection of civilians course' },
		description: {},
		kind: 'training_course',
		countryCode: 'URY',
		city: 'Montevideo',
		timeZone: 'America/Montevideo',
		allDay: true,
		start: `${nextYear}-05-04`,
		end: `${nextYear}-05-15`,
		workingLanguages: ['es'],
		releasability: { level: 'network' },
		capacity: null,
		registrationDeadline: null,
		...overrides
	};
}

export function centreInput(overrides: Partial<CreateCentreInput> = {}): CreateCentreInput {
	return {
		name: { es: 'Centro de entrenamiento de prueba', en: 'Test training centre' },
		city: 'Montevideo',
		countryCode: 'URY',
		contact: 'centro@example.test',
		courses: { es: 'Protección de civiles' },
		unRecognition: null,
		releasability: { level: 'network' },
		...overrides
	};
}

/** A row in every training table of the seeded network (after the calendar's), for the backup test. */
export async function fillTrainingTables(db: Database, actor: Actor): Promise<void> {
	const [network] = await db.select().from(networks).where(eq(networks.slug, 'relacopaz'));
	const eventId = seedEventId('relacopaz', 1);
	const [centre] = await db
		.insert(trainingCentres)
		.values({
			networkId: network!.id,
			ownerId: actor.participant!.id,
			level: 'network',
			name: { es: 'Centro "de prueba"', en: 'Test centre' },
			city: 'Buenos Aires',
			countryCode: 'ARG',
			contact: 'centro@example.test'
		})
		.returning();
	await db.insert(trainingCourses).values({
		eventId,
		networkId: network!.id,
		centreId: centre!.id,
		instructionLanguages: ['es', 'en'],
		prerequisites: { es: 'Oficiales con dos años de servicio' }
	});
	await db
		.insert(trainingSeatOffers)
		.values({ networkId: network!.id, eventId, participantId: null, seats: 2 });
	await db.insert(trainingNominations).values({
		networkId: network!.id,
		ownerId: actor.participant!.id,
		eventId,
		name: 'María Pérez',
		rank: 'Capitana',
		gender: 'female',
		email: 'maria@example.test',
		status: 'nominated'
	});
}
