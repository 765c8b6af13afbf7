import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * A PostgreSQL connection that prepares each statement once and then only binds and executes it.
 * Planning the row-level security of a list costs more than running it; a named statement is
 * parsed and planned on its first use per connection, and PostgreSQL keeps the plan (a generic
 * one once it is as good) while the session lasts. Row-level security stays exact: plans are
 * redone when the role changes, and the viewer is read from the transaction's settings when the
 * statement runs.
 *
 * Only single data statements with a bounded number of parameters are named, so the statements
 * kept per connection stay bounded by the application's queries, not by its data (a list of ids
 * of any length would otherwise be a new statement per length).
 */
export class PreparingClient extends pg.Client {
	override query(...args: unknown[]): never {
		const [config, values] = args;
		if (isNameable(config, values)) {
			args[0] = { ...config, name: statementName(config.text) };
		}
		return (super.query as (...a: unknown[]) => never)(...args);
	}
}

const maxParameters = 24;
const dataStatement = /^\s*(select|insert|update|delete|with)\b/i;

function isNameable(config: unknown, values: unknown): config is { text: string; name?: string } {
	if (typeof config !== 'object' || config === null) return false;
	const { text, name } = config as { text?: unknown; name?: unknown };
	if (typeof text !== 'string' || name) return false;
	const count = Array.isArray(values)
		? values.length
		: ((config as { values?: unknown[] }).values?.length ?? 0);
	return count <= maxParameters && dataStatement.test(text) && !text.includes(';');
}

function statementName(text: string): string {
	return `s_${createHash('sha1').update(text).digest('base64url')}`;
}
