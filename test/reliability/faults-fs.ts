// File-system fault helpers shared by the read-only and disk-full tests: a small tmpfs (root only),
// remounting it, a folder of generated reports, and the "one clear line, no stack" error check.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { report } from './corpus/reports.ts';

export const ENV = { SITREP_NO_GEOCODER: '1' };
export const isRoot = process.getuid?.() === 0;

export function tryMount(dir: string, size: string): boolean {
  if (!isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
export const remount = (dir: string, opts: string) => execFileSync('mount', ['-o', `remount,${opts}`, dir], { stdio: 'ignore' });
export const umount = (dir: string) => {
  try {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  } catch {
    /* already gone */
  }
};

export function writeReports(dir: string, from: number, n: number) {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + n; i++) {
    const r = report(i);
    writeFileSync(join(dir, `${r.id}.jsonl`), JSON.stringify(r) + '\n');
  }
}

export function oneLineError(stderr: string) {
  const lines = stderr.trim().split('\n').filter((l) => /error|cannot|read-only|readonly|denied|full|failed/i.test(l));
  assert.ok(lines.length > 0, `no clear error on stderr:\n${stderr.slice(0, 800)}`);
  assert.ok(!/\n\s+at .+:\d+:\d+/.test(stderr), `a stack trace on stderr:\n${stderr.slice(0, 800)}`);
}
