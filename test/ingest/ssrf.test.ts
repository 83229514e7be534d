import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { blockedReason, checkUrl, guardedLookup, makeGuardedLookup, type Resolver } from '../../src/ingest/ssrf.ts';
import { fetchUrl, closeFetchAgents, FetchError } from '../../src/ingest/fetch.ts';
import { serve } from './helpers.ts';

after(() => closeFetchAgents());

test('inward addresses are refused: loopback, private, link-local, CGNAT, multicast, reserved, IPv6 and IPv4-mapped', () => {
  const blocked = [
    '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '100.127.255.255', '0.0.0.0', '0.1.2.3', '224.0.0.251', '239.255.255.250', '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fe80::1', 'febf::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
    '::ffff:169.254.169.254', '64:ff9b::7f00:1', '2002:7f00:0001::1', '::127.0.0.1',
  ];
  for (const ip of blocked) assert.ok(blockedReason(ip), `${ip} must be refused`);
  const open = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450::1'];
  for (const ip of open) assert.equal(blockedReason(ip), null, `${ip} is public`);
});

test('IP spellings in URLs: decimal, hex, octal, short forms and bracketed IPv6 are all caught', () => {
  const urls = [
    'http://2130706433/', 'http://0x7f.1/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://017700000001/', 'http://127.1/',
    'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]:8080/', 'http://0/', 'http://169.254.169.254/latest/meta-data/',
    'http://localhost/', 'http://printer.local/', 'https://metadata.google.internal/',
  ];
  for (const u of urls) assert.throws(() => checkUrl(u), /refused/, u);
  assert.throws(() => checkUrl('file:///etc/passwd'), /only http and https/);
  assert.throws(() => checkUrl('gopher://example.org/'), /only http and https/);
  assert.equal(checkUrl('https://example.org/a').hostname, 'example.org');
  assert.equal(checkUrl('http://127.0.0.1/', true).hostname, '127.0.0.1', 'allowed with allowPrivateNetworks');
});

test('DNS answers are checked at connect time: a name that resolves inward is refused', async () => {
  const fake: Resolver = (host, _o, cb) => {
    const map: Record<string, string[]> = { 'inward.test': ['127.0.0.1'], 'mixed.test': ['93.184.216.34', '10.0.0.5'], 'public.test': ['93.184.216.34'] };
    const list = map[host];
    if (!list) return cb(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
    cb(null, list.map((address) => ({ address, family: 4 })));
  };
  const lookup = makeGuardedLookup(fake);
  const call = (host: string, opts: object) => new Promise<{ err: Error | null; addr: unknown }>((resolve) => lookup(host, opts, (err, addr) => resolve({ err, addr })));
  assert.match(String((await call('inward.test', {})).err?.message), /refused inward.test/);
  assert.match(String((await call('mixed.test', { all: true })).err?.message), /10\.0\.0\.5/, 'one inward answer is enough to refuse');
  assert.deepEqual(await call('public.test', {}), { err: null, addr: '93.184.216.34' });
  assert.deepEqual((await call('public.test', { all: true })).addr, [{ address: '93.184.216.34', family: 4 }]);
  // and the real resolver: "localhost." passes the name check but resolves to loopback
  const real = await new Promise<Error | null>((resolve) => guardedLookup('localhost.', {}, (err) => resolve(err)));
  assert.ok(real, 'localhost. must not resolve through the guard');
});

test('the guard blocks a local server when off; the flag lets it through', async () => {
  const srv = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>inside</p>');
  });
  try {
    await assert.rejects(fetchUrl(`${srv.base}/`), (e: FetchError) => e.kind === 'blocked' && /127\.0\.0\.1/.test(e.message));
    // a host name that DNS points at the server: refused at connect, after resolution
    const toLoopback: Resolver = (_h, _o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
    await assert.rejects(fetchUrl(`http://news.test:${srv.port}/`, { resolver: toLoopback }), (e: FetchError) => e.kind === 'blocked' && /resolves|DNS answer/.test(e.message));
    const ok = await fetchUrl(`${srv.base}/`, { allowPrivateNetworks: true });
    assert.equal(ok.body, '<p>inside</p>');
  } finally {
    await srv.close();
  }
});

test('every redirect hop is re-checked: a redirect inward is refused even from an allowed server', async () => {
  // the policy under test allows only 127.0.0.1 (standing in for "the public internet") and blocks the rest
  const policy = (ip: string) => (ip === '127.0.0.1' ? null : blockedReason(ip) ?? 'not the test server');
  const toSecondLoopback: Resolver = (_h, _o, cb) => cb(null, [{ address: '127.0.0.2', family: 4 }]);
  const srv = await serve((req, res) => {
    if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    else if (req.url === '/to-decimal') res.writeHead(301, { location: 'http://2130706434/' });
    else if (req.url === '/to-name') res.writeHead(307, { location: `http://internal.test:${(req.socket.localPort)}/secret` });
    else if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' });
    else if (req.url === '/fine') res.writeHead(302, { location: '/article' });
    else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('article');
    }
    res.end();
  });
  try {
    for (const p of ['/to-metadata', '/to-decimal', '/to-name', '/to-file']) {
      await assert.rejects(fetchUrl(`${srv.base}${p}`, { policy, resolver: toSecondLoopback }), (e: FetchError) => e.kind === 'blocked', p);
    }
    const ok = await fetchUrl(`${srv.base}/fine`, { policy, resolver: toSecondLoopback });
    assert.equal(ok.body, 'article');
    assert.equal(ok.url, `${srv.base}/article`);
  } finally {
    await srv.close();
  }
});
