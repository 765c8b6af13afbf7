import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { ConflictError } from '../errors';
import { guardLastFocalPoint } from './guard-last-focal-point';
import { updateUserRole } from './repository';
import { requireManagedPerson } from './require-managed-person';
import type { ChangeRoleInput } from './schemas';

/** Changes a person's role within its participant. Nobody becomes an administrator this way. */
export async function changeRole(ctx: Ctx, input: ChangeRoleInput): Promise<void> {
	const { actor } = ctx;
	await ctx.db.transaction(async (tx) => {
		const row = await requireManagedPerson(tx, actor, input.personId);
		const { person } = row;
		if (person.isAdmin || !person.participantId) {
			throw new ConflictError(
				'people_admin_has_no_role',
				'Administrators have no participant role'
			);
		}
		if (person.role === input.role) return;
		if (input.role !== 'focal_point') await guardLastFocalPoint(tx, actor, row);
		await updateUserRole(tx, person.id, input.role);
		await appendAudit(tx, actor, {
			action: 'change_role',
			entityType: 'user',
			entityId: person.id,
			networkId: row.participant?.networkId ?? null,
			details: { from: person.role, to: input.role }
		});
	});
}
