// `sitrep worker --enqueue` then `sitrep worker --once` on SQLite: the CLI path of the queue, with
// the real extractor, on two invented reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { sqliteDb } from './helpers.ts';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'sitrep.js');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

test('sitrep worker: --enqueue queues documents, --once works them; sitrep reextract keeps the events', { timeout: 240_000 }, async () => {
  const tdb = await sqliteDb();
  try {
    const docs = join(dirname(tdb.target), 'docs.jsonl');
    writeFileSync(docs, [
      { id: 'w-1', text: 'Gunmen attacked a police checkpoint in the town of Ardent on Monday, killing two officers.', published: '2024-05-08' },
      { id: 'w-2', text: 'Hundreds of students protested peacefully outside the ministry on Tuesday.', published: '2024-05-08' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n');
    const q = cli(['worker', '--db', tdb.target, '--enqueue', docs]);
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stderr, /2 documents queued/);
    const w = cli(['worker', '--db', tdb.target, '--once', '--concurrency', '1']);
    assert.equal(w.status, 0, w.stderr);
    assert.match(w.stderr, /2 processed, 0 failed/);
    const store = await openStore(tdb.target);
    assert.ok(await store.hasDocument('w-1'));
    assert.ok(await store.hasDocument('w-2'));
    assert.equal((await store.stats()).documents, 2);
    await store.close();
    assert.equal(cli(['worker', '--db', tdb.target, 'stray']).status, 2);
    // re-extraction over the same documents with the same extractor gives back the same events
    const first = await openStore(tdb.target);
    const before = (await first.queryEvents({ limit: 100 })).events.map((e) => e.event_id).sort();
    await first.close();
    const r = cli(['reextract', '--db', tdb.target, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout);
    assert.equal(stats.documents, 2);
    const again = await openStore(tdb.target);
    assert.deepEqual((await again.queryEvents({ limit: 100 })).events.map((e) => e.event_id).sort(), before);
    await again.close();
  } finally {
    await tdb.cleanup();
  }
});
