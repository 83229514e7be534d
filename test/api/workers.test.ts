// `sitrep serve --workers 2`: two processes on one port. A write through one clears the cached reads
// of both, a report POSTed twice is stored once, the rate limit holds in total (split per worker),
// and SIGTERM stops every process with exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { openStore } from '../../src/store/index.ts';
import { sampleFixtures } from './fixtures.ts';
import { rateLimitPerWorker } from '../../src/api/run-config.ts';
import { watchServe } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const TOKEN = 'workers-test-token-1234';

/** a GET on a new connection: the primary deals connections to the workers in turn */
async function get(url: string): Promise<{ status: number; cache: string; ids: string[] }> {
  const res = await request(url, { headers: { connection: 'close' }, reset: true });
  const text = await res.body.text();
  const ids = res.statusCode === 200 ? (JSON.parse(text) as { events: { event_id: string; doc_id?: string }[] }).events.map((e) => e.doc_id ?? e.event_id) : [];
  return { status: res.statusCode, cache: String(res.headers['x-cache'] ?? ''), ids };
}

test('rate limit per worker is the configured limit split between them', () => {
  assert.deepEqual(rateLimitPerWorker({ max: 600, timeWindow: 60_000 }, 4), { max: 150, timeWindow: 60_000 });
  assert.deepEqual(rateLimitPerWorker({ max: 5, timeWindow: 1000 }, 2), { max: 3, timeWindow: 1000 });
  assert.equal(rateLimitPerWorker(false, 4), false);
});

test('serve --workers 2: shared port, cache cleared in every worker by a write, one store write per report, clean stop', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
  const db = join(dir, 'w.db');
  const store = await openStore(db);
  for (const f of sampleFixtures()) await store.saveDocument(f.doc, f.events);
  await store.close();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--workers', '2', '--readers', '1', '--cache-ms', '60000'], {
    env: { ...process.env, SITREP_API_TOKEN: TOKEN, SITREP_NO_GEOCODER: '1', SITREP_RATE_LIMIT: '40' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const io = watchServe(child, 180_000);
  try {
    const base = await io.url;
    const url = `${base}/api/events?limit=500`;
    const before = [await get(url), await get(url), await get(url), await get(url)];
    assert.ok(before.every((r) => r.status === 200));
    // each worker answered its first request from the store and the next from its cache
    assert.deepEqual(before.map((r) => r.cache).sort(), ['HIT', 'HIT', 'MISS', 'MISS']);
    const text = 'Gunmen attacked a market in the town of Marlow Cross on Tuesday, killing four traders, police said.';
    const post = () =>
      request(`${base}/api/documents`, {
        method: 'POST', reset: true,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ id: 'workers-doc-1', text, published: '2031-03-04', source: 'Test Wire' }),
      }).then(async (r) => ({ status: r.statusCode, body: (await r.body.json()) as { status: string; events_created: number } }));
    const [p1, p2] = [await post(), await post()];
    assert.equal(p1.status, 201, JSON.stringify(p1.body));
    assert.equal(p1.body.status, 'new');
    assert.ok(p1.body.events_created >= 1);
    assert.equal(p2.status, 201);
    assert.notEqual(p2.body.status, 'new', 'the same report through the other worker is a duplicate');
    // both workers now read the new event: their cached pages were dropped
    const after = [await get(url), await get(url)];
    for (const r of after) {
      assert.equal(r.status, 200);
      assert.ok(r.ids.includes('workers-doc-1'), `a worker still served the page cached before the write (X-Cache ${r.cache})`);
    }
    // 40 a minute in total: 20 per worker; 8 requests so far, so about 32 more pass and then 429s
    let ok = 8;
    let limited = 0;
    for (let i = 0; i < 40; i++) {
      const r = await get(url);
      if (r.status === 200) ok++;
      else if (r.status === 429) limited++;
    }
    assert.ok(limited > 0, 'the limit was reached');
    assert.ok(ok >= 38 && ok <= 41, `about 40 requests passed in total, not 40 per worker (${ok})`);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
    assert.equal(io.out.trim().split('\n').length, 1, 'one line on stdout');
    const reopened = await openStore(db);
    const stored = await reopened.queryEvents({ from: '2031-01-01', limit: 50 });
    await reopened.close();
    assert.equal(stored.events.filter((e) => (e as { doc_id?: string }).doc_id === 'workers-doc-1').length, p1.body.events_created, 'stored once');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
