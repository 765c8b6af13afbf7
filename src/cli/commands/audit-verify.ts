import { unsafeVerifyAuditChain } from '../../lib/server/audit/verify-audit';
import { defineCommand } from '../command';

export const auditVerifyCommand = defineCommand({
	words: ['audit', 'verify'],
	summary: "Check the audit log's hash chain; exit code 1 if it is broken",
	usage: 'Usage: npm run cli -- audit verify',
	options: {},
	migrateFirst: true,
	parse: () => null,
	async run(handle, _input, io) {
		const result = await unsafeVerifyAuditChain(handle.db);
		if (result.ok) {
			io.out(`ok: ${result.entries} entries`);
			return 0;
		}
		const why =
			result.reason === 'hash'
				? 'its content does not match its hash'
				: 'it does not link to the entry before it';
		io.out(`broken: seq ${result.brokenAtSeq} (${why})`);
		return 1;
	}
});
