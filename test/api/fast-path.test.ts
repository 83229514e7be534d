// The per-request fast paths: fresh cached reads answered before validation (still behind the rate
// limiter and the read token, with every security header, ETag and 304), and pages serialized in
// the reader threads byte-for-byte like the main thread's serializer.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReaderPool } from '../../src/api/readers.ts';
import { buildServer } from '../../src/api/server.ts';
import { plannedReads } from '../../src/api/planned-reads.ts';
import { openStore } from '../../src/store/index.ts';
import { testServer } from './helpers.ts';
import { sampleFixtures } from './fixtures.ts';

test('a repeated read is a cache HIT with the same body, security headers and an ETag; If-None-Match gives 304', async () => {
  const { app, store } = await testServer({ cacheTtlMs: 60_000 });
  try {
    const url = '/api/events?limit=2';
    const a = await app.inject(url);
    const b = await app.inject(url);
    assert.equal(a.statusCode, 200);
    assert.equal(a.headers['x-cache'], 'MISS');
    assert.equal(b.headers['x-cache'], 'HIT');
    assert.equal(b.body, a.body);
    assert.equal(b.headers['content-type'], a.headers['content-type']);
    assert.match(String(b.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(b.headers['x-content-type-options'], 'nosniff');
    const tag = String(a.headers.etag);
    assert.match(tag, /^"[\w-]{20,}"$/);
    assert.equal(b.headers.etag, tag);
    const c = await app.inject({ url, headers: { 'if-none-match': tag } });
    assert.equal(c.statusCode, 304);
    assert.equal(c.body, '');
    assert.match(String(c.headers['content-security-policy']), /default-src 'self'/);
    const d = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    assert.equal(d.statusCode, 200);
    // another filter is another entry; an invalid query is never cached and stays a 400
    assert.equal((await app.inject('/api/events?limit=3')).headers['x-cache'], 'MISS');
    for (let i = 0; i < 2; i++) assert.equal((await app.inject('/api/events?limit=0')).statusCode, 400);
  } finally {
    await app.close();
    await store.close();
  }
});

test('cached reads are still rate limited and still need the read token', async () => {
  const { app, store } = await testServer({ cacheTtlMs: 60_000, rateLimit: { max: 3, timeWindow: 60_000 } });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await app.inject('/api/events?limit=1')).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  } finally {
    await app.close();
    await store.close();
  }
  const priv = await testServer({ cacheTtlMs: 60_000, readToken: 'read-secret-1234' });
  try {
    const ok = await priv.app.inject({ url: '/api/events?limit=1', headers: { authorization: 'Bearer read-secret-1234' } });
    assert.equal(ok.statusCode, 200);
    const anon = await priv.app.inject('/api/events?limit=1');
    assert.equal(anon.statusCode, 401);
    assert.equal(anon.headers['x-cache'], undefined);
  } finally {
    await priv.app.close();
    await priv.store.close();
  }
});

test('reader threads serialize pages byte-for-byte like the main thread', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fastpath-'));
  const path = join(dir, 'f.db');
  const store = await openStore(path);
  for (const f of sampleFixtures()) await store.saveDocument(f.doc, f.events);
  const pool = new ReaderPool(path, 1);
  const main = await buildServer({ store, reads: plannedReads(store), webRoot: false, rateLimit: false, cacheTtlMs: 0 });
  const threaded = await buildServer({ store, reads: pool, webRoot: false, rateLimit: false, cacheTtlMs: 0 });
  try {
    await pool.ready();
    const first = (await main.inject('/api/events?limit=2')).json() as { next_cursor: string };
    assert.ok(first.next_cursor, 'the fixtures fill more than one page of 2');
    const urls = ['/api/events?limit=2', `/api/events?limit=2&cursor=${first.next_cursor}`, '/api/events?limit=500', '/api/events?country=Nigeria', '/api/events?event_type=Protests&from=2000-01-01', '/api/events?limit=5&format=geojson'];
    for (const url of urls) {
      const a = await main.inject(url);
      const b = await threaded.inject(url);
      assert.equal(b.statusCode, 200, url);
      assert.equal(b.body, a.body, url);
      assert.equal(b.headers['content-type'], a.headers['content-type'], url);
    }
    const bad = await threaded.inject('/api/events?cursor=zzz');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /cursor/);
  } finally {
    await main.close();
    await threaded.close();
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cache: an expired entry is renewed without a query while the store version is unchanged', async () => {
  const { ResponseCache } = await import('../../src/api/cache.ts');
  const c = new ResponseCache(10);
  let version = 'v1';
  c.version = () => version;
  let calls = 0;
  const produce = async () => ({ body: Buffer.from(`body${++calls}`), type: 'text/plain' });
  await c.getOrProduce('k', produce);
  await new Promise((r) => setTimeout(r, 25));
  const renewed = await c.getOrProduce('k', produce);
  assert.deepEqual([renewed.state, calls], ['HIT', 1]);
  assert.ok(c.peek('k'), 'renewed entries answer the fast path too');
  version = 'v2';
  await new Promise((r) => setTimeout(r, 25));
  assert.equal(c.peek('k'), undefined, 'a changed version is not fresh');
  const stale = await c.getOrProduce('k', produce);
  assert.equal(stale.state, 'STALE');
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(calls, 2, 'one refresh after the change');
  assert.equal((await c.getOrProduce('k', produce)).value.body.toString(), 'body2');
});

test('a commit by another connection ends the renewal: the next reads show it', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-version-'));
  const path = join(dir, 'v.db');
  const store = await openStore(path);
  for (const f of sampleFixtures()) await store.saveDocument(f.doc, f.events);
  const pool = new ReaderPool(path, 1);
  const app = await buildServer({ store, reads: pool, webRoot: false, rateLimit: false, cacheTtlMs: 30 });
  const other = await openStore(path);
  try {
    await pool.ready();
    const url = '/api/events?limit=1';
    const first = await app.inject(url);
    await new Promise((r) => setTimeout(r, 80));
    const again = await app.inject(url);
    assert.equal(again.headers['x-cache'], 'HIT', 'nothing changed: renewed, not queried');
    assert.equal(again.body, first.body);
    const [fx] = sampleFixtures();
    await other.importReference('testref', [{ ...fx.events[0], event_id: 'ev-from-elsewhere', event_date: '2035-01-01', date_range: ['2035-01-01', '2035-01-01'] }]);
    await new Promise((r) => setTimeout(r, 80));
    let seen = false;
    for (let i = 0; i < 20 && !seen; i++) {
      seen = (await app.inject(url)).body.includes('ev-from-elsewhere');
      if (!seen) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(seen, 'the other connection\'s event is served once its commit is seen');
  } finally {
    await app.close();
    await pool.close();
    await other.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
