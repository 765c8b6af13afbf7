import { describe, expect, it } from 'vitest';
import { anonymousActor, type Actor } from './actor';
import { requireManagePeople } from './access';

const participantA = { id: 'a', code: 'A', networkId: 'n', status: 'member' as const };

function actor(overrides: Partial<Actor>): Actor {
	return {
		userId: 'u',
		email: 'u@example.test',
		isAdmin: false,
		participant: null,
		role: null,
		...overrides
	};
}

function statusOf(work: () => void): number {
	try {
		work();
		return 200;
	} catch (error) {
		return (error as { status: number }).status;
	}
}

describe('requireManagePeople', () => {
	const admin = actor({ isAdmin: true });
	const focalA = actor({ participant: participantA, role: 'focal_point' });
	const editorA = actor({ participant: participantA, role: 'editor' });
	const viewerA = actor({ participant: participantA, role: 'viewer' });

	it.each([
		['an administrator, any participant', admin, 'b', 200],
		['an administrator, other administrators', admin, null, 200],
		['a focal point, its own participant', focalA, 'a', 200],
		['a focal point, another participant', focalA, 'b', 404],
		['a focal point, administrators', focalA, null, 404],
		['an editor, its own participant', editorA, 'a', 403],
		['a viewer, its own participant', viewerA, 'a', 403],
		['an editor, another participant', editorA, 'b', 404],
		['nobody signed in', anonymousActor, 'a', 401]
	] as const)('%s', (_label, who, participantId, expected) => {
		expect(statusOf(() => requireManagePeople(who, participantId))).toBe(expected);
	});
});
