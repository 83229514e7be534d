// SSRF guard: URL ingest and feeds must never reach loopback, private, link-local, CGNAT, multicast
// or reserved addresses (cloud metadata at 169.254.169.254 included) unless allowPrivateNetworks.
// Two checks, both needed: IP literals in the URL (the WHATWG parser has already turned 2130706433,
// 0x7f.1 and 0177.0.0.1 into 127.0.0.1) and every address DNS returns, inside the socket's own
// lookup, so the address checked is the address connected to (no DNS-rebinding window).
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';

const V4_BLOCKED: [string, number][] = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const V6_BLOCKED: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const v4 = new BlockList();
for (const [a, p] of V4_BLOCKED) v4.addSubnet(a, p, 'ipv4');
const v6 = new BlockList();
for (const [a, p] of V6_BLOCKED) v6.addSubnet(a, p, 'ipv6');

/** 8 16-bit groups of an IPv6 address (handles "::" and a trailing dotted quad); null if malformed */
export function ipv6Groups(addr: string): number[] | null {
  let a = addr.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const o = dotted[1].split('.').map(Number);
    if (o.some((x) => x > 255)) return null;
    a = a.slice(0, -dotted[1].length) + `${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const halves = a.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string) => (s ? s.split(':').map((h) => (/^[0-9a-f]{1,4}$/i.test(h) ? parseInt(h, 16) : NaN)) : []);
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...new Array(Math.max(fill, 0)).fill(0), ...tail];
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return null;
  return groups;
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** the IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any */
export function embeddedIPv4(groups: number[]): string | null {
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4From(groups[6], groups[7]); // ::ffff:a.b.c.d
  if (zero(0, 6) && (groups[6] !== 0 || groups[7] > 1)) return v4From(groups[6], groups[7]); // ::a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4From(groups[6], groups[7]); // NAT64
  if (groups[0] === 0x2002) return v4From(groups[1], groups[2]); // 6to4
  return null;
}

/** why `ip` must not be contacted, or null when it is a public address */
export function blockedReason(ip: string): string | null {
  const kind = isIP(ip.replace(/^\[|\]$/g, ''));
  if (kind === 4) return v4.check(ip, 'ipv4') ? `${ip} is a private, loopback, link-local or reserved address` : null;
  if (kind === 6) {
    const groups = ipv6Groups(ip);
    if (!groups) return `${ip} is not a valid IPv6 address`;
    const inner = embeddedIPv4(groups);
    if (inner && v4.check(inner, 'ipv4')) return `${ip} embeds the private or loopback IPv4 address ${inner}`;
    const norm = groups.map((g) => g.toString(16)).join(':');
    return v6.check(norm, 'ipv6') ? `${ip} is a loopback, link-local, unique-local or multicast IPv6 address` : null;
  }
  return `${ip} is not an IP address`;
}

export class BlockedAddressError extends Error {
  readonly code = 'ESSRFBLOCKED';
}

/**
 * Checks a URL before any socket opens: only http(s), no literal private address. Host names
 * are checked later, at connect time, by guardedLookup.
 */
/** decides whether an address may be contacted: null = yes, else why not (tests narrow it) */
export type AddressPolicy = (ip: string) => string | null;

export function checkUrl(raw: string | URL, allowPrivateNetworks = false, policy: AddressPolicy = blockedReason): URL {
  let url: URL;
  try {
    url = raw instanceof URL ? raw : new URL(raw);
  } catch {
    throw new BlockedAddressError(`"${String(raw).slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BlockedAddressError(`${url.protocol} URLs are not fetched (only http and https)`);
  }
  if (allowPrivateNetworks) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = policy(host);
    if (why) throw new BlockedAddressError(`refused ${url.host}: ${why} (use --allow-private-networks to permit)`);
  } else if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) {
    throw new BlockedAddressError(`refused ${url.host}: a local host name (use --allow-private-networks to permit)`);
  }
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup replacement for net.connect: resolves every address, drops none silently — if any
 * answer is private the host is refused, so a name that mixes public and inward answers cannot
 * be used to reach inside by chance of ordering.
 */
export type Resolver = (hostname: string, options: { all: true; family?: number }, cb: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export function makeGuardedLookup(resolve: Resolver = dnsLookup as unknown as Resolver, policy: AddressPolicy = blockedReason) {
  return (hostname: string, options: any, callback: LookupCallback) => guardedLookupWith(resolve, policy, hostname, options, callback);
}

export const guardedLookup = makeGuardedLookup();

function guardedLookupWith(resolve: Resolver, policy: AddressPolicy, hostname: string, options: any, callback: LookupCallback): void {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const opts = typeof options === 'number' ? { family: options } : { ...(options ?? {}) };
  resolve(hostname, { ...opts, all: true }, (err, addresses) => {
    if (err) return callback(err, opts.all ? [] : '', 0);
    const list = addresses as unknown as LookupAddress[];
    for (const a of list) {
      const why = policy(a.address);
      if (why) {
        const e = new BlockedAddressError(`refused ${hostname}: DNS answer ${why} (use --allow-private-networks to permit)`);
        return callback(e as NodeJS.ErrnoException, opts.all ? [] : '', 0);
      }
    }
    if (list.length === 0) {
      const e = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
      return callback(e, opts.all ? [] : '', 0);
    }
    if (opts.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}
