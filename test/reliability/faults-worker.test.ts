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

test('SIGKILL during `sitrep worker`: restarted, the queue finishes; each document stored once, no job lost', { timeout: 360_000 }, async () => {
  const t = tempDir();
  try {
    const N = 24;
    const db = join(t.dir, 'queue.db');
    const docs = Array.from({ length: N }, (_, i) => report(1000 + i));
    // enqueue through the store's queue API (there is no CLI verb for it on SQLite)
    const enq = join(t.dir, 'enqueue.mts');
    writeFileSync(
      enq,
      `import { openStore } from ${JSON.stringify(join(REPO, 'src/store/index.ts'))};
       import { openQueue } from ${JSON.stringify(join(REPO, 'src/store/queue.ts'))};
       const store = await openStore(process.argv[2]);
       const q = await openQueue(store, () => { throw new Error('not used'); });
       await q.enqueueDocuments(JSON.parse(process.argv[3]));
       await q.close(); await store.close();`,
    );
    const { spawnSync } = await import('node:child_process');
    const e = spawnSync(process.execPath, ['--import', 'tsx', enq, db, JSON.stringify(docs)], { cwd: REPO, encoding: 'utf8' });
    assert.equal(e.status, 0, e.stderr);
    assert.equal(countRows(db, 'jobs'), N);

    const k = await killWhen(['worker', '--db', db, '--once', '--concurrency', '2'], () => countRows(db, 'documents') >= 4);
    assert.ok(k.stillRunning, 'the worker finished before it could be killed');
    const mid = snapshot(db);
    assert.equal(mid.integrity, 'ok');
    const active = withDb(db, (d) => (d.prepare("select count(*) as n from jobs where state = 'active'").get() as { n: number }).n);
    assert.ok(active >= 0);

    const r1 = await runCli(['worker', '--db', db, '--once'], { env: ENV, timeoutMs: 120_000 });
    assert.equal(r1.code, 0, r1.stderr);
    const got = snapshot(db);
    assert.equal(got.documents, N, 'documents lost or doubled');
    assert.equal(got.duplicateDocIds, 0);
    for (const id of mid.docIds) assert.ok(got.docIds.includes(id));
    withDb(db, (d) => {
      const states = d.prepare('select state, count(*) as n from jobs group by state').all() as { state: string; n: number }[];
      assert.deepEqual(states, [{ state: 'done', n: N }], `jobs left behind: ${JSON.stringify(states)}`);
      const twice = d.prepare('select extraction_id, count(*) as n from event_sources group by extraction_id having n > 1').all();
      assert.deepEqual(twice, [], 'an extraction merged into events twice');
    });
    // and the same documents ingested in one clean run give the same events
    const dir = join(t.dir, 'same');
    mkdirSync(dir);
    for (const d of docs) writeFileSync(join(dir, `${d.id}.jsonl`), JSON.stringify(d) + '\n');
    const clean = join(t.dir, 'clean.db');
    assert.equal((await runCli(['ingest', dir, '--db', clean], { env: ENV })).code, 0);
    const want = snapshot(clean);
    assert.equal(got.extractions, want.extractions);
    assert.equal(got.sourcesSum, want.sourcesSum, 'a document was counted twice in sources_count');
  } finally {
    t.cleanup();
  }
});
