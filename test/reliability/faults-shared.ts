// Shared by the crash tests: report folders and kill-when-ready for CLI children.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { report } from './corpus/reports.ts';
import { startCli, waitExit, waitFor } from './helpers.ts';

export const ENV = { SITREP_NO_GEOCODER: '1' }; // the crash paths are in the store, not the gazetteer: faster children

export function writeReports(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const r = report(i);
    writeFileSync(join(dir, `${r.id}.jsonl`), JSON.stringify(r) + '\n');
  }
}

/** starts the command, SIGKILLs it once `ready()` holds, returns what had been committed then */
export async function killWhen(args: string[], ready: () => boolean, limitMs = 180_000) {
  const child = startCli(args, ENV);
  const hit = await waitFor(() => ready() || child.exitCode !== null, limitMs);
  const stillRunning = child.exitCode === null;
  child.kill('SIGKILL');
  const exit = await waitExit(child);
  return { hit, stillRunning, exit, stderr: child.err() };
}

