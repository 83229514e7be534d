// The disk full (the read-only case is in faults-readonly.test.ts). Uses a small tmpfs when the tests run as root
// (mount works here and in CI containers that allow it); as another user the read-only case uses
// file modes and the disk-full case skips with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksum, snapshot } from './db-inspect.ts';
import { report } from './corpus/reports.ts';
import { runCli, tempDir } from './helpers.ts';
import { ENV, isRoot, remount, tryMount, umount, writeReports } from './faults-fs.ts';

test('disk full mid-ingest: clear error, no corruption, the rerun completes once space returns', { timeout: 180_000, skip: isRoot ? false : 'needs root to mount a small tmpfs' }, async (t) => {
  const tmp = tempDir();
  const mnt = join(tmp.dir, 'mnt');
  mkdirSync(mnt);
  if (!tryMount(mnt, '640k')) {
    tmp.cleanup();
    return t.skip('mount -t tmpfs is not permitted here');
  }
  try {
    const N = 160;
    const dir = join(tmp.dir, 'reports');
    writeReports(dir, 2000, N);
    // pad each report so the store outgrows 640 KB well before the end
    for (let i = 2000; i < 2000 + N; i++) {
      const r = report(i);
      r.text += ' ' + `Background paragraph ${i}: `.repeat(150);
      writeFileSync(join(dir, `${r.id}.jsonl`), JSON.stringify(r) + '\n');
    }
    const db = join(mnt, 'full.db');
    const r1 = await runCli(['ingest', dir, '--db', db], { env: ENV, timeoutMs: 120_000 });
    assert.match(r1.stderr, /full|SQLITE_FULL|no space|ENOSPC/i, `no disk-full message:\n${r1.stderr.slice(-1500)}`);
    assert.ok(!/\n\s+at .+:\d+:\d+/.test(r1.stderr), 'a stack trace on stderr');
    const mid = snapshot(db);
    assert.equal(mid.integrity, 'ok', 'the database is corrupt after running out of space');
    assert.ok(mid.documents < N, `all ${N} documents fit: the test did not fill the disk`);

    remount(mnt, 'size=64m');
    const r2 = await runCli(['ingest', dir, '--db', db], { env: ENV, timeoutMs: 120_000 });
    assert.equal(r2.code, 0, r2.stderr.slice(-1500));
    const got = snapshot(db);
    assert.equal(got.documents, N, 'documents missing after space returned');
    assert.equal(got.duplicateDocIds, 0);
    assert.equal(got.integrity, 'ok');
    // failed-while-full documents must not stay "failed": every document is coded after the rerun
    const { withDb } = await import('./db-inspect.ts');
    const notCoded = withDb(db, (d) => d.prepare("select id, status, message from documents where status != 'coded'").all());
    assert.deepEqual(notCoded, [], 'documents left failed after space returned');
  } finally {
    umount(mnt);
    tmp.cleanup();
  }
});
