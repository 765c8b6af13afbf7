import type { Database } from '../../src/lib/server/db/client';
import { createOffer } from '../../src/lib/server/exchange/create-offer';
import { createRequest } from '../../src/lib/server/exchange/create-request';
import type { CreateOfferInput, CreateRequestInput } from '../../src/lib/server/exchange/schemas';
import type { Ctx } from '../../src/lib/server/context';
import { newTestNetwork } from './support/factories';
import { unsafeActorForUser } from '../../src/lib/server/auth/unsafe-actor-for-user';
import { unsafeCreateUser } from '../../src/lib/server/people/unsafe-create-user';
import { proposeCommitment } from '../../src/lib/server/exchange/propose-commitment';
import { unsafeSendExchangeDigests } from '../../src/lib/server/exchange/send-exchange-digests';

/** The status a domain call answers with: 200 when it succeeds, else its error's status. */
export async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		const status = (error as { status?: number }).status;
		if (status === undefined) throw error;
		return status;
	}
}

/**
 * A network with a requesting member (focal point, editor and viewer), a providing partner, another
 * member and an observer, each with a focal point, and a member that is kept out of what is released.
 */
export async function exchangeNetwork(db: Database) {
	const network = await newTestNetwork(db);
	const requester = await network.newParticipant('member');
	const provider = await network.newParticipant('partner');
	const other = await network.newParticipant('member');
	const observer = await network.newParticipant('observer');
	const outsider = await network.newParticipant('member');
	return {
		network,
		requester,
		provider,
		other,
		observer,
		outsider,
		requesterFocal: await network.newUser(requester, { role: 'focal_point' }),
		requesterEditor: await network.newUser(requester, { role: 'editor' }),
		requesterViewer: await network.newUser(requester, { role: 'viewer' }),
		providerFocal: await network.newUser(provider, { role: 'focal_point' }),
		providerViewer: await network.newUser(provider, { role: 'viewer' }),
		otherFocal: await network.newUser(other, { role: 'focal_point' }),
		observerFocal: await network.newUser(observer, { role: 'focal_point' }),
		outsiderFocal: await network.newUser(outsider, { role: 'focal_point' })
	};
}

export function requestInput(overrides: Partial<CreateRequestInput> = {}): CreateRequestInput {
	return {
		category: 'training',
		title: { es: 'Curso de protección de civiles' },
		description: {},
		quantity: 2,
		unit: 'courses',
		neededBy: null,
		releasability: { level: 'network' },
		...overrides
	};
}

export function offerInput(overrides: Partial<CreateOfferInput> = {}): CreateOfferInput {
	return {
		category: 'training',
		title: { es: 'Curso regional de protección de civiles' },
		description: {},
		conditions: {},
		capacity: 4,
		unit: 'courses',
		availableFrom: null,
		availableUntil: null,
		languages: ['es'],
		releasability: { level: 'network' },
		...overrides
	};
}

export async function newRequest(
	ctx: Ctx,
	slug: string,
	overrides: Partial<CreateRequestInput> = {}
) {
	return (await createRequest(ctx, slug, requestInput(overrides))).id;
}

export async function newOffer(ctx: Ctx, slug: string, overrides: Partial<CreateOfferInput> = {}) {
	return (await createOffer(ctx, slug, offerInput(overrides))).id;
}

/**
 * A row in each cooperation table of the seeded network, for the backup test: ARG asks,
 * ALCOPAZ offers and commits, and the digest queues and sends ARG's focal point its mail.
 */
export async function fillExchangeTables(db: Database): Promise<void> {
	await unsafeCreateUser(db, {
		admin: false,
		network: 'relacopaz',
		participant: 'ARG',
		email: 'focal.arg.exchange@example.test',
		name: 'Focal ARG',
		role: 'focal_point',
		password: 'a long enough password'
	});
	await unsafeCreateUser(db, {
		admin: false,
		network: 'relacopaz',
		participant: 'alcopaz',
		email: 'focal.alcopaz.exchange@example.test',
		name: 'Focal ALCOPAZ',
		role: 'focal_point',
		password: 'a long enough password'
	});
	const requester = { db, actor: await unsafeActorForUser(db, 'focal.arg.exchange@example.test') };
	const provider = {
		db,
		actor: await unsafeActorForUser(db, 'focal.alcopaz.exchange@example.test')
	};
	const requestId = await newRequest(requester, 'relacopaz');
	const offerId = await newOffer(provider, 'relacopaz');
	await proposeCommitment(provider, 'relacopaz', requestId, { offerId, note: 'Dos cursos' });
	await unsafeSendExchangeDigests(db, 'http://localhost');
}
