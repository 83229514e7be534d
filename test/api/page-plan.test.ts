// The page plans chosen from capped counts (src/store/query.ts planPage) return exactly the rows
// the planner's default plan returns, page after page; only their cost differs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { bulkImport } from '../../src/store/bulk.ts';
import { encodeCursor, eventPage, planPage, type PagePlan } from '../../src/store/query.ts';
import type { EventQuery } from '../../src/core/interfaces.ts';
import { syntheticEvents } from '../../bench/store.ts';

test('every page plan returns the same pages as the default plan', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-plan-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    await bulkImport(store, 'bench', syntheticEvents(4000, 7));
    const db = store.db;
    const queries: EventQuery[] = [
      { q: 'protest' },
      { q: 'Grenade' },
      { q: 'Town 17' },
      { q: 'nothingmatchesthis' },
      { q: 'incident', country: 'Country B' },
      { bbox: [0, -10, 40, 20] },
      { bbox: [10, 0, 11, 1] },
      { bbox: [0, -10, 40, 20], q: 'protest', from: '2020-01-01', to: '2022-12-31' },
    ];
    const plans: PagePlan[] = [{}, { fts: 'lookup' }, { fts: 'probe' }, { fts: 'scan' }, { bbox: 'lookup' }, { bbox: 'scan' }, { fts: 'scan', bbox: 'scan' }];
    for (const q of queries) {
      // three pages deep with each plan, following the cursor
      const pages = async (plan: PagePlan) => {
        const out: string[][] = [];
        let cursor: string | undefined;
        for (let i = 0; i < 3; i++) {
          const rows = await eventPage(db, { ...q, cursor }, 'sqlite', 25, plan).execute();
          out.push(rows.map((r) => r.event_id));
          const last = rows[rows.length - 1];
          if (!last) break;
          cursor = encodeCursor(last.event_date, last.event_id);
        }
        return out;
      };
      const expected = await pages({});
      for (const plan of plans) assert.deepEqual(await pages(plan), expected, `${JSON.stringify(q)} with ${JSON.stringify(plan)}`);
      if (!q.q?.startsWith('nothing')) assert.ok(expected[0].length > 0, `${JSON.stringify(q)} matches something`);
    }
    // the counts pick the plans: a word in three quarters of the notes is common, an unknown word rare
    assert.equal((await planPage(db, { q: 'incident' }, 'sqlite')).fts, 'probe');
    assert.equal((await planPage(db, { q: 'nothingmatchesthis' }, 'sqlite')).fts, 'lookup');
    assert.equal((await planPage(db, { bbox: [-180, -90, 180, 90] }, 'sqlite')).bbox, 'scan');
    assert.equal((await planPage(db, { bbox: [10, 0, 10.01, 0.01] }, 'sqlite')).bbox, 'lookup');
    assert.deepEqual(await planPage(db, { q: 'protest' }, 'postgres'), {});
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
