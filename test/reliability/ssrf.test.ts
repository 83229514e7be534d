// SSRF: the ingest guard (src/ingest/ssrf.ts, used by src/ingest/fetch.ts) is checked three ways:
// a table of inward URLs in every spelling; a property test that cross-checks random IPv4/IPv6
// addresses, written in random spellings, against an independent list of the blocked ranges; and
// end-to-end against a live server on 127.0.0.1 that counts its hits — a refused fetch must never
// reach it, on the first hop, after DNS, or after any redirect.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { optionalImport } from './helpers.ts';

const ssrf = await optionalImport<typeof import('../../src/ingest/ssrf.ts')>('src/ingest/ssrf.ts');
const fetchMod = await optionalImport<typeof import('../../src/ingest/fetch.ts')>('src/ingest/fetch.ts');
const skip = ssrf && fetchMod ? false : 'src/ingest/ssrf.ts or fetch.ts not there yet';
after(() => fetchMod?.closeFetchAgents());

// --- an independent statement of what is inward (RFC 6890 special-purpose registries) ---------
const V4_INWARD: [number, number][] = (
  [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
    ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as [string, number][]
).map(([a, p]) => [toInt(a), p]);

function toInt(dotted: string): number {
  return dotted.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}
function v4Inward(n: number): boolean {
  return V4_INWARD.some(([base, p]) => Math.floor(n / 2 ** (32 - p)) === Math.floor(base / 2 ** (32 - p)));
}

/** the many ways a URL host can spell one IPv4 address (WHATWG URL host parsing) */
function spellings(n: number): string[] {
  const o = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return [
    o.join('.'),
    String(n), // decimal
    '0x' + n.toString(16), // hex
    '0' + n.toString(8), // octal
    o.map((x) => '0x' + x.toString(16)).join('.'),
    o.map((x) => '0' + x.toString(8)).join('.'),
    `${o[0]}.${(o[1] << 16) | (o[2] << 8) | o[3]}`, // a.b (short form)
    `${o[0]}.${o[1]}.${(o[2] << 8) | o[3]}`, // a.b.c
    `0x${o[0].toString(16)}.${o[1]}.0${o[2].toString(8)}.${o[3]}`, // mixed
    o.join('.') + '.', // trailing dot
    `[::ffff:${o.join('.')}]`, // IPv4-mapped IPv6
    `[::ffff:${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}]`,
  ];
}

test('table: inward URLs in every spelling are refused before any socket opens', { skip }, () => {
  const inward = [
    'http://127.0.0.1/', 'http://127.1/', 'http://127.0.1/', 'http://2130706433/', 'http://0x7f000001/', 'http://0x7f.1/',
    'http://0177.0.0.1/', 'http://0177.1/', 'http://017700000001/', 'http://127.0.0.1./', 'http://0/', 'http://0.0.0.0/',
    'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.0.1/', 'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/', 'http://100.127.255.254/', 'http://224.0.0.1/', 'http://255.255.255.255/',
    'http://[::1]/', 'http://[::]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[fc00::1]/', 'http://[fd00:ec2::254]/', 'http://[fe80::1]/',
    'http://[ff02::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/',
    'http://[0:0:0:0:0:ffff:127.0.0.1]/', 'http://[::ffff:169.254.169.254]/', 'http://[::ffff:a9fe:a9fe]/', 'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/', 'http://[::127.0.0.1]/',
    'http://localhost/', 'http://LOCALHOST:8080/', 'http://a.b.localhost/', 'http://metadata.google.internal/', 'http://nas.local/',
    'http://evil.example@127.0.0.1/', 'http://user:pass@[::1]:80/', 'http://１２７.０.０.１/', 'http://127。0。0。1/', 'HTTP://127.0.0.1/',
  ];
  for (const u of inward) assert.throws(() => ssrf!.checkUrl(u), /refused/, `${u} must be refused`);
  for (const u of ['http://[fe80::1%25eth0]/', 'file:///etc/passwd', 'gopher://127.0.0.1:6379/_INFO', 'ftp://example.org/', 'data:text/html,<b>x</b>', 'javascript:alert(1)', 'ws://127.0.0.1/', 'not a url', '']) {
    assert.throws(() => ssrf!.checkUrl(u), `${u} must be refused`);
  }
  // and the guard is not simply closed: public addresses pass
  for (const u of ['http://93.184.216.34/', 'https://[2606:4700:4700::1111]/', 'http://100.128.0.1/', 'http://172.32.0.1/', 'http://192.169.1.1/', 'https://example.org/x?y=1', 'http://127.0.0.1.example.org/']) {
    assert.doesNotThrow(() => ssrf!.checkUrl(u), `${u} is public`);
  }
});

test('property: a random IPv4 in any spelling is refused exactly when it is inward', { skip }, () => {
  // bias half the draws into the blocked ranges so both sides are well covered
  const addr = fc.oneof(
    fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    fc.tuple(fc.constantFrom(...V4_INWARD), fc.integer({ min: 0, max: 2 ** 24 - 1 })).map(([[base, p], r]) => base + (r % 2 ** (32 - p))),
  );
  fc.assert(
    fc.property(addr, fc.nat(), (n, k) => {
      const all = spellings(n);
      const host = all[k % all.length];
      const url = `http://${host}/`;
      let refused = false;
      try {
        ssrf!.checkUrl(url);
      } catch {
        refused = true;
      }
      assert.equal(refused, v4Inward(n), `${url} (${all[0]}): refused=${refused}, inward=${v4Inward(n)}`);
    }),
    { numRuns: 3000, seed: 1 },
  );
});

test('property: random IPv6 in fc00::/7, fe80::/10, ::1 and ::ffff:<inward v4> are refused; global unicast passes', { skip }, () => {
  const hex = fc.integer({ min: 0, max: 0xffff }).map((g) => g.toString(16));
  const tail = fc.array(hex, { minLength: 7, maxLength: 7 });
  const ula = fc.tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), tail).map(([g, t]) => [g.toString(16), ...t].join(':'));
  const ll = fc.tuple(fc.integer({ min: 0xfe80, max: 0xfebf }), tail).map(([g, t]) => [g.toString(16), ...t].join(':'));
  const mapped = fc.tuple(fc.constantFrom(...V4_INWARD), fc.integer({ min: 0, max: 2 ** 24 - 1 })).map(([[b, p], r]) => {
    const n = b + (r % 2 ** (32 - p));
    return `::ffff:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  });
  fc.assert(
    fc.property(fc.oneof(ula, ll, mapped, fc.constant('::1')), (ip) => {
      assert.throws(() => ssrf!.checkUrl(`http://[${ip}]/`), /refused/, ip);
      assert.ok(ssrf!.blockedReason(ip), ip);
    }),
    { numRuns: 1000, seed: 2 },
  );
  // 2000::/3 outside the special ranges is global unicast
  const global = fc.tuple(fc.integer({ min: 0x2400, max: 0x2fff }), tail).map(([g, t]) => [g.toString(16), ...t].join(':'));
  fc.assert(fc.property(global, (ip) => assert.equal(ssrf!.blockedReason(ip), null, ip)), { numRuns: 500, seed: 3 });
});

