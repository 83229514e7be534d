// SIGKILL during the store's bulk import (src/store/bulk.ts: drops the event indexes and the
// full-text triggers, inserts, then rebuilds them). A crash between the two must not leave a
// database whose later events are invisible to search or whose queries lost their indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, withDb } from './db-inspect.ts';
import { REPO, optionalImport, tempDir, waitExit, waitFor } from './helpers.ts';

const bulk = await optionalImport('src/store/bulk.ts');
const storeMod = await optionalImport<typeof import('../../src/store/index.ts')>('src/store/index.ts');

test('SIGKILL mid bulk import: on the next open, search triggers and indexes are back and new events are searchable', {
  skip: bulk && storeMod ? false : 'src/store/bulk.ts not there yet',
  timeout: 120_000,
  // found by this suite (events stored after such a crash were never searchable); fixed in e191676
}, async () => {
  const t = tempDir();
  try {
    const db = join(t.dir, 'bulk.db');
    const child = join(t.dir, 'bulk-child.mts');
    writeFileSync(
      child,
      `import { openStore } from ${JSON.stringify(join(REPO, 'src/store/index.ts'))};
       import { bulkImport } from ${JSON.stringify(join(REPO, 'src/store/bulk.ts'))};
       const store = await openStore(process.argv[2]);
       function* events() {
         for (let i = 0; i < 2_000_000; i++) yield { event_id: 'B' + i, event_date: '2023-03-01', date_range: ['2023-03-01', '2023-03-01'], time_precision: 1,
           disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'A', actor2: null, assoc_actor_1: '', assoc_actor_2: '',
           inter1: 1, inter2: 0, interaction: 10, affiliation1: null, affiliation2: null, country: 'Benin', admin1: 'Alibori', admin2: '', location: 'X',
           latitude: 1, longitude: 1, geo_precision: 1, fatalities: 0, injuries: null, weapons: [], source: 'S', attribution: [], notes: 'bulk row', cameo: '', plover: '',
           confidence: 1, evidence: [], sources_count: 1 };
       }
       await bulkImport(store, 'acled', events(), { batchSize: 5000 });`,
    );
    // first create the schema so that polling can read the file
    const s0 = await storeMod!.openStore(db);
    await s0.close();
    const c = spawn(process.execPath, ['--import', 'tsx', child, db], { cwd: REPO, stdio: 'ignore' });
    const hit = await waitFor(() => countRows(db, 'events') >= 20_000, 90_000);
    c.kill('SIGKILL');
    await waitExit(c);
    assert.ok(hit, 'the bulk import never committed a batch');

    // a normal open and a normal store write afterwards
    const store = await storeMod!.openStore(db);
    try {
      await store.importReference('ucdp', [
        { event_id: 'ucdp:after-crash', event_date: '2023-04-01', date_range: ['2023-04-01', '2023-04-01'], time_precision: 1, disorder_type: 'Political violence',
          event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Zanzibarite Brigade', actor2: null, assoc_actor_1: '', assoc_actor_2: '', inter1: 2, inter2: 0,
          interaction: 20, affiliation1: null, affiliation2: null, country: 'Benin', admin1: 'Alibori', admin2: '', location: 'Quokkaville', latitude: 1, longitude: 1,
          geo_precision: 1, fatalities: 0, injuries: null, weapons: [], source: 'S', attribution: [], notes: 'quokkaville skirmish after the crash', cameo: '', plover: '',
          confidence: 1, evidence: [], sources_count: 1 } as any,
      ]);
      const found = await store.queryEvents({ q: 'quokkaville', limit: 5 });
      assert.equal(found.events.length, 1, 'an event stored after the crash is not found by search');
    } finally {
      await store.close();
    }
    withDb(db, (d) => {
      const names = (d.prepare("select name from sqlite_master where type in ('trigger','index')").all() as { name: string }[]).map((r) => r.name);
      for (const n of ['events_fts_ai', 'events_fts_ad', 'events_fts_au', 'events_date', 'events_country_date']) assert.ok(names.includes(n), `${n} missing after the crash`);
    });
  } finally {
    t.cleanup();
  }
});
