// The database file read-only (the disk-full case is in faults-diskfull.test.ts). Uses a small tmpfs when the tests run as root
// (mount works here and in CI containers that allow it); as another user the read-only case uses
// file modes and the disk-full case skips with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksum, snapshot } from './db-inspect.ts';
import { runCli, tempDir } from './helpers.ts';
import { ENV, isRoot, oneLineError, remount, tryMount, umount, writeReports } from './faults-fs.ts';

test('database on a read-only file system or with read-only modes: clear error, non-zero exit, file unchanged', { timeout: 300_000 }, async () => {
  const t = tempDir();
  const mnt = join(t.dir, 'mnt');
  mkdirSync(mnt);
  const mounted = tryMount(mnt, '16m');
  try {
    const db = join(mnt, 'ro.db');
    const seed = join(t.dir, 'seed');
    writeReports(seed, 0, 3);
    const r0 = await runCli(['ingest', seed, '--db', db], { env: ENV });
    assert.equal(r0.code, 0, r0.stderr);
    // snapshot first: a read-only connection to a WAL database creates its -wal/-shm files
    const snap = snapshot(db);
    const before = checksum(db);
    if (mounted) remount(mnt, 'ro');
    else {
      chmodSync(db, 0o444);
      chmodSync(mnt, 0o555);
    }
    const more = join(t.dir, 'more');
    writeReports(more, 100, 2);
    const csv = join(t.dir, 'a.csv');
    writeFileSync(csv, 'event_id_cnty,event_date,event_type,sub_event_type,country\nRO1,14 March 2023,Battles,Armed clash,Benin\n');
    for (const args of [['ingest', more, '--db', db], ['import', 'acled', csv, '--db', db]]) {
      const r = await runCli(args, { env: ENV });
      assert.notEqual(r.code, 0, `${args[0]} on a read-only database exited 0:\n${r.stderr}`);
      oneLineError(r.stderr);
      assert.equal(checksum(db), before, `${args[0]} changed the read-only file`);
    }
    // reading still works or fails clearly; it never changes the file
    const ex = await runCli(['export', 'jsonl', '--db', db], { env: ENV });
    if (ex.code === 0) assert.equal(ex.stdout.trim().split('\n').filter(Boolean).length, snap.events);
    else oneLineError(ex.stderr);
    assert.equal(checksum(db), before);
  } finally {
    if (mounted) umount(mnt);
    else chmodSync(mnt, 0o755);
    t.cleanup();
  }
});

// found by this suite (the message was only "unable to open database file"); fixed in 711b9b7
test('the read-only error says the database is read-only', { timeout: 300_000, skip: isRoot ? false : 'needs root to mount a read-only tmpfs' }, async () => {
  const t = tempDir();
  const mnt = join(t.dir, 'mnt');
  mkdirSync(mnt);
  if (!tryMount(mnt, '16m')) return t.cleanup();
  try {
    const db = join(mnt, 'ro.db');
    const seed = join(t.dir, 'seed');
    writeReports(seed, 0, 1);
    assert.equal((await runCli(['ingest', seed, '--db', db], { env: ENV })).code, 0);
    remount(mnt, 'ro');
    const r = await runCli(['ingest', seed, '--db', db], { env: ENV });
    assert.match(r.stderr, /read-only|readonly|not writable|permission/i, r.stderr);
  } finally {
    umount(mnt);
    t.cleanup();
  }
});