// --- end to end: a real server inside, counting hits ------------------------------------------
async function canary(): Promise<{ server: Server; port: number; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body><p>SECRET internal page</p></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, port, hits: () => hits, close: () => new Promise((r) => server.close(() => r())) };
}

test('end to end: no spelling of the loopback address, and no name resolving to it, reaches a live local server', { skip }, async () => {
  const c = await canary();
  try {
    const n = toInt('127.0.0.1');
    const urls = spellings(n).map((h) => `http://${h}:${c.port}/`);
    urls.push(`http://localhost:${c.port}/`, `http://[::ffff:127.0.0.1]:${c.port}/`);
    for (const u of urls) {
      await assert.rejects(fetchMod!.fetchUrl(u, { totalTimeoutMs: 3000 }), (e: any) => e.kind === 'blocked' || e.kind === 'bad_url', u);
    }
    // names that resolve inward: answered by a stand-in resolver, as a hostile DNS server would
    const inwardDns: Record<string, string[]> = {
      'rebind.test': ['127.0.0.1'],
      'mixed.test': ['93.184.216.34', '127.0.0.1'], // one good answer, one inward: still refused
      'v6.test': ['::1'],
      'mapped.test': ['::ffff:127.0.0.1'],
    };
    const resolver = (host: string, _o: object, cb: (e: NodeJS.ErrnoException | null, a: { address: string; family: number }[]) => void) => {
      const list = inwardDns[host];
      if (!list) return cb(Object.assign(new Error('nx'), { code: 'ENOTFOUND' }), []);
      cb(null, list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    };
    for (const host of Object.keys(inwardDns)) {
      await assert.rejects(fetchMod!.fetchUrl(`http://${host}:${c.port}/`, { resolver, totalTimeoutMs: 3000 }), (e: any) => e.kind === 'blocked', host);
    }
    assert.equal(c.hits(), 0, 'the internal server was reached');
    // the canary works: with the flag, the same server is reached (so zero hits above means refused)
    const ok = await fetchMod!.fetchUrl(`http://127.0.0.1:${c.port}/`, { allowPrivateNetworks: true });
    assert.match(ok.body, /SECRET/);
    assert.equal(c.hits(), 1);
  } finally {
    await c.close();
  }
});

test('end to end: redirects that point inward are refused on every hop, and the inside is never reached', { skip }, async () => {
  const inside = await canary();
  // the "outside" server: a stand-in resolver maps outside.test to it, and the policy lets only
  // that one address through — playing the public internet
  let outsideHits = 0;
  const targets = [
    `http://127.0.0.1:${inside.port}/`, `http://2130706433:${inside.port}/`, `http://0x7f.1:${inside.port}/`, `http://[::1]:${inside.port}/`,
    `http://localhost:${inside.port}/`, `http://169.254.169.254/latest/meta-data/`, `http://inside.test:${inside.port}/`, 'file:///etc/passwd',
  ];
  const outside = createServer((req, res) => {
    outsideHits++;
    const i = Number(new URL(req.url!, 'http://x').searchParams.get('to'));
    // a chain: the first hop redirects to a second outside URL, which redirects inward
    if (req.url!.startsWith('/hop1')) {
      res.writeHead(302, { location: `/hop2?to=${i}` });
      return res.end();
    }
    res.writeHead(307, { location: targets[i] });
    res.end();
  });
  await new Promise<void>((r) => outside.listen(0, '127.0.0.2', r));
  const oport = (outside.address() as AddressInfo).port;
  const resolver = (host: string, _o: object, cb: (e: NodeJS.ErrnoException | null, a: { address: string; family: number }[]) => void) => {
    if (host === 'outside.test') return cb(null, [{ address: '127.0.0.2', family: 4 }]);
    if (host === 'inside.test') return cb(null, [{ address: '127.0.0.1', family: 4 }]);
    cb(Object.assign(new Error('nx'), { code: 'ENOTFOUND' }), []);
  };
  const policy = (ip: string) => (ip === '127.0.0.2' ? null : ssrf!.blockedReason(ip));
  try {
    for (let i = 0; i < targets.length; i++) {
      for (const path of [`/direct?to=${i}`, `/hop1?to=${i}`]) {
        await assert.rejects(
          fetchMod!.fetchUrl(`http://outside.test:${oport}${path}`, { resolver, policy, totalTimeoutMs: 3000 }),
          (e: any) => e.kind === 'blocked' || e.kind === 'bad_url',
          `${path} → ${targets[i]}`,
        );
      }
    }
    assert.ok(outsideHits >= targets.length * 3, `the outside server was contacted (${outsideHits} hits)`);
    assert.equal(inside.hits(), 0, 'a redirect reached the internal server');
  } finally {
    await new Promise((r) => outside.close(r));
    await inside.close();
  }
});
