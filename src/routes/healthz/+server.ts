import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { runtimeDb } from '$lib/server/runtime';

export async function GET() {
	try {
		await runtimeDb().execute(sql`SELECT 1`);
		return json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json({ status: 'unavailable' }, { status: 503 });
	}
}
