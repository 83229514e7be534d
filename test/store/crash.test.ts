// Crash safety: SIGKILL an ingest worker mid-batch; after restart no acknowledged document is lost,
// no event is half-written, nothing is processed twice, and the batch resumes where it stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { fakeExtract, sqliteDb } from './helpers.ts';
import { openQueue } from '../../src/store/queue.ts';
import { incidentDocs, runChild, assertConsistent } from './children.ts';

const INCIDENTS = 8;
const REPORTS = 4;

test('SIGKILL mid-batch: nothing acknowledged is lost, nothing half-written, the batch resumes', { timeout: 180_000 }, async () => {
  const tdb = await sqliteDb();
  try {
    const docs = incidentDocs(INCIDENTS, REPORTS);
    const file = join(dirname(tdb.target), 'docs.jsonl');
    writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

    const first = await runChild([tdb.target, file, 'enqueue', '25'], { killAfterAcks: 10 });
    assert.equal(first.signal, 'SIGKILL', `child should have been killed (stderr: ${first.stderr})`);
    assert.ok(first.acks.length >= 10 && first.acks.length < docs.length, 'killed mid-batch');

    let store = await openStore(tdb.target);
    for (const [id] of first.acks) assert.ok(await store.hasDocument(id), `acknowledged ${id} survived the crash`);
    const mid = await assertConsistent(store);
    assert.ok(mid.documents >= first.acks.length && mid.documents < docs.length);
    await store.close();

    const second = await runChild([tdb.target, '-', 'work', '0']);
    assert.equal(second.code, 0, second.stderr);
    const newly = [...first.acks, ...second.acks].filter(([, s]) => s === 'new').map(([id]) => id);
    assert.equal(new Set(newly).size, newly.length, 'no document processed twice');
    const firstIds = new Set(first.acks.map(([id]) => id));
    assert.ok(second.acks.every(([id]) => !firstIds.has(id)), 'acknowledged jobs are not redone');

    store = await openStore(tdb.target);
    const end = await assertConsistent(store);
    assert.equal(end.documents, docs.length, 'the batch completed after restart');
    assert.equal(end.events, INCIDENTS, 'one event per incident, as in an uninterrupted run');
    const pending = await store.db.selectFrom('jobs').select('id').where('state', '!=', 'done').execute();
    assert.equal(pending.length, 0);
    await store.close();

    // re-running the whole batch (in-process: a fourth child would only cost start-up time) skips
    // every stored document
    store = await openStore(tdb.target);
    const queue = await openQueue(store, fakeExtract);
    await queue.enqueueDocuments(docs);
    const again: string[] = [];
    await queue.work({ once: true, onResult: (r) => again.push(r.status) });
    assert.equal(again.length, docs.length);
    assert.ok(again.every((s) => s === 'duplicate'));
    assert.equal((await store.stats()).events, INCIDENTS);
    await store.close();
  } finally {
    await tdb.cleanup();
  }
});
