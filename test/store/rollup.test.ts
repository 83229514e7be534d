// The rollup tables (src/store/rollup.ts) stay equal to a GROUP BY over events through every kind of
// write (saves and merges, reference upserts, edits, splits, re-extraction, bulk import), and the
// aggregates they answer equal the ones computed from events.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openStore, type SitrepStore } from '../../src/store/index.ts';
import { bulkImport } from '../../src/store/bulk.ts';
import { rollupAggregate, rollupAnswers } from '../../src/store/rollup.ts';
import { detailAggregate, detailAnswers } from '../../src/store/rollup-detail.ts';
import { syntheticEvents } from '../../bench/store.ts';
import { DIALECTS, PG_SKIP, fakeExtract, mkDoc, mkEvent, type TestDb } from './helpers.ts';

type Cell = { country: string; event_date: string; event_type: string; n: number; fatalities: number };

/** the rollup as stored, and as recomputed from events now */
async function both(store: SitrepStore): Promise<[Cell[], Cell[]]> {
  const norm = (rows: Record<string, unknown>[]) => rows.map((r) => ({ country: String(r.country), event_date: String(r.event_date), event_type: String(r.event_type), n: Number(r.n), fatalities: Number(r.fatalities) }));
  const stored = await sql<Record<string, unknown>>`select country, event_date, event_type, n, fatalities from event_rollup order by country, event_date, event_type`.execute(store.db);
  const fresh = await sql<Record<string, unknown>>`select country, event_date, event_type, count(*) as n, sum(fatalities) as fatalities from events group by country, event_date, event_type order by country, event_date, event_type`.execute(store.db);
  return [norm(stored.rows), norm(fresh.rows)];
}

async function allTableMatches(store: SitrepStore): Promise<void> {
  const a = await sql<Record<string, unknown>>`select event_date, event_type, n, fatalities from event_rollup_all order by event_date, event_type`.execute(store.db);
  const b = await sql<Record<string, unknown>>`select event_date, event_type, count(*) as n, sum(fatalities) as fatalities from events group by event_date, event_type order by event_date, event_type`.execute(store.db);
  const norm = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.event_date}|${r.event_type}|${Number(r.n)}|${Number(r.fatalities)}`);
  assert.deepEqual(norm(a.rows), norm(b.rows), 'event_rollup_all differs from events');
  const m = await sql<Record<string, unknown>>`select country, month as event_date, event_type, n, fatalities from event_rollup_month order by country, month, event_type`.execute(store.db);
  const e = await sql<Record<string, unknown>>`select country, substr(event_date, 1, 7) as event_date, event_type, count(*) as n, sum(fatalities) as fatalities from events group by country, substr(event_date, 1, 7), event_type order by 1, 2, 3`.execute(store.db);
  const normC = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.country}|${r.event_date}|${r.event_type}|${Number(r.n)}|${Number(r.fatalities)}`);
  assert.deepEqual(normC(m.rows), normC(e.rows), 'event_rollup_month differs from events');
}

