// Every dashboard aggregate of bench/store.ts reads an index or a rollup table on SQLite, never a
// scan of the events table: the SQL each one runs is caught at the driver and EXPLAINed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { bulkImport } from '../../src/store/bulk.ts';
import { DASHBOARD, syntheticEvents } from '../../bench/store.ts';
import { sqliteDb } from './helpers.ts';

test('dashboard aggregates use an index or a rollup table; the actor filter reads the covering index alone', async () => {
  const tdb = await sqliteDb();
  const store = await openStore(tdb.target);
  try {
    await bulkImport(store, 'acled', syntheticEvents(3000));
    const raw = store.opened.sqlite!;
    const seen: string[] = [];
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((text: string) => {
      seen.push(text);
      return prepare(text);
    }) as typeof raw.prepare;
    for (const [name, q] of DASHBOARD) {
      seen.length = 0;
      await store.aggregates(q);
      const reads = seen.filter((s) => /^\s*select/i.test(s));
      assert.ok(reads.length > 0, name);
      for (const text of reads) {
        const params = (text.match(/\?/g) ?? []).map(() => null);
        const plan = (prepare(`explain query plan ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
        assert.doesNotMatch(plan, /SCAN events\b(?! USING)/, `${name}: ${plan}`);
        if (q.actor) assert.match(plan, /USING COVERING INDEX events_country_date/, `${name}: ${plan}`);
      }
    }
  } finally {
    await store.close();
    await tdb.cleanup();
  }
});
