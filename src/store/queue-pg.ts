// pg-boss backed queue: jobs live in PostgreSQL (schema "pgboss"), fetched with SKIP LOCKED so each
// job goes to exactly one worker; a worker that dies mid-job has its job expire and retried.
//
// We drive pg-boss with our own fetch → handle → complete loop instead of boss.work(): pg-boss
// 10.4's work loop calls complete()/fail() without awaiting them, so when the database restarts
// under a worker the rejected acknowledgement becomes an unhandled rejection and Node ends the
// process (seen as a worker exiting with 57P01 "terminating connection" from Manager.fail). Here
// every database call is awaited and retried with backoff, and a job is acknowledged only after its
// document is stored: a job whose acknowledgement is lost simply expires and is redone, which the
// idempotent store turns into a "duplicate".
import PgBoss from 'pg-boss';
import type { Document } from '../core/types.ts';
import type { IngestResult } from '../core/interfaces.ts';
import type { SqlStore } from './store.ts';
import { INGEST_QUEUE, type JobHandler, type Queue, type WorkOptions } from './queue.ts';

/** errors that mean the database went away for a moment (restart, failover, dropped socket) */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const TRANSIENT_TEXT = /Connection terminated|terminating connection|connection (?:is )?closed|the database system is (?:starting up|shutting down|in recovery)|Client has encountered a connection error|\b(?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|EAI_AGAIN)\b/i;
export function isTransientDbError(err: unknown, depth = 0): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown };
  if (!e || depth > 3) return false;
  // wrappers (the store's "store migration failed: connect ECONNREFUSED …") keep the words, or a cause
  return (!!e.code && TRANSIENT.has(e.code)) || TRANSIENT_TEXT.test(e.message ?? '') || (e.cause !== undefined && isTransientDbError(e.cause, depth + 1));
}

/** seconds from an environment variable, or the default when unset or not a whole number >= 1 */
function envSeconds(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v >= 1 ? v : fallback;
}

/** a job whose worker died stays active until it expires; a document takes well under a second, so
 * 45 s is generous, and maintenance every 15 s picks expired jobs up quickly. The expiry is fixed
 * when the queue is first created; both can be shortened for tests (SITREP_QUEUE_EXPIRE_SECONDS,
 * SITREP_QUEUE_MAINTENANCE_SECONDS). */
const EXPIRE_SECONDS = envSeconds('SITREP_QUEUE_EXPIRE_SECONDS', 45);
const MAINTENANCE_SECONDS = envSeconds('SITREP_QUEUE_MAINTENANCE_SECONDS', 15);
/** how long one worker keeps retrying a database call before it gives the job back to expiry */
const RETRY_FOR_MS = Math.max(30, EXPIRE_SECONDS - 5) * 1000;
const POLL_MS = 500;

/** resolves after ms, or at once when the signal aborts */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** runs fn until it succeeds; transient database errors are retried with exponential backoff (250 ms
 * doubling to 5 s) for up to forMs; any other error, or running out of time, is thrown */
export async function withDbRetry<T>(what: string, fn: () => Promise<T>, forMs = RETRY_FOR_MS, signal?: AbortSignal): Promise<T> {
  const until = Date.now() + forMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransientDbError(err) || Date.now() >= until || signal?.aborted) throw err;
      if (attempt === 0) process.stderr.write(`sitrep queue: ${what}: database unavailable (${(err as Error).message}); retrying\n`);
      await pause(Math.min(5000, 250 * 2 ** attempt), signal);
    }
  }
}

export class PgBossQueue implements Queue {
  private constructor(private boss: PgBoss, private handle: JobHandler) {}

  static async open(store: SqlStore, handle: JobHandler): Promise<PgBossQueue> {
    const boss = new PgBoss({ connectionString: store.opened.target, max: 4, supervise: true, schedule: false, maintenanceIntervalSeconds: MAINTENANCE_SECONDS });
    boss.on('error', (err: Error) => process.stderr.write(`sitrep queue: ${err.message}\n`));
    // a worker started while the database restarts waits for it rather than exiting
    await withDbRetry('start', () => boss.start(), 60_000);
    if (!(await withDbRetry('queue', () => boss.getQueue(INGEST_QUEUE)))) {
      // several workers may start together: losing the creation race is fine
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 3, retryDelay: 5, expireInSeconds: EXPIRE_SECONDS }).catch(() => undefined);
    }
    return new PgBossQueue(boss, handle);
  }

  async enqueueDocuments(docs: Document[]): Promise<number> {
    for (let i = 0; i < docs.length; i += 500) {
      const batch = docs.slice(i, i + 500).map((doc) => ({ name: INGEST_QUEUE, data: { doc } }));
      await withDbRetry('enqueue', () => this.boss.insert(batch));
    }
    return docs.length;
  }

  async pending(): Promise<number> {
    return this.boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
  }

  async work(opts: WorkOptions = {}): Promise<{ processed: number; failed: number }> {
    const stats = { processed: 0, failed: 0 };
    const signal = opts.signal;
    const loop = async () => {
      while (!signal?.aborted) {
        // pg-boss's fetch returns [] when the database is unreachable: poll again after a pause
        const jobs = await this.boss.fetch<{ doc: Document }>(INGEST_QUEUE, { batchSize: 1 }).catch(() => []);
        if (!jobs.length) {
          if (opts.once && (await this.pending().catch(() => 1)) === 0) return;
          await pause(POLL_MS, signal);
          continue;
        }
        for (const job of jobs) await this.runJob(job, stats, opts);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, loop));
    return stats;
  }

  /** handle one job, then acknowledge it; never throws (a lost acknowledgement means a redo) */
  private async runJob(job: PgBoss.Job<{ doc: Document }>, stats: { processed: number; failed: number }, opts: WorkOptions): Promise<void> {
    const doc = job.data?.doc;
    let result: IngestResult | undefined;
    let error: Error | undefined;
    try {
      // the store write is idempotent, so a transient database error is retried in place
      result = await withDbRetry(`job ${job.id}`, () => this.handle(doc), RETRY_FOR_MS, opts.signal);
    } catch (err) {
      error = err as Error;
    }
    if (!result && opts.signal?.aborted && isTransientDbError(error)) {
      // stopping while the database is away: leave the job active; it expires and is redone
      return;
    }
    if (result) {
      stats.processed++;
      opts.onResult?.(result);
    } else {
      stats.failed++;
      opts.onError?.(error!, doc);
    }
    try {
      // not aborted by the signal: a stored document's job should be acknowledged before exit
      await withDbRetry(`ack ${job.id}`, () =>
        result ? this.boss.complete(INGEST_QUEUE, job.id) : this.boss.fail(INGEST_QUEUE, job.id, { message: String(error?.message ?? error).slice(0, 500) }),
      );
    } catch (err) {
      process.stderr.write(`sitrep queue: job ${job.id} not acknowledged (${(err as Error).message}); it will expire and be redone\n`);
    }
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch((err: Error) => process.stderr.write(`sitrep queue: stop: ${err.message}\n`));
  }
}
