import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * A webhook makes the server send requests where someone else chose: without care, a focal point
 * could aim it at the database, the cloud's metadata service or the office intranet. Only public
 * addresses are called, over https, checked when the webhook is registered and again at every
 * delivery (a name may be pointed elsewhere meanwhile). WEBHOOK_ALLOW_PRIVATE=1 lifts both rules,
 * for tests and for networks that run closed.
 */
export function privateAddressesAllowed(): boolean {
	return process.env.WEBHOOK_ALLOW_PRIVATE === '1';
}

/** IPv4 ranges that are not the public internet (RFC 6890 and its successors). */
const ipv4Blocks: [number, number][] = [
	[0x00000000, 8], // "this network", 0.0.0.0
	[0x0a000000, 8], // private
	[0x64400000, 10], // carrier-grade NAT
	[0x7f000000, 8], // loopback
	[0xa9fe0000, 16], // link-local, cloud metadata
	[0xac100000, 12], // private
	[0xc0000000, 24], // IETF protocol assignments
	[0xc0000200, 24], // documentation
	[0xc0586300, 24], // 6to4 relay anycast
	[0xc0a80000, 16], // private
	[0xc6120000, 15], // benchmarking
	[0xc6336400, 24], // documentation
	[0xcb007100, 24], // documentation
	[0xe0000000, 4], // multicast
	[0xf0000000, 4] // reserved, broadcast
];

function ipv4Number(address: string): number | null {
	const parts = address.split('.');
	if (parts.length !== 4) return null;
	let value = 0;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part)) return null;
		const n = Number(part);
		if (n > 255) return null;
		value = value * 256 + n;
	}
	return value;
}

function ipv4IsPrivate(value: number): boolean {
	return ipv4Blocks.some(([base, bits]) => {
		const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
		return (value & mask) >>> 0 === base;
	});
}

/** The eight 16-bit groups of an IPv6 address, with an embedded dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] | null {
	let text = address.toLowerCase();
	const zone = text.indexOf('%');
	if (zone >= 0) text = text.slice(0, zone);
	const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (tail) {
		const v4 = ipv4Number(tail[1]!);
		if (v4 === null) return null;
		text = `${text.slice(0, -tail[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
	}
	const halves = text.split('::');
	if (halves.length > 2) return null;
	const parse = (part: string) => (part === '' ? [] : part.split(':'));
	const head = parse(halves[0]!);
	const rest = halves.length === 2 ? parse(halves[1]!) : [];
	const missing = 8 - head.length - rest.length;
	if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
	const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
	const values = groups.map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
	return values.some(Number.isNaN) ? null : values;
}

function ipv6IsPrivate(groups: number[]): boolean {
	const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number
	];
	const embeddedV4 = ((g6 << 16) | g7) >>> 0;
	const zeroUpTo5 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
	// ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
	if (zeroUpTo5 && g5 === 0) return true;
	// IPv4-mapped ::ffff:a.b.c.d: the IPv4 rules decide.
	if (zeroUpTo5 && g5 === 0xffff) return ipv4IsPrivate(embeddedV4);
	// NAT64 64:ff9b::a.b.c.d translates to the embedded IPv4 address.
	if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
		return ipv4IsPrivate(embeddedV4);
	}
	if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return true; // local-use NAT64
	if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return true; // discard-only
	if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
	if (g0 === 0x2001 && g1 < 0x200) return true; // IETF protocol assignments, Teredo
	if (g0 === 0x2002) return ipv4IsPrivate(((g1 << 16) | g2) >>> 0); // 6to4
	if ((g0 & 0xfe00) === 0xfc00) return true; // unique local
	if ((g0 & 0xffc0) === 0xfe80) return true; // link-local
	if ((g0 & 0xffc0) === 0xfec0) return true; // site-local, deprecated
	if ((g0 & 0xff00) === 0xff00) return true; // multicast
	return false;
}

/** Whether an IP address (v4 or v6, as `dns.lookup` or a URL gives it) is outside the public internet. */
export function isPrivateAddress(address: string): boolean {
	const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
	const kind = isIP(bare.split('%')[0]!);
	if (kind === 4) return ipv4IsPrivate(ipv4Number(bare)!);
	if (kind === 6) {
		const groups = ipv6Groups(bare);
		return groups === null || ipv6IsPrivate(groups);
	}
	// Not an address at all: refuse rather than guess.
	return true;
}

/** Why a webhook address is refused: a message key for the person who typed it. */
export class UnsafeAddressError extends Error {
	constructor(readonly messageKey: string) {
		super(messageKey);
	}
}

/** A URL fit to be called: parsed, the scheme checked, credentials refused. */
export function parseWebhookUrl(raw: string, allowPrivate = privateAddressesAllowed()): URL {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new UnsafeAddressError('webhooks_err_url');
	}
	const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
	if (!schemes.includes(url.protocol)) throw new UnsafeAddressError('webhooks_err_https');
	if (url.username || url.password) throw new UnsafeAddressError('webhooks_err_credentials');
	if (!url.hostname) throw new UnsafeAddressError('webhooks_err_url');
	return url;
}

export interface ResolvedAddress {
	address: string;
	family: 4 | 6;
}

type Resolver = (host: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (host) =>
	(await lookup(host, { all: true, verbatim: true })).map((a) => ({
		address: a.address,
		family: a.family === 6 ? 6 : 4
	}));

const lookupTimeoutMs = 5000;

/**
 * The addresses a host name stands for, every one of them public, or a refusal: a name that
 * answers with one private address among public ones is refused whole, since the connection
 * could go to any of them.
 */
export async function resolvePublicAddresses(
	hostname: string,
	options: { allowPrivate?: boolean; resolve?: Resolver } = {}
): Promise<ResolvedAddress[]> {
	const allowPrivate = options.allowPrivate ?? privateAddressesAllowed();
	const host =
		hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
	const literal = isIP(host);
	let addresses: ResolvedAddress[];
	if (literal) {
		addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
	} else {
		const resolve = options.resolve ?? systemResolver;
		let timer: NodeJS.Timeout | undefined;
		try {
			addresses = await Promise.race([
				resolve(host),
				new Promise<never>((_, reject) => {
					timer = setTimeout(() => reject(new Error('timeout')), lookupTimeoutMs);
				})
			]);
		} catch {
			throw new UnsafeAddressError('webhooks_err_unresolved');
		} finally {
			clearTimeout(timer);
		}
	}
	if (addresses.length === 0) throw new UnsafeAddressError('webhooks_err_unresolved');
	if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
		throw new UnsafeAddressError('webhooks_err_private');
	}
	return addresses;
}

/** Refuses a webhook URL that is not https or does not lead only to public addresses. */
export async function checkWebhookUrl(
	raw: string,
	options: { allowPrivate?: boolean; resolve?: Resolver } = {}
): Promise<URL> {
	const url = parseWebhookUrl(raw, options.allowPrivate ?? privateAddressesAllowed());
	await resolvePublicAddresses(url.hostname, options);
	return url;
}
