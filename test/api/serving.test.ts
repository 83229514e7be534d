// Serving under load: the micro-cache's single query per key (stale while refreshing, fresh after
// a write), the reader threads (same answers as the store, errors kept as 400s, a slow read does
// answer on the main connection) and POST /api/documents with extraction in a worker thread.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseCache, type CachedBody } from '../../src/api/cache.ts';
import { ReaderPool } from '../../src/api/readers.ts';
import { ExtractorThread, threadedIngest } from '../../src/api/extractor.ts';
import { buildServer } from '../../src/api/server.ts';
import { openStore } from '../../src/store/index.ts';
import { InputError } from '../../src/core/types.ts';
import { sampleFixtures } from './fixtures.ts';

const body = (s: string): CachedBody => ({ body: Buffer.from(s), type: 'text/plain' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** a produce function that counts its calls and resolves when told */
function gate() {
  let calls = 0;
  const waiting: ((v: CachedBody) => void)[] = [];
  return {
    get calls() {
      return calls;
    },
    produce: () => {
      calls++;
      return new Promise<CachedBody>((r) => waiting.push(r));
    },
    release: (s: string) => waiting.splice(0).forEach((r) => r(body(s))),
  };
}

test('cache: concurrent misses on one key share one query', async () => {
  const c = new ResponseCache(60_000);
  const g = gate();
  const all = Promise.all(Array.from({ length: 50 }, () => c.getOrProduce('k', g.produce)));
  await sleep(5);
  g.release('v1');
  const rs = await all;
  assert.equal(g.calls, 1);
  assert.ok(rs.every((r) => r.value.body.toString() === 'v1' && r.state === 'MISS'));
  assert.equal((await c.getOrProduce('k', g.produce)).state, 'HIT');
});

test('cache: an expired entry is served stale while one refresh runs', async () => {
  const c = new ResponseCache(20);
  await c.getOrProduce('k', async () => body('old'));
  await sleep(30);
  const g = gate();
  const a = await c.getOrProduce('k', g.produce);
  const b = await c.getOrProduce('k', g.produce);
  assert.deepEqual([a.state, b.state, a.value.body.toString()], ['STALE', 'STALE', 'old']);
  assert.equal(g.calls, 1, 'one refresh for many stale reads');
  g.release('new');
  await sleep(1);
  // the refreshed entry answers from now on (HIT, or STALE again if this machine paused past the ttl)
  const after = await c.getOrProduce('k', g.produce);
  assert.equal(after.value.body.toString(), 'new');
  assert.notEqual(after.state, 'MISS');
});

test('cache: after a write every request waits for a result read after it, one query at a time', async () => {
  const c = new ResponseCache(10_000);
  await c.getOrProduce('k', async () => body('before'));
  const g1 = gate();
  c.clear();
  const first = c.getOrProduce('k', g1.produce);
  // a second write while the first refresh runs: the next query waits for the running one
  c.clear();
  const g2 = gate();
  const second = c.getOrProduce('k', g2.produce);
  const joined = c.getOrProduce('k', g2.produce);
  await sleep(5);
  assert.equal(g2.calls, 0, 'the newer query waits for the running one');
  g1.release('after-1');
  await sleep(5);
  assert.equal(g2.calls, 1, 'then starts, once for every request of its generation');
  g2.release('after-2');
  assert.equal((await first).value.body.toString(), 'after-1');
  assert.equal((await second).value.body.toString(), 'after-2');
  assert.equal((await joined).value.body.toString(), 'after-2');
  assert.equal((await c.getOrProduce('k', g2.produce)).state, 'HIT');
});

test('cache: a failed query fails its waiters and is retried by the next request', async () => {
  const c = new ResponseCache(1000);
  await assert.rejects(c.getOrProduce('k', async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal((await c.getOrProduce('k', async () => body('ok'))).value.body.toString(), 'ok');
});

async function seededFile(): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-readers-'));
  const path = join(dir, 'r.db');
  const store = await openStore(path);
  for (const f of sampleFixtures()) await store.saveDocument(f.doc, f.events);
  await store.close();
  return { dir, path };
}

test('reader threads answer like the store, keep bad input a 400 and see writes made on the main connection', { timeout: 120_000 }, async () => {
  const { dir, path } = await seededFile();
  const store = await openStore(path);
  const pool = new ReaderPool(path, 2);
  try {
    await pool.ready();
    const q = { limit: 2 };
    const direct = await store.queryEvents(q);
    const pooled = await pool.queryEvents(q);
    assert.deepEqual(pooled, direct);
    assert.ok(direct.events.length > 0 && direct.next_cursor);
    const next = await pool.queryEvents({ limit: 2, cursor: pooled.next_cursor! });
    assert.deepEqual(next, await store.queryEvents({ limit: 2, cursor: direct.next_cursor! }));
    assert.deepEqual(await pool.aggregates({ by: 'country' }), await store.aggregates({ by: 'country' }));
    const id = direct.events[0].event_id;
    assert.deepEqual(await pool.getEvent(id), await store.getEvent(id));
    assert.equal(await pool.getEvent('no-such-event'), null);
    await assert.rejects(pool.queryEvents({ cursor: 'not-a-cursor' }), (e: Error) => e instanceof InputError && /cursor/.test(e.message));
    // a write on the main connection is visible to the readers (WAL), and through the API
    const app = await buildServer({ store, reads: pool, webRoot: false, rateLimit: false, cacheTtlMs: 0 });
    const [fx] = sampleFixtures();
    await store.importReference('testref', [{ ...fx.events[0], event_id: 'ev-later', event_date: '2030-01-01', date_range: ['2030-01-01', '2030-01-01'] }]);
    const page = (await app.inject('/api/events?limit=1')).json() as { events: { event_id: string }[] };
    assert.equal(page.events[0].event_id, 'ev-later');
    const bad = await app.inject('/api/events?cursor=zzz');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /cursor/);
    await app.close();
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('POST /api/documents with extraction in a worker thread stores each report once', { timeout: 180_000 }, async () => {
  const prev = process.env.SITREP_NO_GEOCODER;
  process.env.SITREP_NO_GEOCODER = '1';
  const store = await openStore(':memory:');
  const thread = new ExtractorThread();
  try {
    const app = await buildServer({ store, ingest: threadedIngest(store, thread), apiToken: 'tok', webRoot: false, rateLimit: false });
    const post = (text: string) =>
      app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: 'Bearer tok' }, payload: { text, published: '2024-03-04', source: 'Test Wire' } });
    const text = 'Gunmen attacked a market in the town of Dorvale on Monday, killing 4 civilians, officials said.';
    const [a, b] = await Promise.all([post(text), post(text + ' A second report.')]);
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(b.statusCode, 201, b.body);
    assert.equal(a.json().status, 'new');
    assert.ok(a.json().events_created + a.json().events_merged >= 1, a.body);
    const again = await post(text);
    assert.equal(again.json().status, 'duplicate');
    // the thread codes a report as the in-process extractor does
    const { extract } = await import('../../src/extract/index.ts');
    const inProcess = extract({ id: 'x', text, published: '2024-03-04', source: 'Test Wire', language: 'en' });
    assert.equal(a.json().events_created + a.json().events_merged, inProcess.events.length);
    // the stored events came from the thread: the list now has them
    const page = (await app.inject('/api/events?limit=10')).json() as { events: unknown[] };
    assert.ok(page.events.length >= 1);
    await app.close();
  } finally {
    await thread.close();
    await store.close();
    if (prev === undefined) delete process.env.SITREP_NO_GEOCODER;
    else process.env.SITREP_NO_GEOCODER = prev;
  }
});
