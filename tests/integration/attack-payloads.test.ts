import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../src/lib/server/db/schema';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { revokeApiToken } from '../../src/lib/server/auth/revoke-api-token';
import { maxJsonBodyBytes } from '../../src/lib/server/http/input-guard';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';

/**
 * Attacks through the whole request path (server hook, then the endpoint), each with the answer
 * it must get. Every defect found by the security review has its payloads here or in the unit
 * tests next to the code it fixed (redirect targets, iCalendar text, markdown).
 */
describe(`attack payloads over HTTP on ${testDbKind}`, () => {
	let app: TestApp;
	let memberToken: string;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		app = await startTestApp();
		network = await newTestNetwork(app.db);
		const member = await network.newUser(await network.newParticipant('member'), {
			role: 'focal_point'
		});
		memberToken = (await createApiToken(app.db, member.actor, 'attacks')).token;
	});

	afterAll(async () => {
		await app?.close();
	});

	const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

	async function expectProblem(response: Response, status: number) {
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const body = (await response.json()) as { status: number; title: string };
		expect(body.status).toBe(status);
		expect(body.title).toBeTruthy();
		return body;
	}

	const forbiddenCharacters = ['%00', '%01', '%1B', '%EF%BF%BE', '%EF%BF%BF', '%EF%B7%90'];

	describe('U+0000 and other non-characters are refused at the boundary, with 400', () => {
		it.each(forbiddenCharacters)('in the query string (%s)', async (c) => {
			await expectProblem(await app.request(`/api/v1/networks/relacopaz/documents?q=${c}`), 400);
			await expectProblem(await app.request(`/api/v1/statistics/contributions?network=${c}`), 400);
			await expectProblem(await app.request(`/api/v1/networks?${c}=1`), 400);
		});

		it.each(forbiddenCharacters)('in the path (%s)', async (c) => {
			await expectProblem(await app.request(`/api/v1/networks/${c}`), 400);
			await expectProblem(await app.request(`/api/v1/networks/relacopaz${c}/documents`), 400);
			await expectProblem(
				await app.request(`/api/v1/networks/relacopaz/documents/${c}`, {
					headers: bearer(memberToken)
				}),
				400
			);
		});

		it.each(['\u0000', '\u0007', '\ufffe', '\ud800', '\udbff\udfff'])(
			'in JSON bodies, however deep (%j)',
			async (c) => {
				const bodies = [
					{ title: { es: `a${c}b` }, body: 'x', releasability: { level: 'public' } },
					{ title: { es: 'ok' }, tags: [[`${c}`]] },
					{ [`key${c}`]: 1 }
				];
				for (const body of bodies) {
					await expectProblem(
						await app.request(`/api/v1/networks/${network.slug}/documents`, {
							method: 'POST',
							headers: { ...bearer(memberToken), 'content-type': 'application/json' },
							body: JSON.stringify(body)
						}),
						400
					);
				}
			}
		);

		it('in form bodies, from anonymous readers too', async () => {
			const response = await app.request('/login', {
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: app.origin,
					accept: 'text/html'
				},
				body: 'email=a%00%40example.test&password=x'
			});
			expect(response.status).toBe(400);
			const multipart = new FormData();
			multipart.set('title', 'a\u0000b');
			const upload = await app.request(`/networks/${network.slug}/documents/new`, {
				method: 'POST',
				headers: { origin: app.origin },
				body: multipart
			});
			expect(upload.status).toBe(400);
		});

		it('and text without them passes', async () => {
			const response = await app.request(
				`/api/v1/networks/relacopaz/documents?q=${encodeURIComponent('operação ñ 😀')}`
			);
			expect(response.status).toBe(200);
			const created = await app.request(`/api/v1/networks/${network.slug}/documents`, {
				method: 'POST',
				headers: { ...bearer(memberToken), 'content-type': 'application/json' },
				body: JSON.stringify({
					title: 'Operação de paz — ñandú 😀',
					kind: 'other',
					language: 'pt',
					body: 'Linha\n\tcom tabulação',
					releasability: { level: 'public' }
				})
			});
			expect(created.status).toBe(201);
		});
	});

	describe('credentials', () => {
		it.each([
			['an unknown token', 'Bearer rlc_unknown'],
			['a malformed header', 'Bearer'],
			['another scheme', 'Basic dXNlcjpwYXNz'],
			['a token with spaces', 'Bearer a b']
		])('answers %s with 401 problem+json, not an anonymous 200', async (_, header) => {
			const response = await app.request('/api/v1/networks', {
				headers: { authorization: header }
			});
			await expectProblem(response, 401);
			expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
		});

		it('answers a revoked token with 401', async () => {
			const user = await network.newUser(await network.newParticipant('member'));
			const { id, token } = await createApiToken(app.db, user.actor, 'soon revoked');
			expect((await app.request('/api/v1/me', { headers: bearer(token) })).status).toBe(200);
			await revokeApiToken(user.ctx, id);
			await expectProblem(await app.request('/api/v1/me', { headers: bearer(token) }), 401);
		});

		it("refuses an administrator's token until its owner has a second factor", async () => {
			const admin = await network.newUser(null, { admin: true });
			const { token } = await createApiToken(app.db, admin.actor, 'cli');
			const refused = await expectProblem(
				await app.request('/api/v1/networks', { headers: bearer(token) }),
				403
			);
			expect(JSON.stringify(refused)).toMatch(/segundo factor/);
			await app.db
				.update(users)
				.set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() })
				.where(eq(users.id, admin.id));
			expect((await app.request('/api/v1/me', { headers: bearer(token) })).status).toBe(200);
		});
	});

	describe('every 4xx from the API is problem+json', () => {
		it.each([
			'/api/v1/%E0%A4%A',
			'/api/v1/networks/%ZZ/documents',
			'/api/v1/networks/relacopaz/documents/%C0%AF'
		])('undecodable path %s', async (path) => {
			await expectProblem(await app.request(path), 400);
		});

		it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'])(
			'a cross-site %s POST',
			async (type) => {
				const response = await app.request(`/api/v1/networks/${network.slug}/documents`, {
					method: 'POST',
					headers: { 'content-type': type, origin: 'https://evil.example' },
					body: 'title=x'
				});
				await expectProblem(response, 403);
			}
		);

		it('a cross-site form to a page gets a 403 too', async () => {
			const response = await app.request('/login', {
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: 'https://evil.example',
					accept: 'text/html'
				},
				body: 'email=a&password=b'
			});
			expect(response.status).toBe(403);
		});
	});

	describe('body size', () => {
		it('refuses a 10 MB form field without reading it all', async () => {
			const response = await app.request('/login', {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin },
				body: `email=a&password=${'a'.repeat(10 * 1024 * 1024)}`
			});
			expect(response.status).toBe(413);
		});

		it('refuses a JSON body over 4 MB', async () => {
			await expectProblem(
				await app.request(`/api/v1/networks/${network.slug}/documents`, {
					method: 'POST',
					headers: { ...bearer(memberToken), 'content-type': 'application/json' },
					body: JSON.stringify({ body: 'a'.repeat(maxJsonBodyBytes) })
				}),
				413
			);
		});
	});

	describe('headers', () => {
		it.each(['/api/v1/networks', '/api/v1/openapi.json', '/networks/relacopaz/calendar.ics'])(
			'%s carries the security headers',
			async (path) => {
				const response = await app.request(path);
				expect(response.status).toBe(200);
				expect(response.headers.get('x-content-type-options')).toBe('nosniff');
				expect(response.headers.get('referrer-policy')).toBe('same-origin');
				expect(response.headers.get('permissions-policy')).toContain('camera=()');
				expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			}
		);

		it.each(['\r\nSet-Cookie: a=b', '\nX-Injected: 1', '%0d%0aX-Injected:%201'])(
			'never writes CRLF from input into a header (%j)',
			async (payload) => {
				const answers = [
					await app.request(
						`/api/v1/networks/relacopaz/documents?q=${encodeURIComponent(payload)}`
					),
					await app.request(`/networks/relacopaz/documents/${encodeURIComponent(payload)}/file`),
					await app.request(`/networks/${encodeURIComponent(payload)}/calendar.ics`)
				];
				for (const response of answers) {
					expect(response.status).toBeLessThan(500);
					for (const [name, value] of response.headers) {
						expect(name.toLowerCase()).not.toBe('x-injected');
						expect(value).not.toMatch(/[\r\n]/);
					}
				}
			}
		);
	});

	describe('weak passwords', () => {
		it.each(['aaaaaaaaaaaa', 'passwordpassword', 'weak-admin@example.test2024'])(
			'are refused when an account is made from the command line (%j)',
			async (password) => {
				await expect(
					unsafeCreateUser(app.db, {
						admin: true,
						email: 'weak-admin@example.test',
						name: '',
						password
					})
				).rejects.toMatchObject({ status: 422 });
			}
		);
	});

	describe('path traversal on file downloads', () => {
		it.each([
			'..%2f..%2f..%2fetc%2fpasswd',
			'..%5c..%5cwindows%5cwin.ini',
			'%2e%2e%2f%2e%2e%2fpackage.json',
			'....//....//etc/passwd',
			'00000000-0000-4000-8000-000000000000%2f..%2f..',
			'%252e%252e%252f'
		])('%s is not found, and nothing is read from disk', async (id) => {
			const response = await app.request(`/networks/relacopaz/documents/${id}/file`);
			expect([400, 404]).toContain(response.status);
			expect(response.headers.get('content-type') ?? '').not.toMatch(/pdf|octet/);
			const text = await response.text();
			expect(text).not.toMatch(/root:|\[fonts\]|"name": "relacopaz/);
		});
	});
});
