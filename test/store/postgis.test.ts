// PostGIS where the PostgreSQL server has it: the store adds a point column with a GiST index, a
// bounding box reads it, and the answers are the same as plain PostgreSQL's (SITREP_POSTGIS=off).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openStore } from '../../src/store/index.ts';
import type { SqlStore } from '../../src/store/store.ts';
import { postgisWanted } from '../../src/store/postgis.ts';
import { mkEvent, postgresDb, PG_SKIP } from './helpers.ts';

async function postgisAvailable(): Promise<boolean> {
  if (!process.env.SITREP_TEST_PG) return false;
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: process.env.SITREP_TEST_PG });
  await c.connect();
  const r = await c.query(`select count(*)::int as n from pg_available_extensions where name = 'postgis'`);
  await c.end();
  return r.rows[0].n > 0;
}
const available = await postgisAvailable();
const skip = !process.env.SITREP_TEST_PG ? PG_SKIP : !available ? 'PostGIS is not installed on the SITREP_TEST_PG server: PostGIS tests skipped' : undefined;

test('SITREP_POSTGIS=off (or 0/false/no) asks for plain PostgreSQL; unset asks for PostGIS', () => {
  assert.equal(postgisWanted({}), true);
  assert.equal(postgisWanted({ SITREP_POSTGIS: 'off' }), false);
  assert.equal(postgisWanted({ SITREP_POSTGIS: 'NO' }), false);
  assert.equal(postgisWanted({ SITREP_POSTGIS: 'on' }), true);
});

// invented reference events on a grid of points, two across the antimeridian
const EVENTS = Array.from({ length: 60 }, (_, i) => mkEvent({
  event_id: `geo-${i}`, event_date: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
  latitude: -60 + 2 * i, longitude: i === 58 ? 179.5 : i === 59 ? -179.5 : -170 + 5.5 * i,
}));
const BOXES: [number, number, number, number][] = [[-100, -20, 0, 30], [10, 0, 60, 60], [170, -60, -170, 70], [-180, -90, 180, 90], [0, 0, 1, 1]];

test('with PostGIS the store has a GiST-indexed point column, a box page reads it, and every box answers as plain PostgreSQL', { skip }, async () => {
  const answers: Record<string, string[][]> = {};
  for (const mode of ['on', 'off']) {
    const dbh = (await postgresDb())!;
    const before = process.env.SITREP_POSTGIS;
    process.env.SITREP_POSTGIS = mode;
    const store = (await openStore(dbh.target)) as SqlStore;
    if (before === undefined) delete process.env.SITREP_POSTGIS; else process.env.SITREP_POSTGIS = before;
    try {
      assert.equal(store.postgis, mode === 'on');
      const cols = await sql<{ n: number }>`select count(*)::int as n from information_schema.columns where table_name = 'events' and column_name = 'geom'`.execute(store.db);
      assert.equal(cols.rows[0].n, mode === 'on' ? 1 : 0);
      await store.importReference('acled', EVENTS);
      answers[mode] = [];
      for (const bbox of BOXES) {
        const got = (await store.queryEvents({ origin: 'acled', bbox, limit: 1000 })).events.map((e) => e.event_id).sort();
        answers[mode].push(got);
      }
      if (mode === 'on') {
        // the index serves the box once the planner is told to prefer it over a scan of 60 rows
        await sql`set enable_seqscan = off`.execute(store.db);
        const plan = await sql<{ 'QUERY PLAN': string }>`explain select event_id from events where geom && st_makeenvelope(10, 0, 60, 60, 4326)`.execute(store.db);
        assert.match(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), /events_geom/);
        // a reopen (a second worker, a restart) finds everything in place
        const again = (await openStore(dbh.target)) as SqlStore;
        assert.equal(again.postgis, true);
        await again.close();
      }
    } finally {
      await store.close();
      await dbh.cleanup();
    }
  }
  assert.deepEqual(answers.on, answers.off);
  assert.ok(answers.on[2].includes('geo-58') && answers.on[2].includes('geo-59'), 'a box across the antimeridian keeps both sides');
  assert.equal(answers.on[3].length, EVENTS.length);
});
