import { createHash } from 'node:crypto';
import type { Database } from '../db/client';
import { loadDataset } from './dataset';

/**
 * Validators for statistics answers: they change only when an import changes the figures, so
 * the latest import's id, the address and whatever else the answer depends on make the ETag.
 */
export async function statisticsCacheHeaders(
	db: Database,
	parts: readonly (string | null | undefined)[],
	visibility: 'public' | 'private'
): Promise<Record<string, string>> {
	const dataset = await loadDataset(db);
	const tag = createHash('sha256')
		.update([dataset.version, ...parts.map((p) => p ?? '')].join('\n'))
		.digest('base64url')
		.slice(0, 27);
	return {
		etag: `"${tag}"`,
		'cache-control':
			visibility === 'public' ? 'public, max-age=300, must-revalidate' : 'private, no-cache',
		...(dataset.importedAt ? { 'last-modified': dataset.importedAt.toUTCString() } : {})
	};
}
