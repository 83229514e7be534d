// The ingest queue: in-process on SQLite; on PostgreSQL, 4 worker processes sharing one pg-boss
// queue never process a document twice and never split one incident into two events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { openQueue, processDocument } from '../../src/store/queue.ts';
import { PG_SKIP, fakeExtract, postgresDb, sqliteDb } from './helpers.ts';
import { assertConsistent, incidentDocs, runChild } from './children.ts';

test('SQLite: the in-process queue works a batch; a throwing extractor stores the document as failed', async () => {
  const tdb = await sqliteDb();
  const store = await openStore(tdb.target);
  try {
    const docs = incidentDocs(3, 2, 'q');
    const bad = { id: 'bad', text: 'this one makes the extractor throw' };
    const queue = await openQueue(store, (d) => (d.id === 'bad' ? (() => { throw new Error('boom'); })() : fakeExtract(d)));
    await queue.enqueueDocuments([...docs, bad]);
    assert.equal(await queue.pending(), docs.length + 1);
    const results: string[] = [];
    const stats = await queue.work({ once: true, concurrency: 2, onResult: (r) => results.push(r.status) });
    assert.equal(stats.processed, docs.length + 1);
    assert.equal(results.filter((s) => s === 'new').length, docs.length);
    assert.equal(results.filter((s) => s === 'failed').length, 1);
    assert.equal((await store.getDocument('bad'))?.status, 'failed');
    assert.equal(await queue.pending(), 0);
    const c = await assertConsistent(store);
    assert.equal(c.events, 3);
    const dup = await processDocument(store, fakeExtract, docs[0]);
    assert.equal(dup.status, 'duplicate');
  } finally {
    await store.close();
    await tdb.cleanup();
  }
});

test('PostgreSQL: 4 concurrent workers, each document once, one event per incident', { timeout: 240_000, skip: process.env.SITREP_TEST_PG ? false : PG_SKIP }, async () => {
  const tdb = (await postgresDb())!;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-q-'));
  try {
    const INCIDENTS = 12;
    const REPORTS = 5;
    // every report of an incident is in the queue at once, so workers race to create its event
    const docs = incidentDocs(INCIDENTS, REPORTS, 'p');
    const store = await openStore(tdb.target);
    const queue = await openQueue(store, fakeExtract);
    await queue.enqueueDocuments(docs);
    await queue.close();
    await store.close();

    const runs = await Promise.all([0, 1, 2, 3].map(() => runChild([tdb.target, '-', 'work', '5', '2'])));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const acks = runs.flatMap((r) => r.acks);
    const byDoc = new Map<string, number>();
    for (const [id, status] of acks) if (status === 'new') byDoc.set(id, (byDoc.get(id) ?? 0) + 1);
    assert.equal(byDoc.size, docs.length, 'every document processed');
    assert.ok([...byDoc.values()].every((n) => n === 1), 'no document processed twice');
    assert.ok(runs.filter((r) => r.acks.length > 0).length >= 2, 'the work was shared between workers');

    const check = await openStore(tdb.target);
    const c = await assertConsistent(check);
    assert.equal(c.documents, docs.length);
    assert.equal(c.events, INCIDENTS, 'no duplicate event for one incident');
    const counts = await check.db.selectFrom('events').select('sources_count').execute();
    assert.ok(counts.every((e) => Number(e.sources_count) === REPORTS));
    await check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await tdb.cleanup();
  }
});
