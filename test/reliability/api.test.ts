// Every API route under bad input (fastify.inject, no sockets): random query strings, bodies of
// the wrong type, nasty texts, huge numbers. Each answer is < 500, JSON {error,message} when it
// is an error, never a stack trace, and comes in bounded time. Plus the security checks that
// belong to reliability: the token never reaches the log, CSP on every response, page-size cap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../src/core/interfaces.ts';
import { optionalImport } from './helpers.ts';
import { nastyTexts } from './corpus/nasty.ts';
import { checkEvent } from './event-check.ts';

const serverMod = await optionalImport<typeof import('../../src/api/server.ts')>('src/api/server.ts');
const storeMod = await optionalImport<typeof import('../../src/store/index.ts')>('src/store/index.ts');
const runMod = await optionalImport<typeof import('../../src/api/run.ts')>('src/api/run.ts');
const skip = serverMod && storeMod && runMod ? false : 'src/api/server.ts or src/store not there yet';

const TOKEN = 'rel-test-token-6f1c9a0b7e2d';
let app: FastifyInstance;
let store: Store;

const REPORTS = [
  'Gunmen attacked a police checkpoint near Maiduguri on Monday, killing three officers, police said.',
  'Protesters gathered outside the governor’s office in Kano on Tuesday; police fired tear gas to disperse them.',
  'A drone strike hit a vehicle near Deir Ezzor on Sunday, killing two militants, a monitoring group said.',
];

before(async () => {
  if (skip) return;
  store = await storeMod!.openStore(':memory:');
  app = await serverMod!.buildServer({ store, ingest: runMod!.pipelineIngest(store), apiToken: TOKEN, webRoot: false, rateLimit: false });
  await app.ready();
  for (const [i, text] of REPORTS.entries()) {
    const r = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { id: `seed-${i}`, text, published: '2024-08-13' } });
    assert.equal(r.statusCode, 201, r.body);
  }
});
after(async () => {
  await app?.close();
  await store?.close();
});

/** the contract for any answer */
function checkAnswer(r: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string) {
  assert.ok(r.statusCode < 500, `${what}: HTTP ${r.statusCode} ${r.body.slice(0, 300)}`);
  assert.ok(!/\n\s+at .+:\d+:\d+/.test(r.body), `${what}: a stack trace in the response`);
  assert.ok(String(r.headers['content-security-policy'] ?? '').includes("script-src 'self'"), `${what}: no CSP header`);
  if (r.statusCode >= 400) {
    const b = JSON.parse(r.body);
    assert.equal(typeof b.error, 'string', `${what}: error`);
    assert.equal(typeof b.message, 'string', `${what}: message`);
    assert.ok(!b.message.includes('\n'), `${what}: one-line message`);
  }
}

const junkValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '0', '-1', '1e400', 'NaN', 'Infinity', '9999999999999999999999', '0000-00-00', '9999-12-31', '0000-01-01', '2024-02-30',
    '1,2,3', '-180,-90,180,90', '181,0,0,0', 'a,b,c,d', ',,,,', "' OR 1=1 --", '"; DROP TABLE events; --', '%00', '\u0000', '../../etc/passwd',
    '<script>alert(1)</script>', 'x'.repeat(5000), '[]', '{}', 'true', 'null', 'day', 'week', 'actor_pair', 'event_type'),
);
const PARAMS = ['from', 'to', 'bbox', 'country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'min_confidence', 'q', 'origin', 'cursor', 'limit', 'format', 'by', 'period', 'unknown', 'limit[]', '__proto__', 'constructor'];
const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), junkValue), { maxLength: 5 }).map((pairs) => {
  const u = new URLSearchParams();
  for (const [k, v] of pairs) u.append(k, v);
  return u.toString();
});

test('GET routes with random query strings: no 5xx, JSON errors, bounded time', { skip }, async () => {
  const paths = ['/api/events', '/api/aggregates', '/api/alerts', '/api/events/seed-0', '/api/openapi.json', '/api/docs'];
  let slowest = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...paths), query, async (path, q) => {
      const url = q ? `${path}?${q}` : path;
      const t0 = Date.now();
      const r = await app.inject({ method: 'GET', url });
      slowest = Math.max(slowest, Date.now() - t0);
      checkAnswer(r, `GET ${url}`);
      if (r.statusCode === 200 && path === '/api/events' && r.headers['content-type']?.toString().includes('json')) {
        const b = JSON.parse(r.body);
        for (const e of b.events ?? []) checkEvent(e);
      }
    }),
    { numRuns: 1500, seed: 7 },
  );
  assert.ok(slowest < 5000, `slowest request ${slowest} ms`);
});

