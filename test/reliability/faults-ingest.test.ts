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

test('SIGKILL during `sitrep ingest` of a folder: the rerun completes it, the result equals a clean run', { timeout: 360_000 }, async () => {
  const t = tempDir();
  try {
    const N = 24;
    const dir = join(t.dir, 'reports');
    writeReports(dir, N);
    const clean = join(t.dir, 'clean.db');
    const r0 = await runCli(['ingest', dir, '--db', clean], { env: ENV });
    assert.equal(r0.code, 0, r0.stderr);
    const want = snapshot(clean);
    assert.equal(want.documents, N);

    const db = join(t.dir, 'crash.db');
    const k = await killWhen(['ingest', dir, '--db', db], () => countRows(db, 'documents') >= 5);
    assert.ok(k.stillRunning, `ingest finished before it could be killed (${countRows(db, 'documents')} docs)`);
    assert.equal(k.exit.signal, 'SIGKILL');
    const mid = snapshot(db);
    assert.ok(mid.documents >= 5 && mid.documents < N, `${mid.documents} documents at the kill`);
    assert.equal(mid.integrity, 'ok', 'half-written after SIGKILL');
    assert.equal(mid.foreignKeys, 0);
    assert.equal(mid.orphanSources, 0);

    const r1 = await runCli(['ingest', dir, '--db', db], { env: ENV });
    assert.equal(r1.code, 0, r1.stderr);
    const got = snapshot(db);
    for (const id of mid.docIds) assert.ok(got.docIds.includes(id), `${id} was committed before the kill and is gone`);
    assert.deepEqual(got.docIds, want.docIds, 'the same documents as a clean run');
    assert.equal(got.duplicateDocIds, 0);
    assert.equal(got.extractions, want.extractions, 'extractions stored twice or lost');
    assert.equal(got.events, want.events, 'events differ from a clean run (merged twice?)');
    assert.equal(got.sourcesSum, want.sourcesSum, 'sources_count differs: a document was counted twice');
    assert.equal(got.eventSources, want.eventSources);
    assert.equal(got.integrity, 'ok');
  } finally {
    t.cleanup();
  }
});

