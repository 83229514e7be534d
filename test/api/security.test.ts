import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testServer, seededStore } from './helpers.ts';
import type { IngestResult } from '../../src/core/interfaces.ts';
import type { Document } from '../../src/core/types.ts';
import { tokensEqual } from '../../src/api/auth.ts';

const TOKEN = 's3cret-token-for-tests';
const auth = { authorization: `Bearer ${TOKEN}` };

function fakeIngest() {
  const seen: Document[] = [];
  const fn = async (docs: Document[]): Promise<IngestResult[]> => {
    seen.push(...docs);
    return docs.map((d) => ({ doc_id: d.id, status: 'new', events_created: 1, events_merged: 0 }));
  };
  return { fn, seen };
}

function assertJsonError(res: { statusCode: number; body: string }, status: number) {
  assert.equal(res.statusCode, status, res.body);
  const body = JSON.parse(res.body);
  assert.deepEqual(Object.keys(body).sort(), ['error', 'message']);
  assert.equal(typeof body.message, 'string');
  assert.doesNotMatch(res.body, /\n\s+at |node_modules|\.ts:\d+/, 'no stack trace');
}

test('write routes are disabled (403) when no token is configured', async () => {
  const { app, store } = await testServer({ ingest: fakeIngest().fn });
  const r = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x' }, headers: auth });
  assertJsonError(r, 403);
  assert.match(r.json().message, /SITREP_API_TOKEN/);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-xss', payload: { fatalities: 1 } }), 403);
  await app.close();
  await store.close();
});

test('POST /api/documents needs the bearer token and ingests the report', async () => {
  const ing = fakeIngest();
  const { app, store } = await testServer({ ingest: ing.fn, apiToken: TOKEN });
  const payload = { text: 'Gunmen attacked a checkpoint near Mosul on Monday.', published: '2024-08-12', source: 'Test Wire' };
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload }), 401);
  const wrong = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: { authorization: 'Bearer nope' } });
  assertJsonError(wrong, 401);
  assert.equal(wrong.headers['www-authenticate'], 'Bearer realm="sitrep"');
  assert.equal(ing.seen.length, 0, 'nothing ingested without the token');
  const ok = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: auth });
  assert.equal(ok.statusCode, 201, ok.body);
  assert.equal(ok.json().status, 'new');
  assert.equal(ing.seen.length, 1);
  assert.equal(ing.seen[0].published, '2024-08-12');
  // same text, same id: re-posting is idempotent at the store
  await app.inject({ method: 'POST', url: '/api/documents', payload, headers: auth });
  assert.equal(ing.seen[0].id, ing.seen[1].id);
  // bad bodies
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: { text: '' }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'a', published: '2024-13-45' }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 42 }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'a', evil: 1 }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: '{"text":', headers: { ...auth, 'content-type': 'application/json' } }), 400);
  assertJsonError(await app.inject({ method: 'POST', url: '/api/documents', payload: 'text', headers: { ...auth, 'content-type': 'text/plain' } }), 415);
  await app.close();
  await store.close();
});

test('PATCH /api/events/:id edits through the audited store', async () => {
  const { app, store } = await testServer({ apiToken: TOKEN });
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { fatalities: 12 } }), 401);
  const r = await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { fatalities: 12 }, headers: { ...auth, 'x-sitrep-user': 'analyst-a' } });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().event.fatalities, 12);
  const after = (await app.inject('/api/events/ev-omdurman-clash')).json();
  assert.equal(after.event.fatalities, 12);
  const edits = await (store as unknown as { listEdits(id: string): Promise<{ user: string }[]> }).listEdits('ev-omdurman-clash');
  assert.deepEqual(edits.map((e) => e.user), ['analyst-a']);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/missing', payload: { fatalities: 1 }, headers: auth }), 404);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { event_id: 'x' }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { fatalities: -1 }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { sub_event_type: 'Arrests' }, headers: auth }), 400);
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: {}, headers: auth }), 400);
  await app.close();
  await store.close();
});