test('odd paths and ids: 4xx, never 5xx', { skip }, async () => {
  const ids = ['%00', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(100), '%F0%9F%92%A5', "'", '"', '%27%20OR%201%3D1', 'seed-0%00', '%2e%2e', 'a/b', '?', '#'];
  for (const id of ids) {
    for (const method of ['GET', 'PATCH'] as const) {
      const r = await app.inject({ method, url: `/api/events/${id}`, headers: { authorization: `Bearer ${TOKEN}` }, payload: method === 'PATCH' ? { notes: 'x' } : undefined });
      checkAnswer(r, `${method} /api/events/${id}`);
    }
  }
  for (const url of ['/api', '/api/', '/api//events', '/api/events/', '/api/events?%', '/api/events?limit=1&limit=2', '/api/events?' + 'a=1&'.repeat(2000)]) {
    checkAnswer(await app.inject({ method: 'GET', url }), url);
  }
});

// found by this suite (414/400 from the router had no CSP and echoed the URL); fixed in src/api/server.ts frameworkErrors
test('router-level errors (id over the length limit, malformed percent-encoding): 4xx JSON with the security headers', { skip }, async () => {
  for (const url of [`/api/events/${'x'.repeat(300)}`, '/api/events/%E0%A4%A', '/api/events/%', '/%']) {
    checkAnswer(await app.inject({ method: 'GET', url }), `GET ${url.slice(0, 40)}`);
  }
});

test('POST /api/documents with bodies of the wrong type: 4xx JSON, the store unchanged', { skip }, async () => {
  const before = (await store.queryEvents({ limit: 1000 })).events.length;
  const bodies: [string, string][] = [
    ['application/json', ''], ['application/json', '{'], ['application/json', 'null'], ['application/json', '[]'], ['application/json', '"text"'],
    ['application/json', '{"text":5}'], ['application/json', '{"text":null}'], ['application/json', '{"text":["a"]}'], ['application/json', '{"text":{"a":1}}'],
    ['application/json', '{"text":""}'], ['application/json', '{"text":"   "}'], ['application/json', '{"text":"ok","published":"2024-02-30"}'],
    ['application/json', '{"text":"ok","published":20240813}'], ['application/json', '{"text":"ok","id":7}'], ['application/json', '{"text":"ok","url":"javascript:alert(1)"}'],
    ['application/json', '{"text":"ok","extra":1}'], ['application/json', '{"text":"ok","__proto__":{"admin":true}}'], ['application/json', '{"text":"ok","constructor":{"prototype":{"x":1}}}'],
    ['application/json', '{"text":' + '['.repeat(5000) + ']'.repeat(5000) + '}'], ['application/json', '{"text":1e400}'],
    ['text/plain', 'Gunmen killed 3 in Kano.'], ['application/x-www-form-urlencoded', 'text=hi'], ['application/octet-stream', '\u0000\u0001'],
    ['application/json; charset=latin1', '{"text":"ok"}'], ['application/json', '\uFEFF{"text":"ok"}'],
  ];
  for (const [type, payload] of bodies) {
    const r = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type }, payload });
    checkAnswer(r, `POST ${type} ${payload.slice(0, 60)}`);
    assert.ok(r.statusCode >= 400 || r.statusCode === 201, `POST ${payload.slice(0, 60)}: ${r.statusCode}`);
  }
  const afterCount = (await store.queryEvents({ limit: 1000 })).events.length;
  // a body that was accepted (201) may add events; every refused one must not
  assert.ok(afterCount >= before);
  assert.ok(Object.prototype.hasOwnProperty.call({}, 'admin') === false && ({} as any).admin === undefined, 'prototype polluted');
});

test('POST /api/documents with the nasty corpus: 201 or 4xx, sound events, never 5xx', { skip }, async () => {
  for (const c of nastyTexts(0.02)) {
    const t0 = Date.now();
    const r = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { id: `nasty-${c.name}`, text: c.text, published: '2024-08-13' } });
    checkAnswer(r, `nasty ${c.name}`);
    assert.ok(Date.now() - t0 < 15_000, `${c.name}: ${Date.now() - t0} ms`);
  }
  const all = await store.queryEvents({ limit: 500 });
  for (const e of all.events) checkEvent(e);
});

test('limits: body over the cap is 413, a huge page size is refused or capped', { skip }, async () => {
  const big = 'x'.repeat(3 * 1024 * 1024);
  const r = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, payload: JSON.stringify({ text: big }) });
  assert.equal(r.statusCode, 413);
  checkAnswer(r, '3 MB body');
  for (const limit of ['1000000', '1e9', '-1', '0', '5000']) {
    const res = await app.inject({ method: 'GET', url: `/api/events?limit=${limit}` });
    checkAnswer(res, `limit=${limit}`);
    if (res.statusCode === 200) assert.ok(JSON.parse(res.body).events.length <= 1000, `limit=${limit} returned more than 1000 events`);
  }
});

