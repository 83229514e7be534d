// `sitrep serve` as a process: prints its URL, answers on 127.0.0.1, stops cleanly on SIGTERM;
// bad flags exit 2 with one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchServe } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));

test('sitrep serve prints its URL, serves the API and exits 0 on SIGTERM', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 't.db'), '--port', '0'], {
    env: { ...process.env, SITREP_API_TOKEN: 'secret-token-value' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const io = watchServe(child, 60_000);
  try {
    const url = await io.url;
    const res = await fetch(`${url}/api/events`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { events: [], next_cursor: null });
    const denied = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    assert.equal(denied.status, 401);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
    assert.equal(io.out.trim().split('\n').length, 1, 'one line on stdout');
    assert.doesNotMatch(io.out + io.err, /secret-token-value/, 'the token is never printed');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep serve rejects a bad port with exit 2 and one line', { timeout: 60_000 }, () => {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'eighty'], { encoding: 'utf8', timeout: 50_000 });
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /invalid port/);
});
