import { canOrganiseCourse, canRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { loadCourseFacts } from './course-facts';
import { findCentre, upsertCourseDetails } from './repository';
import type { CourseDetailsInput } from './schemas';

/** The organiser links its course to a centre and says how it is taught and what it asks. */
export async function setCourseDetails(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	input: CourseDetailsInput
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId);
		if (!canOrganiseCourse(ctx.actor, facts.event)) throw new ForbiddenError();
		if (input.centreId !== null) {
			const centre = await findCentre(tx, facts.network.id, input.centreId);
			if (!centre || !canRead(ctx.actor, centre.centre)) {
				throw new ValidationError([{ path: 'centreId', message: 'train_err_centre_unknown' }]);
			}
		}
		await upsertCourseDetails(tx, {
			eventId,
			networkId: facts.network.id,
			centreId: input.centreId,
			instructionLanguages: input.instructionLanguages,
			prerequisites: input.prerequisites
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'training_course',
			entityId: eventId,
			networkId: facts.network.id,
			details: { centreId: input.centreId, languages: input.instructionLanguages }
		});
	});
}
