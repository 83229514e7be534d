// A pool of reader threads over one SQLite file. better-sqlite3 is synchronous, so on the server's
// own connection a 1 s query (an unfiltered aggregate, a common full-text word over 1 M events)
// stops every other request for that second. Each reader thread has its own connection (WAL lets
// readers run beside the writer), so slow queries only delay the requests that asked for them.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { EventQuery, Store } from '../core/interfaces.ts';
import { InputError } from '../core/types.ts';
import type { ReadMethod, ReadRequest, ReadResponse } from './reader-worker.ts';

/** the read calls the API routes make; a Store provides them directly. queryEventsJson (reader
 * threads): the page as the UTF-8 JSON body of GET /api/events, serialized off the main thread */
export type Reads = Pick<Store, 'queryEvents' | 'aggregates' | 'getEvent'> & { queryEventsJson?: (q: EventQuery) => Promise<Uint8Array> };

const REPO = new URL('../../', import.meta.url);

/** the worker has no tsx loader of its own: tsImport compiles the TypeScript module */
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.url, workerData.url)).then((m) => m[workerData.entry]())
  .catch((err) => { console.error('sitrep reader thread: ' + (err && err.message || err)); process.exit(1); });`;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  ready: Promise<void>;
  exited: boolean;
  started: boolean;
}

/** starts a worker thread running `entry` exported by the TypeScript module `rel` (repo-relative) */
export function tsWorker(rel: string, entry: string, data: Record<string, unknown>): Worker {
  return new Worker(BOOT, {
    eval: true,
    workerData: { ...data, url: new URL(rel, REPO).href, entry, tsx: new URL('node_modules/tsx/dist/esm/api/index.mjs', REPO).href },
  });
}

/** how many reader threads by default: one per core, at least 2, at most 4 */
export function defaultReaders(): number {
  return Math.max(2, Math.min(4, availableParallelism()));
}

export class ReaderPool implements Reads {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    readonly path: string,
    readonly size = defaultReaders(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = tsWorker('src/api/reader-worker.ts', 'runReader', { path: this.path });
    const slot: Slot = { worker, inFlight: 0, ready: Promise.resolve(), exited: false, started: false };
    slot.ready = new Promise((resolve, reject) => {
      worker.once('message', (m: { ready?: boolean }) => (m?.ready ? resolve() : reject(new Error('reader thread did not start'))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`reader thread exited (${code}) before it was ready`)));
    });
    slot.ready.then(() => (slot.started = true), () => undefined);
    worker.on('message', (m: ReadResponse & { ready?: boolean }) => {
      if (m.ready) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      slot.inFlight--;
      if (m.error) p.reject(m.error.input ? new InputError(m.error.message) : new Error(m.error.message));
      else p.resolve(m.value);
    });
    worker.on('error', (err) => process.stderr.write(`sitrep reader thread: ${err.message}\n`));
    worker.on('exit', () => {
      slot.exited = true;
      this.replace(slot);
    });
    return slot;
  }

  /** a reader that died fails its own requests only and is replaced */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    for (const [id, p] of this.pending) {
      if ((p as Pending & { slot?: Slot }).slot === slot) {
        this.pending.delete(id);
        p.reject(new Error('reader thread exited'));
      }
    }
    // a thread that never opened the database would fail the same way again: no restart loop
    if (!this.closed && slot.started) this.slots[i] = this.spawn();
  }

  /** every reader has opened the database (first requests otherwise wait for it) */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  private async call<T>(method: ReadMethod, args: unknown[]): Promise<T> {
    if (this.closed) throw new Error('the reader pool is closed');
    // the least busy reader: one slow query does not hold up the calls queued behind it elsewhere
    let slot = this.slots[0];
    for (const s of this.slots) if (s.inFlight < slot.inFlight) slot = s;
    await slot.ready;
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, slot } as Pending);
      slot.worker.postMessage({ id, method, args } satisfies ReadRequest);
    });
  }

  queryEvents(q: EventQuery): ReturnType<Store['queryEvents']> {
    return this.call('queryEvents', [q]);
  }

  queryEventsJson(q: EventQuery): Promise<Uint8Array> {
    return this.call('queryEventsJson', [q]);
  }

  aggregates(q: Parameters<Store['aggregates']>[0]): ReturnType<Store['aggregates']> {
    return this.call('aggregates', [q]);
  }

  getEvent(id: string): ReturnType<Store['getEvent']> {
    return this.call('getEvent', [id]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.exited) return;
        s.worker.postMessage('close');
        const t = setTimeout(() => void s.worker.terminate(), 2000);
        await new Promise((r) => s.worker.once('exit', r));
        clearTimeout(t);
      }),
    );
    for (const p of this.pending.values()) p.reject(new Error('the reader pool is closed'));
    this.pending.clear();
  }
}
