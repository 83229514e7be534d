// Shared by the reliability tests: timing, a child-process runner for the CLI, temp folders and
// optional imports (subsystems other helpers are still writing load lazily and skip when absent).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin/sitrep.js');

/** milliseconds a synchronous call takes (wall, and CPU of this process), with its result */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (c.user + c.system) / 1000 };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** the budget the issue sets for the extractor: 1 s per 100 KB (plus a fixed floor for tiny inputs
 *  on a shared 2-core machine) */
export function budgetMs(bytes: number, floorMs = 250): number {
  return Math.max(floorMs, (bytes / 100_000) * 1000) * loadSlack();
}

/** wall-clock budgets stretch on an overloaded machine (load average above the core count), at
 *  most 3x: a super-linear path still blows far past them, a busy neighbour does not fail a test */
export function loadSlack(): number {
  const cores = availableParallelism();
  return Math.min(3, Math.max(1, loadavg()[0] / cores));
}

export function tempDir(prefix = 'sitrep-rel-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** a module of another subsystem, or null while it does not exist yet */
export async function optionalImport<T = any>(rel: string): Promise<T | null> {
  const path = join(REPO, rel);
  if (!existsSync(path)) return null;
  return (await import(path)) as T;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** runs `node bin/sitrep.js ...args` to the end (killed after timeoutMs) */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, SITREP_NO_PROGRESS: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // generous: node + tsx start-up alone takes 10 s at a load average of 20 on 2 cores
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** starts the CLI and returns the child, for tests that kill it mid-way */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess & { out: () => string; err: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, SITREP_NO_PROGRESS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { out: () => string; err: () => string };
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  child.out = () => stdout;
  child.err = () => stderr;
  return child;
}

export function waitExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** polls `cond` every 25 ms until it holds or `ms` pass; returns whether it held */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(25);
  }
  return false;
}

export interface WorkerRun<T> {
  timedOut: boolean;
  /** wall ms */
  ms: number;
  /** CPU ms of the process while the call ran (Node 20 has no per-thread figure; the parent mostly
   *  waits meanwhile): what the code costs, whatever the machine's load */
  cpuMs?: number;
  value?: T;
  error?: string;
}

/** calls `exportName(...args)` from module `rel` (repo-relative) in a worker thread, killed after
 *  `timeoutMs` (counted from when the module has loaded): a super-linear input fails the test
 *  quickly instead of hanging the suite; the worker's heap is capped so a memory blow-up kills only it */
export async function inWorker<T = unknown>(rel: string, exportName: string, args: unknown[], timeoutMs: number, heapMb = 1024): Promise<WorkerRun<T>> {
  const { Worker } = await import('node:worker_threads');
  const url = new URL(rel, `file://${REPO}`).href;
  const src = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      // the worker has no tsx loader of its own: tsImport compiles the TypeScript module
      const { tsImport } = await import(workerData.tsx);
      const m = await tsImport(workerData.url, workerData.url);
      parentPort.postMessage({ ready: true });
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const cpuMs = () => { const d = process.cpuUsage(c0); return (d.user + d.system) / 1000; };
      try {
        const value = await m[workerData.name](...workerData.args);
        parentPort.postMessage({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuMs(), value: JSON.parse(JSON.stringify(value ?? null)) });
      } catch (err) {
        parentPort.postMessage({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuMs(), error: String(err && err.message || err) });
      }
    })();`;
  const worker = new Worker(src, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    workerData: { url, name: exportName, args, tsx: new URL('node_modules/tsx/dist/esm/api/index.mjs', `file://${REPO}`).href },
  });
  let t0 = Date.now();
  return new Promise((resolve) => {
    let timer = setTimeout(() => finish({ timedOut: true, ms: Date.now() - t0, error: 'module did not load in 120 s' }), 120_000);
    const finish = (r: WorkerRun<T>) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    worker.on('message', (m) => {
      if (m.ready) {
        clearTimeout(timer);
        t0 = Date.now();
        timer = setTimeout(() => finish({ timedOut: true, ms: Date.now() - t0 }), timeoutMs);
        return;
      }
      finish({ timedOut: false, ...m });
    });
    worker.once('error', (err) => finish({ timedOut: false, ms: Date.now() - t0, error: String(err.message) }));
  });
}

/** like inWorker, but the module is loaded once and the worker reused for call after call (the
 *  nasty corpus at full size is ~50 inputs: loading tsx and the module 50 times costs more than
 *  the inputs do on a busy machine). A call that runs past its timeout, or kills its worker (heap
 *  cap), gets a fresh worker for the next call. One call at a time. */
export function workerRunner<T = unknown>(rel: string, exportName: string, heapMb = 1024) {
  const url = new URL(rel, `file://${REPO}`).href;
  const src = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { tsImport } = await import(workerData.tsx);
      const m = await tsImport(workerData.url, workerData.url);
      parentPort.on('message', async (args) => {
        const t0 = process.hrtime.bigint();
        const c0 = process.cpuUsage();
        const cpuMs = () => { const d = process.cpuUsage(c0); return (d.user + d.system) / 1000; };
        try {
          const value = await m[workerData.name](...args);
          parentPort.postMessage({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuMs(), value: JSON.parse(JSON.stringify(value ?? null)) });
        } catch (err) {
          parentPort.postMessage({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuMs(), error: String(err && err.message || err) });
        }
      });
      parentPort.postMessage({ ready: true });
    })();`;
  type W = import('node:worker_threads').Worker;
  let ready: Promise<W> | null = null;
  const start = async (): Promise<W> => {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(src, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      workerData: { url, name: exportName, tsx: new URL('node_modules/tsx/dist/esm/api/index.mjs', `file://${REPO}`).href },
    });
    await new Promise<void>((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    return w;
  };
  return {
    async run(args: unknown[], timeoutMs: number): Promise<WorkerRun<T>> {
      ready ??= start();
      const w = await ready;
      const t0 = Date.now();
      return new Promise((resolve) => {
        const finish = (r: WorkerRun<T>, dead: boolean) => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          if (dead) {
            void w.terminate();
            ready = null; // the next call starts a fresh worker
          }
          resolve(r);
        };
        const onMessage = (m: WorkerRun<T>) => finish({ ...m, timedOut: false }, false);
        const onError = (err: Error) => finish({ timedOut: false, ms: Date.now() - t0, error: String(err.message) }, true);
        const timer = setTimeout(() => finish({ timedOut: true, ms: Date.now() - t0 }, true), timeoutMs);
        w.on('message', onMessage);
        w.once('error', onError);
        w.postMessage(args);
      });
    },
    async close() {
      const w = await ready?.catch(() => null);
      ready = null;
      await w?.terminate();
    },
  };
}