test('rate limit: a client over its budget gets 429 JSON, other clients are served', { skip }, async () => {
  const limited = await serverMod!.buildServer({ store, webRoot: false, rateLimit: { max: 5, timeWindow: 60_000 } });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await limited.inject({ method: 'GET', url: '/api/events', remoteAddress: '10.9.9.9' })).statusCode);
    assert.deepEqual(codes.slice(0, 5), [200, 200, 200, 200, 200]);
    const r = await limited.inject({ method: 'GET', url: '/api/events', remoteAddress: '10.9.9.9' });
    assert.equal(r.statusCode, 429);
    checkAnswer(r, '429');
    assert.equal((await limited.inject({ method: 'GET', url: '/api/events', remoteAddress: '10.8.8.8' })).statusCode, 200);
  } finally {
    await limited.close();
  }
});

test('auth: write routes are 401 without or with a wrong token, 403 when writes are off; the token compare is constant-time', { skip }, async () => {
  const post = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/documents', headers, payload: { text: 'Gunmen killed 3 in Kano on Monday.' } });
  for (const h of [{} as Record<string, string>, { authorization: 'Bearer' }, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, { authorization: `Basic ${Buffer.from('a:' + TOKEN).toString('base64')}` }, { authorization: TOKEN }, { authorization: `Bearer ${TOKEN} ${TOKEN}` }]) {
    const r = await post(h);
    assert.equal(r.statusCode, 401, `${JSON.stringify(h)} → ${r.statusCode}`);
    checkAnswer(r, '401');
    assert.ok(!r.body.includes(TOKEN), 'the token is echoed');
  }
  const patch = await app.inject({ method: 'PATCH', url: '/api/events/seed-0', payload: { notes: 'x' } });
  assert.equal(patch.statusCode, 401);
  const off = await serverMod!.buildServer({ store, webRoot: false, rateLimit: false });
  try {
    const r = await off.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { text: 'x' } });
    assert.equal(r.statusCode, 403);
  } finally {
    await off.close();
  }
  // the comparison: timingSafeEqual over fixed-length digests, and no early-exit === on the token
  const { readFileSync } = await import('node:fs');
  const src = readFileSync(new URL('../../src/api/auth.ts', import.meta.url), 'utf8');
  assert.match(src, /timingSafeEqual\(/);
  assert.ok(!/(token|apiToken|readToken)\s*={2,3}|={2,3}\s*(cfg\.)?(token|apiToken|readToken)\b/.test(src.replace(/\/\/.*$/gm, '')), 'a token compared with ==');
});

test('the token never reaches the log, even at debug level and on errors', { skip }, async () => {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  (process.stderr as any).write = (chunk: any, ...rest: any[]) => {
    lines.push(String(chunk));
    return true;
  };
  let logged: FastifyInstance | undefined;
  try {
    logged = await serverMod!.buildServer({ store, ingest: runMod!.pipelineIngest(store), apiToken: TOKEN, webRoot: false, rateLimit: false, logLevel: 'debug' });
    await logged.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { text: 'Gunmen killed 3 in Kano on Monday.', published: '2024-08-13' } });
    await logged.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}wrong` }, payload: { text: 'x' } });
    await logged.inject({ method: 'GET', url: `/api/events?q=${TOKEN}x`, headers: { authorization: `Bearer ${TOKEN}`, cookie: `t=${TOKEN}` } });
    await logged.inject({ method: 'PATCH', url: '/api/events/nope', headers: { authorization: `Bearer ${TOKEN}` }, payload: '{bad json' });
  } finally {
    (process.stderr as any).write = write;
    await logged?.close();
  }
  const log = lines.join('');
  assert.ok(log.length > 0, 'the debug logger wrote nothing: the capture is not working');
  // the query string search above contains the token on purpose (a URL is logged); strip it to
  // check the header and cookie never are
  const withoutUrl = log.replace(new RegExp(`q=${TOKEN}x`, 'g'), '');
  assert.ok(!withoutUrl.includes(TOKEN), 'the token appears in the log');
});

test('XSS: every response carries a CSP without unsafe-inline scripts; HTML error pages do not reflect input', { skip }, async () => {
  const urls = ['/api/events', '/api/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/api/docs', '/api/openapi.json', '/nope<script>', '/api/events?from=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'];
  for (const url of urls) {
    const r = await app.inject({ method: 'GET', url });
    const csp = String(r.headers['content-security-policy'] ?? '');
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? '';
    assert.ok(script.length > 0, `${url}: no script-src`);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(script), `${url}: script-src ${script}`);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    if (r.statusCode >= 400) assert.match(String(r.headers['content-type']), /json/, `${url}: errors are JSON, never HTML that could reflect input`);
  }
  // the browser-level proof (an injected <img onerror> in a report does not run) is the api helper's
  // e2e test: test/e2e/dashboard.test.ts
});
