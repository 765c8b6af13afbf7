import { canAdminister } from '../access/access';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { countOutbox, listOutboxPage } from './repository';
import { isSmtpConfigured } from './send-mail';
import type { OutboxPageQuery } from './schemas';

export interface OutboxMessageView {
	id: string;
	recipient: string;
	subject: string;
	text: string;
	createdAt: Date;
	sentAt: Date | null;
	lastError: string | null;
}

export interface OutboxView {
	items: OutboxMessageView[];
	total: number;
	unsent: number;
	limit: number;
	offset: number;
	smtpConfigured: boolean;
}

/** The administrator's mailbox: every message the platform wrote, sent or not. */
export async function listOutbox(ctx: Ctx, query: OutboxPageQuery): Promise<OutboxView> {
	// Administration pages do not exist for anyone else.
	if (!canAdminister(ctx.actor)) throw new NotFoundError();
	const rows = await listOutboxPage(ctx.db, query);
	const counts = await countOutbox(ctx.db);
	return {
		items: rows.map((row) => ({
			id: row.id,
			recipient: row.recipient,
			subject: row.subject,
			text: row.textBody,
			createdAt: row.createdAt,
			sentAt: row.sentAt,
			lastError: row.lastError
		})),
		total: counts.total,
		unsent: counts.unsent,
		limit: query.limit,
		offset: query.offset,
		smtpConfigured: isSmtpConfigured()
	};
}