/** the detail rollups (migration 007) equal a GROUP BY over events */
async function detailTablesMatch(store: SitrepStore, when: string): Promise<void> {
  const line = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r).map((v) => (typeof v === 'string' ? v : Number(v))).join('|'));
  const a = await sql<Record<string, unknown>>`select country, admin1, month, event_type, n, fatalities from event_rollup_admin1 order by 1, 2, 3, 4`.execute(store.db);
  const b = await sql<Record<string, unknown>>`select country, admin1, substr(event_date, 1, 7) as month, event_type, count(*) as n, sum(fatalities) as fatalities
    from events group by country, admin1, substr(event_date, 1, 7), event_type order by 1, 2, 3, 4`.execute(store.db);
  assert.deepEqual(line(a.rows), line(b.rows), `event_rollup_admin1 differs from events after ${when}`);
  const c = await sql<Record<string, unknown>>`select country, event_type, actor1, actor2k, n, fatalities from event_rollup_pair order by 1, 2, 3, 4`.execute(store.db);
  const d = await sql<Record<string, unknown>>`select country, event_type, actor1, actor2k, count(*) as n, sum(fatalities) as fatalities from
    (select country, event_type, actor1, case when actor2 is null then '' else '=' || actor2 end as actor2k, fatalities from events where actor1 is not null) e
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(store.db);
  assert.deepEqual(line(c.rows), line(d.rows), `event_rollup_pair differs from events after ${when}`);
}

async function assertExact(store: SitrepStore, when: string): Promise<void> {
  const [stored, fresh] = await both(store);
  assert.deepEqual(stored, fresh, `rollup differs from events after ${when}`);
  await allTableMatches(store);
  await detailTablesMatch(store, when);
}

for (const dialect of DIALECTS) {
  const skip = dialect.name === 'postgres' && !process.env.SITREP_TEST_PG ? PG_SKIP : false;
  describe(`rollup on ${dialect.name}`, { skip }, () => {
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

    test('stays exact through saves, merges, edits, splits and reference upserts', async () => {
      await assertExact(store, 'open');
      const a = mkDoc('roll-a', [{ event_date: '2024-03-04', fatalities: 3 }, { event_type: 'Battles', sub_event_type: 'Armed clash', event_date: '2024-03-05', fatalities: 1, location: 'Hilltown', admin2: 'Hill District', latitude: 36.5, longitude: 41.5 }]);
      await store.saveDocument(a, fakeExtract(a).events);
      await assertExact(store, 'a first document');
      // the same shelling reported again: merges, fatalities fused (higher figure)
      const b = mkDoc('roll-b', [{ event_date: '2024-03-04', fatalities: 7 }]);
      await store.saveDocument(b, fakeExtract(b).events);
      await assertExact(store, 'a merge');
      const merged = (await store.queryEvents({ from: '2024-03-04', to: '2024-03-04' })).events;
      assert.equal(merged.length, 1);
      await store.recordEdit(merged[0].event_id, { event_date: '2024-03-09', fatalities: 11 }, 'analyst');
      await assertExact(store, 'an edit moving the date');
      await store.splitEvent(merged[0].event_id, 'roll-b');
      await assertExact(store, 'a split');
      const ref = [mkEvent({ event_id: 'ref-1', country: 'Otherland', fatalities: 4 }), mkEvent({ event_id: 'ref-2', country: 'Otherland', event_date: '2024-03-04', fatalities: 0 })];
      await store.importReference('ucdp', ref);
      await assertExact(store, 'a reference import');
      await store.importReference('ucdp', [{ ...ref[0], country: 'Thirdland', fatalities: 9 }]);
      await assertExact(store, 'a reference upsert changing country and fatalities');
    });

    test('bulk import rebuilds it, and the aggregates it answers equal those over events', async () => {
      const n = await bulkImport(store, 'acled', syntheticEvents(3000), { batchSize: 1000 });
      assert.equal(n, 3000);
      await assertExact(store, 'a bulk import');
      await bulkImport(store, 'acled', syntheticEvents(3000, 7)); // same ids, other values: upserts
      await assertExact(store, 'a bulk re-import with changed rows');
      const [ev] = [...syntheticEvents(1)];
      const queries = [
        { by: 'day' as const }, { by: 'week' as const }, { by: 'month' as const }, { by: 'country' as const }, { by: 'event_type' as const },
        { by: 'week' as const, country: ev.country }, { by: 'day' as const, country: ev.country, from: '2021-02-03', to: '2021-05-30' },
        { by: 'week' as const, event_type: 'Protests', from: '2020-01-01' }, { by: 'country' as const, to: '2020-12-31', limit: 5 },
        { by: 'event_type' as const, country: ev.country, to: '2022-06-01' },
        // whole months (the monthly table) and not quite whole months (the day table)
        { by: 'country' as const, from: '2020-01-01', to: '2020-12-31' }, { by: 'country' as const, from: '2020-01-01', to: '2020-12-30' },
        { by: 'month' as const, country: ev.country, from: '2021-01-01', to: '2021-02-28' }, { by: 'month' as const, to: '2021-02-28' },
        { by: 'event_type' as const, from: '2024-02-01', to: '2024-02-29', limit: 3 }, { by: 'month' as const, from: '2020-02-02' },
      ];
      for (const q of queries) {
        assert.ok(rollupAnswers(q), JSON.stringify(q));
        const fromRollup = await rollupAggregate(store.db, q);
        // a filter the rollup does not keep, but which every row passes, forces the scan of events
        const fromEvents = await store.aggregates({ ...q, min_confidence: -1 });
        assert.deepEqual(fromRollup, fromEvents, JSON.stringify(q));
        assert.ok(fromRollup!.length > 0);
      }
      // per admin1 (whole months) and actor pairs (no dates) from the detail rollups
      const detail = [
        { by: 'admin1' as const }, { by: 'admin1' as const, country: ev.country }, { by: 'admin1' as const, country: ev.country, event_type: 'Battles' },
        { by: 'admin1' as const, from: '2021-01-01', to: '2021-06-30', limit: 4 }, { by: 'admin1' as const, country: ev.country, to: '2020-02-29' },
        { by: 'actor_pair' as const }, { by: 'actor_pair' as const, country: ev.country, limit: 20 },
        { by: 'actor_pair' as const, country: ev.country, event_type: 'Protests', limit: 500 },
      ];
      for (const q of detail) {
        assert.ok(detailAnswers(q), JSON.stringify(q));
        const fromDetail = await detailAggregate(store.db, q);
        const fromEvents = await store.aggregates({ ...q, min_confidence: -1 });
        assert.deepEqual(fromDetail, fromEvents, JSON.stringify(q));
        assert.ok(fromDetail!.length > 0);
      }
      assert.equal(detailAnswers({ by: 'admin1', from: '2021-01-02' }), false, 'part of a month needs the scan');
      assert.equal(detailAnswers({ by: 'actor_pair', from: '2021-01-01' }), false, 'pair cells keep no dates');
      assert.equal(detailAnswers({ by: 'admin1', actor: 'x' }), false);
      assert.equal(rollupAnswers({ by: 'admin1' }), false);
      assert.equal(rollupAnswers({ by: 'week', actor: 'x' }), false);
      assert.equal(rollupAnswers({ by: 'week', q: '  ' }), true, 'a blank text query filters nothing');
    });

    test('a bulk load into an empty store sums its own rollup, also when an id repeats', async () => {
      for (const repeat of [false, true]) {
        const fresh = (await dialect.make())!;
        const s2 = await openStore(fresh.target);
        try {
          const rows = [...syntheticEvents(2500, 11)];
          // the repeated id comes back as another country, day and toll: only the last copy counts
          if (repeat) rows.push({ ...rows[10], country: 'Repeatland', event_date: '2020-02-02', fatalities: 99 });
          let how = '';
          await bulkImport(s2, 'acled', rows, { batchSize: 600, onRollup: (h) => (how = h) });
          await assertExact(s2, `a bulk load into an empty store${repeat ? ' with a repeated id' : ''}`);
          // SQLite sums the cells as rows go in, unless a repeated id replaced a row
          if (dialect.name === 'sqlite') assert.equal(how, repeat ? 'scanned' : 'summed');
          const byCountry = await s2.aggregates({ by: 'country' });
          assert.equal(byCountry.reduce((a, r) => a + r.count, 0), 2500);
          assert.equal(byCountry.some((r) => r.key === 'Repeatland'), repeat);
        } finally {
          await s2.close();
          await fresh.cleanup();
        }
      }
    });

    test('cells summed during a bulk load keep NULL apart from empty names and sort non-ASCII names as SQLite does', async () => {
      const fresh = (await dialect.make())!;
      const s2 = await openStore(fresh.target);
      try {
        const base = [...syntheticEvents(400, 5)];
        // invented names: accents, case, an empty actor2 beside a missing one, no actor1 at all
        const odd = [
          { country: 'Côte Verte', admin1: 'Région Été', actor1: 'Milice Ébène', actor2: '' },
          { country: 'Côte Verte', admin1: 'région été', actor1: 'Milice Ébène', actor2: null },
          { country: 'cote verte', admin1: 'Zed', actor1: 'milice ebene', actor2: 'Ωmega Band' },
          { country: 'Côte Verte', admin1: 'Région Été', actor1: null, actor2: 'Lone Second' },
          { country: 'Côte Verte', admin1: '', actor1: '', actor2: '' },
        ];
        const rows = base.map((e, i) => (i < 100 ? { ...e, ...odd[i % odd.length], fatalities: i % 7 } : e));
        let how = '';
        await bulkImport(s2, 'acled', rows, { batchSize: 150, onRollup: (h) => (how = h) });
        if (dialect.name === 'sqlite') assert.equal(how, 'summed');
        await assertExact(s2, 'a bulk load of odd names');
        const pairs = await s2.aggregates({ by: 'actor_pair', country: 'Côte Verte', limit: 50 });
        assert.deepEqual(pairs, await s2.aggregates({ by: 'actor_pair', country: 'Côte Verte', limit: 50, min_confidence: -1 }));
      } finally {
        await s2.close();
        await fresh.cleanup();
      }
    });

    test('an open after the rollup triggers went missing (a crashed bulk import) rebuilds it', async () => {
      const stmt = dialect.name === 'sqlite' ? sql`drop trigger events_rollup_ai` : sql`drop trigger events_rollup_ins on events`;
      await stmt.execute(store.db);
      const detail = dialect.name === 'sqlite' ? sql`drop trigger events_rollup_detail_ai` : sql`drop trigger events_rollup_detail_ins on events`;
      await detail.execute(store.db);
      await store.importReference('ucdp', [mkEvent({ event_id: 'ref-3', country: 'Fourthland', fatalities: 5 })]);
      const [stored, fresh] = await both(store);
      assert.notDeepEqual(stored, fresh, 'without its trigger the rollup misses the new row');
      const again = await openStore(tdb.target);
      try {
        await assertExact(again, 're-open');
      } finally {
        await again.close();
      }
    });
  });
}
