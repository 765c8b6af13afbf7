import { describe, expect, it } from 'vitest';
import { participantExportHeaderKeys } from './schemas';
import { participantExportSections } from './sections';

describe('participant export sections', () => {
	it('have distinct keys that do not overwrite the header', () => {
		const keys = participantExportSections.map((section) => section.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) {
			expect(participantExportHeaderKeys as readonly string[]).not.toContain(key);
		}
	});
});
