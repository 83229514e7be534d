// Crashes: `sitrep ingest`, `sitrep import` and `sitrep worker` are SIGKILLed mid-batch (real child
// processes of bin/sitrep.js), then run again. Afterwards the database must equal what one
// uninterrupted run gives: nothing committed is lost, nothing is half-written (SQLite integrity and
// foreign keys), nothing is stored or merged twice. (The store helper's test/store/crash.test.ts
// kills its own ingest child at the library level; these go through the CLI.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, snapshot, withDb } from './db-inspect.ts';
import { report } from './corpus/reports.ts';
import { REPO, runCli, tempDir } from './helpers.ts';
import { ENV, killWhen, writeReports } from './faults-shared.ts';

function acledCsv(n: number): string {
  const header = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,fatalities,notes';
  const lines = [header];
  for (let i = 0; i < n; i++) {
    lines.push(`RELX${i},${1 + (i % 28)} March 2023,Battles,Armed clash,Military Forces of Testland,1,Rebels of Testland,2,Benin,Alibori,Place ${i % 500},${(i % 80) - 40}.5,${(i % 300) - 150}.25,${i % 9},"Invented clash ${i}, for the crash test."`);
  }
  return lines.join('\n') + '\n';
}

test('SIGKILL during `sitrep import acled`: rerunning gives every row exactly once, search index consistent', { timeout: 150_000 }, async () => {
  const t = tempDir();
  try {
    const N = 12_000;
    const csv = join(t.dir, 'acled.csv');
    writeFileSync(csv, acledCsv(N));
    const db = join(t.dir, 'import.db');
    const k = await killWhen(['import', 'acled', csv, '--db', db], () => countRows(db, 'events') >= 1000, 90_000);
    assert.ok(k.stillRunning, `import finished before it could be killed (${countRows(db, 'events')} events)`);
    const mid = snapshot(db);
    assert.ok(mid.events > 0 && mid.events < N, `${mid.events} events at the kill`);
    assert.equal(mid.integrity, 'ok');

    const r1 = await runCli(['import', 'acled', csv, '--db', db], { env: ENV, timeoutMs: 120_000 });
    assert.equal(r1.code, 0, r1.stderr);
    const got = snapshot(db);
    assert.equal(got.events, N, 'rows lost or doubled');
    assert.equal(got.integrity, 'ok');
    withDb(db, (d) => {
      const dup = d.prepare("select count(*) as n from (select event_id from events group by event_id having count(*) > 1)").get() as { n: number };
      assert.equal(dup.n, 0);
      // the search index holds every event exactly once (external-content FTS5 check)
      const fts = d.prepare("select count(*) as n from events_fts where events_fts match 'Invented'").get() as { n: number };
      assert.equal(fts.n, N, 'full-text index out of step after the crash');
    });
  } finally {
    t.cleanup();
  }
});

