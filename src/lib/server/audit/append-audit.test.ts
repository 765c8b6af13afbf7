import { describe, expect, it } from 'vitest';
import { auditEntryHash, genesisHash, type AuditHashInput } from './append-audit';

const entry: AuditHashInput = {
	prevHash: genesisHash,
	occurredAt: '2026-01-02T03:04:05.678Z',
	actorUserId: null,
	actorParticipantId: null,
	action: 'create',
	entityType: 'document',
	entityId: 'x',
	networkId: null,
	details: '{}'
};

describe('auditEntryHash', () => {
	it('is a stable SHA-256 over every field', () => {
		const hash = auditEntryHash(entry);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(auditEntryHash({ ...entry })).toBe(hash);
		for (const key of Object.keys(entry) as (keyof AuditHashInput)[]) {
			const changed = { ...entry, [key]: key === 'actorUserId' ? 'someone' : `${entry[key]}!` };
			expect(auditEntryHash(changed)).not.toBe(hash);
		}
	});

	it('cannot be forged by moving text between fields', () => {
		const a = auditEntryHash({ ...entry, action: 'ab', entityType: 'c' });
		const b = auditEntryHash({ ...entry, action: 'a', entityType: 'bc' });
		expect(a).not.toBe(b);
	});
});
