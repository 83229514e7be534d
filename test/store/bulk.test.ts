// The bulk import fast path gives the same store as the plain path, with search and indexes back.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type SitrepStore } from '../../src/store/index.ts';
import { bulkImport } from '../../src/store/bulk.ts';
import { syntheticEvents, benchStore } from '../../bench/store.ts';
import { DIALECTS, PG_SKIP, fakeExtract, mkDoc, type TestDb } from './helpers.ts';

const N = 2000;

for (const dialect of DIALECTS) {
  const skip = dialect.name === 'postgres' && !process.env.SITREP_TEST_PG ? PG_SKIP : false;
  describe(`bulk import on ${dialect.name}`, { skip }, () => {
    let tdb: TestDb;
    let store: SitrepStore;
    before(async () => {
      tdb = (await dialect.make())!;
      store = await openStore(tdb.target);
    });
    after(async () => {
      await store?.close();
      await tdb?.cleanup();
    });

    test('imports every row, re-import is idempotent, aggregates match the data', async () => {
      const phases: string[] = [];
      let last = 0;
      const n = await bulkImport(store, 'acled', syntheticEvents(N), { batchSize: 700, onProgress: (k) => (last = k), onPhase: (p) => phases.push(p) });
      assert.equal(n, N);
      assert.equal(last, N);
      assert.ok(phases.includes('insert') && phases.includes('index'));
      assert.equal(await bulkImport(store, 'acled', syntheticEvents(N)), N);
      assert.equal((await store.stats()).events, N, 're-import updates in place');
      const events = [...syntheticEvents(N)];
      const country = events[0].country;
      const weekly = await store.aggregates({ by: 'week', country });
      assert.equal(weekly.reduce((s, r) => s + r.count, 0), events.filter((e) => e.country === country).length);
      const year = await store.aggregates({ by: 'week', country, from: '2021-03-03', to: '2021-12-30' });
      assert.equal(year.reduce((s, r) => s + r.count, 0), events.filter((e) => e.country === country && e.event_date >= '2021-03-03' && e.event_date <= '2021-12-30').length);
      const pairs = await store.aggregates({ by: 'actor_pair', country, limit: 5 });
      assert.equal(pairs.length, 5);
    });

    test('an id repeated within a few rows keeps its last copy (rows share one INSERT statement)', async () => {
      const rows = [...syntheticEvents(100, 21)].map((e) => ({ ...e, event_id: `REP${e.event_id}` }));
      // every fifth row comes back at once as another town with another toll
      const input = rows.flatMap((e, i) => (i % 5 === 0 ? [e, { ...e, location: 'Second Copy Town', fatalities: 1000 + i }] : [e]));
      const before = (await store.stats()).events;
      assert.equal(await bulkImport(store, 'acled', input, { batchSize: 45 }), input.length);
      assert.equal((await store.stats()).events, before + rows.length);
      const stored = await store.getEvent(rows[5].event_id);
      assert.equal(stored?.event.location, 'Second Copy Town');
      assert.equal(stored?.event.fatalities, 1005);
      assert.equal((await store.getEvent(rows[6].event_id))?.event.location, rows[6].location);
    });

    test('synchronous is OFF only while loading into an empty store, and restored after', { skip: dialect.name !== 'sqlite' }, async () => {
      const raw = store.opened.sqlite!;
      const during: number[] = [];
      const spy = { onPhase: (p: string) => { if (p === 'insert') during.push(Number(raw.pragma('synchronous', { simple: true }))); } };
      await bulkImport(store, 'acled', syntheticEvents(200, 9), spy); // this store already holds events
      const fresh = (await dialect.make())!;
      const s2 = await openStore(fresh.target);
      try {
        const raw2 = s2.opened.sqlite!;
        await bulkImport(s2, 'acled', syntheticEvents(200, 9), { onPhase: (p) => { if (p === 'insert') during.push(Number(raw2.pragma('synchronous', { simple: true }))); } });
        assert.equal(Number(raw2.pragma('synchronous', { simple: true })), 1);
      } finally {
        await s2.close();
        await fresh.cleanup();
      }
      assert.deepEqual(during, [1, 0]);
      assert.equal(Number(raw.pragma('synchronous', { simple: true })), 1);
    });

    test('the FTS automerge setting is the same after a bulk load', { skip: dialect.name !== 'sqlite' }, async () => {
      const raw = store.opened.sqlite!;
      raw.exec(`insert into events_fts(events_fts, rank) values ('automerge', 7)`);
      await bulkImport(store, 'acled', syntheticEvents(300, 8));
      assert.equal(Number((raw.prepare(`select v from events_fts_config where k = 'automerge'`).get() as { v: unknown }).v), 7);
      raw.exec(`insert into events_fts(events_fts, rank) values ('automerge', 4)`);
    });

    test('search works for bulk rows and, with triggers back, for documents saved afterwards', async () => {
      const hits = await store.queryEvents({ q: 'protest', limit: 5 });
      assert.equal(hits.events.length, 5);
      const doc = mkDoc('after-bulk', [{ notes: 'Zanzibarite quarry blast reported.', event_date: '2024-01-02', date_range: ['2024-01-02', '2024-01-02'] }]);
      await store.saveDocument(doc, fakeExtract(doc).events);
      assert.equal((await store.queryEvents({ q: 'zanzibarite' })).events.length, 1);
    });
  });
}

test('benchStore runs end to end at a small scale and reports its figures', async () => {
  const r = await benchStore({ n: 3000, progress: false, pg: '' });
  assert.equal(r['sqlite: events imported'], 3000);
  for (const [k, v] of Object.entries(r)) if (k.endsWith('(ms)') || k.endsWith('(s)')) assert.ok(typeof v === 'number' && v >= 0, k);
});
