// `sitrep import` on the bulk path (src/ingest/interop/import-bulk.ts) stores the same events and
// reports the same counts as the batched path, on both dialects.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openStore, type SitrepStore } from '../../src/store/index.ts';
import { importBulk } from '../../src/ingest/interop/import-bulk.ts';
import { importReferenceStream } from '../../src/ingest/interop/import.ts';
import { openInput } from '../../src/ingest/interop/csv.ts';
import { DIALECTS, PG_SKIP, type TestDb } from './helpers.ts';

const CSV = fileURLToPath(new URL('../ingest/fixtures/acled_current.csv', import.meta.url));

for (const dialect of DIALECTS) {
  const skip = dialect.name === 'postgres' && !process.env.SITREP_TEST_PG ? PG_SKIP : false;
  describe(`import on the bulk path, ${dialect.name}`, { skip }, () => {
    const dbs: TestDb[] = [];
    const stores: SitrepStore[] = [];
    before(async () => {
      for (let i = 0; i < 2; i++) {
        dbs.push((await dialect.make())!);
        stores.push(await openStore(dbs[i].target));
      }
    });
    after(async () => {
      for (const s of stores) await s.close();
      for (const d of dbs) await d.cleanup();
    });

    test('same events, search and report as the batched path; a re-import changes nothing', async () => {
      const bulk = await importBulk('acled', CSV, 0, stores[0], { progress: false });
      const batched = await importReferenceStream('acled', openInput(CSV), stores[1]);
      assert.deepEqual({ ...bulk }, { ...batched });
      assert.ok(bulk.imported > 0 && bulk.badCount > 0, 'the fixture has good and bad rows');
      const all = async (s: SitrepStore) => (await s.queryEvents({ limit: 1000 })).events;
      const a = await all(stores[0]);
      assert.equal(a.length, bulk.imported);
      assert.deepEqual(a, await all(stores[1]));
      const word = a[0].notes.match(/[A-Za-z]{6,}/)![0];
      assert.deepEqual(await stores[0].queryEvents({ q: word }), await stores[1].queryEvents({ q: word }));
      assert.deepEqual(await stores[0].aggregates({ by: 'admin1' }), await stores[1].aggregates({ by: 'admin1' }));
      const again = await importBulk('acled', CSV, 0, stores[0], { progress: false });
      assert.equal(again.stored, bulk.stored);
      assert.deepEqual(await all(stores[0]), a);
    });
  });
}
