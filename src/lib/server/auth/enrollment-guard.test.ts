import { describe, expect, it } from 'vitest';
import { enrollmentRedirect } from './enrollment-guard';
import type { UserRow } from './repository';

const user = (isAdmin: boolean, totp: boolean) =>
	({ isAdmin, totpEnabledAt: totp ? new Date() : null }) as UserRow;

describe('enrollmentRedirect', () => {
	it('sends an administrator without TOTP to enrolment from any other page', () => {
		const session = { user: user(true, false), sessionHash: 'h', pendingSecondFactor: false };
		expect(enrollmentRedirect(session, '/')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/admin/outbox')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/api/v1/me')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/account')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/account/two-factorx')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/account/two-factor')).toBeNull();
		expect(enrollmentRedirect(session, '/logout')).toBeNull();
		expect(enrollmentRedirect(session, '/language')).toBeNull();
	});

	it('lets through administrators with TOTP, other users, API tokens and anonymous visitors', () => {
		const page = '/admin';
		expect(
			enrollmentRedirect(
				{ user: user(true, true), sessionHash: 'h', pendingSecondFactor: false },
				page
			)
		).toBeNull();
		expect(
			enrollmentRedirect(
				{ user: user(false, false), sessionHash: 'h', pendingSecondFactor: false },
				page
			)
		).toBeNull();
		expect(
			enrollmentRedirect(
				{ user: user(true, false), sessionHash: null, pendingSecondFactor: false },
				page
			)
		).toBeNull();
		expect(
			enrollmentRedirect({ user: null, sessionHash: null, pendingSecondFactor: false }, page)
		).toBeNull();
	});
});
