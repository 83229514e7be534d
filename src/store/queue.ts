// The ingest job queue. PostgreSQL: pg-boss (durable, many `sitrep worker` processes on many
// machines). SQLite: a jobs table worked in-process by the same job handler. Either way a job is
// "document → extract → saveDocument", and saveDocument is idempotent, so a retried job is harmless.
import { hostname } from 'node:os';
import type { Document, Extraction } from '../core/types.ts';
import type { IngestResult } from '../core/interfaces.ts';
import { contentHash, type SqlStore } from './store.ts';

export type ExtractFn = (doc: Document) => Extraction | Promise<Extraction>;

export const INGEST_QUEUE = 'sitrep-ingest';

/** the job handler: skip stored documents, extract, store (a failed extraction is stored as 'failed') */
export async function processDocument(store: SqlStore, extract: ExtractFn, doc: Document): Promise<IngestResult> {
  if (typeof doc?.text !== 'string' || !doc.id) {
    return { doc_id: String(doc?.id ?? '?'), status: 'failed', events_created: 0, events_merged: 0, message: 'document needs an id and a text' };
  }
  const hash = contentHash(doc.text);
  if (await store.hasDocument(hash)) return { doc_id: doc.id, status: 'duplicate', events_created: 0, events_merged: 0 };
  let extraction: Extraction;
  try {
    extraction = await extract(doc);
  } catch (err) {
    return store.saveDocument(doc, [], 'failed', `extraction failed: ${(err as Error).message}`.slice(0, 500));
  }
  return store.saveDocument({ ...doc, language: doc.language ?? extraction.language }, extraction.events);
}

export interface WorkOptions {
  concurrency?: number;
  /** stop when the queue is empty (tests, `sitrep worker --once`, in-process ingest) */
  once?: boolean;
  onResult?: (r: IngestResult) => void;
  onError?: (err: Error, doc?: Document) => void;
  signal?: AbortSignal;
}

export interface Queue {
  enqueueDocuments(docs: Document[]): Promise<number>;
  /** works jobs until the queue is empty (once) or the signal aborts */
  work(opts?: WorkOptions): Promise<{ processed: number; failed: number }>;
  pending(): Promise<number>;
  close(): Promise<void>;
}

/** what a job does with its document; default processDocument with the given extractor */
export type JobHandler = (doc: Document) => Promise<IngestResult>;

export async function openQueue(store: SqlStore, extract: ExtractFn, opts: { handle?: JobHandler } = {}): Promise<Queue> {
  const handle = opts.handle ?? ((doc: Document) => processDocument(store, extract, doc));
  if (store.dialect === 'postgres') {
    const { PgBossQueue } = await import('./queue-pg.ts');
    return PgBossQueue.open(store, handle);
  }
  return new SqliteQueue(store, handle);
}

const ME = `${hostname()}:${process.pid}`;

function alive(lockedBy: string | null): boolean {
  if (!lockedBy) return false;
  const [host, pid] = lockedBy.split(':');
  if (host !== hostname()) return true; // cannot tell: another machine's job stays its own
  if (Number(pid) === process.pid) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** jobs table in the SQLite file: survives a crash; a dead process's jobs return to the queue */
export class SqliteQueue implements Queue {
  constructor(private store: SqlStore, private handle: JobHandler) {}

  async enqueueDocuments(docs: Document[]): Promise<number> {
    const ts = new Date().toISOString();
    for (let i = 0; i < docs.length; i += 200) {
      const rows = docs.slice(i, i + 200).map((d) => ({ kind: 'ingest', payload: JSON.stringify(d), state: 'pending', attempts: 0, created_at: ts, updated_at: ts }));
      await this.store.tx((tx) => tx.insertInto('jobs').values(rows).execute());
    }
    return docs.length;
  }

  async pending(): Promise<number> {
    const r = await this.store.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('state', 'in', ['pending', 'active']).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** the oldest pending job, or an active one whose process is gone */
  private async claim(): Promise<{ id: number; payload: string; attempts: number } | null> {
    return this.store.tx(async (tx) => {
      const active = await tx.selectFrom('jobs').select(['id', 'locked_by']).where('state', '=', 'active').execute();
      const orphans = active.filter((j) => !alive(j.locked_by)).map((j) => j.id);
      if (orphans.length) await tx.updateTable('jobs').set({ state: 'pending', locked_by: null }).where('id', 'in', orphans).execute();
      const job = await tx.selectFrom('jobs').select(['id', 'payload', 'attempts']).where('state', '=', 'pending').orderBy('id').limit(1).executeTakeFirst();
      if (!job) return null;
      await tx.updateTable('jobs').set({ state: 'active', locked_by: ME, attempts: job.attempts + 1, updated_at: new Date().toISOString() }).where('id', '=', job.id).execute();
      return { id: Number(job.id), payload: job.payload, attempts: job.attempts + 1 };
    });
  }

  private async finish(id: number, state: 'done' | 'failed' | 'pending', error?: string) {
    await this.store.tx((tx) => tx.updateTable('jobs').set({ state, error: error ?? null, locked_by: null, updated_at: new Date().toISOString() }).where('id', '=', id).execute());
  }

  async work(opts: WorkOptions = {}): Promise<{ processed: number; failed: number }> {
    const stats = { processed: 0, failed: 0 };
    const loop = async () => {
      while (!opts.signal?.aborted) {
        const job = await this.claim();
        if (!job) {
          if (opts.once) return;
          await sleep(500);
          continue;
        }
        let doc: Document | undefined;
        try {
          doc = JSON.parse(job.payload) as Document;
          const r = await this.handle(doc);
          await this.finish(job.id, 'done');
          stats.processed++;
          opts.onResult?.(r);
        } catch (err) {
          // a store error (disk full, locked): retry twice, then park the job as failed
          stats.failed++;
          await this.finish(job.id, job.attempts >= 3 ? 'failed' : 'pending', (err as Error).message).catch(() => undefined);
          opts.onError?.(err as Error, doc);
        }
      }
    };
    // better-sqlite3 is synchronous: concurrency only overlaps async extractors
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, loop));
    return stats;
  }

  async close(): Promise<void> {}
}