test('a read token makes reads private', async () => {
  const { app, store } = await testServer({ readToken: 'reader', apiToken: TOKEN });
  assertJsonError(await app.inject('/api/events'), 401);
  assertJsonError(await app.inject({ url: '/api/events', headers: { authorization: 'Bearer wrong' } }), 401);
  assert.equal((await app.inject({ url: '/api/events', headers: { authorization: 'Bearer reader' } })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/aggregates?by=day', headers: auth })).statusCode, 200, 'the write token also reads');
  assertJsonError(await app.inject('/api/openapi.json'), 401);
  await app.close();
  await store.close();
});

test('token comparison is exact', () => {
  assert.ok(tokensEqual('abc', 'abc'));
  assert.ok(!tokensEqual('abc', 'abd'));
  assert.ok(!tokensEqual('abc', 'abcd'));
  assert.ok(!tokensEqual('', 'abc'));
});

test('bad parameters are 400 JSON errors, never stack traces', async () => {
  const { app, store } = await testServer();
  for (const qs of [
    'limit=0', 'limit=501', 'limit=abc', 'from=2024-02-30', 'from=yesterday', 'from=2024-08-10&to=2024-08-01',
    'bbox=1,2,3', 'bbox=10,50,5,60', 'bbox=0,-91,1,1', 'min_confidence=2', 'event_type=Picnic', 'format=xml',
    'cursor=%%%', 'cursor=bm90LWEtY3Vyc29y', 'contry=Syria', `q=${'x'.repeat(300)}`,
  ]) {
    assertJsonError(await app.inject(`/api/events?${qs}`), 400);
  }
  assertJsonError(await app.inject('/api/nothing-here'), 404);
  assertJsonError(await app.inject({ method: 'DELETE', url: '/api/events/ev-xss' }), 404);
  await app.close();
  await store.close();
});

test('a failing store gives 500 with a generic message', async () => {
  const store = await seededStore();
  store.queryEvents = async () => {
    throw new Error('SQLITE_CORRUPT: secret internals at /srv/db.ts:12');
  };
  const { app } = await testServer({ store });
  const r = await app.inject('/api/events');
  assertJsonError(r, 500);
  assert.doesNotMatch(r.body, /SQLITE|secret|srv/);
  await app.close();
  await store.close();
});

test('body limit gives 413', async () => {
  const { app, store } = await testServer({ apiToken: TOKEN, ingest: fakeIngest().fn, bodyLimit: 10_000 });
  const r = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x'.repeat(20_000) }, headers: auth });
  assertJsonError(r, 413);
  await app.close();
  await store.close();
});

test('rate limit gives 429 per client', async () => {
  const { app, store } = await testServer({ rateLimit: { max: 3, timeWindow: 60_000 } });
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await app.inject('/api/events?limit=1')).statusCode);
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  assertJsonError(await app.inject('/api/events?limit=1'), 429);
  const other = await app.inject({ url: '/api/events?limit=1', remoteAddress: '10.0.0.9' });
  assert.equal(other.statusCode, 200, 'another client is not limited');
  await app.close();
  await store.close();
});

test('security headers: CSP forbids inline scripts', async () => {
  const { app, store } = await testServer();
  for (const url of ['/api/events', '/api/docs', '/api/nothing']) {
    const r = await app.inject(url);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['x-frame-options'], 'DENY');
  }
  await app.close();
  await store.close();
});

test('PATCH on a store without edits gives 501', async () => {
  const store = await seededStore();
  Object.defineProperty(store, 'recordEdit', { value: undefined });
  const { app } = await testServer({ store, apiToken: TOKEN });
  assertJsonError(await app.inject({ method: 'PATCH', url: '/api/events/ev-xss', payload: { fatalities: 1 }, headers: auth }), 501);
  await app.close();
  await store.close();
});
