// pg-boss backed queue: jobs live in PostgreSQL (schema "pgboss"), fetched with SKIP LOCKED so each
// job goes to exactly one worker; a worker that dies mid-job has its job expire and retried.
import PgBoss from 'pg-boss';
import type { Document } from '../core/types.ts';
import type { SqlStore } from './store.ts';
import { INGEST_QUEUE, type JobHandler, type Queue, type WorkOptions } from './queue.ts';

/** errors that mean the database went away for a moment (restart, failover, dropped socket) */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
export function isTransientDbError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (!!e?.code && TRANSIENT.has(e.code)) || /Connection terminated|terminating connection|connection (?:is )?closed/i.test(e?.message ?? '');
}

/** a job whose worker lost the database stays active until it expires; a document takes well under
 * a second, so 45 s is generous, and maintenance every 15 s picks expired jobs up quickly */
const EXPIRE_SECONDS = 45;

export class PgBossQueue implements Queue {
  private constructor(private boss: PgBoss, private handle: JobHandler) {}

  static async open(store: SqlStore, handle: JobHandler): Promise<PgBossQueue> {
    const boss = new PgBoss({ connectionString: store.opened.target, max: 4, supervise: true, schedule: false, maintenanceIntervalSeconds: 15 });
    boss.on('error', (err: Error) => process.stderr.write(`sitrep queue: ${err.message}\n`));
    await boss.start();
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      // several workers may start together: losing the creation race is fine
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 3, retryDelay: 5, expireInSeconds: EXPIRE_SECONDS }).catch(() => undefined);
    }
    return new PgBossQueue(boss, handle);
  }

  async enqueueDocuments(docs: Document[]): Promise<number> {
    for (let i = 0; i < docs.length; i += 500) {
      await this.boss.insert(docs.slice(i, i + 500).map((doc) => ({ name: INGEST_QUEUE, data: { doc } })));
    }
    return docs.length;
  }

  async pending(): Promise<number> {
    return this.boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
  }

  async work(opts: WorkOptions = {}): Promise<{ processed: number; failed: number }> {
    const stats = { processed: 0, failed: 0 };
    const handler = async (jobs: PgBoss.Job<{ doc: Document }>[]) => {
      for (const job of jobs) {
        try {
          const r = await this.handleRetrying(job.data.doc);
          stats.processed++;
          opts.onResult?.(r);
        } catch (err) {
          stats.failed++;
          opts.onError?.(err as Error, job.data?.doc);
          throw err; // pg-boss retries the job
        }
      }
    };
    const n = Math.max(1, opts.concurrency ?? 1);
    for (let i = 0; i < n; i++) await this.boss.work(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handler);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearInterval(timer);
        resolve();
      };
      const timer = setInterval(async () => {
        if (opts.signal?.aborted) return done();
        if (opts.once && (await this.pending().catch(() => 1)) === 0) done();
      }, 300);
      opts.signal?.addEventListener('abort', done, { once: true });
    });
    await this.boss.offWork(INGEST_QUEUE);
    return stats;
  }

  /** the store write is idempotent, so a transient database error is retried in place (with a
   * short backoff) rather than left to the job's expiry */
  private async handleRetrying(doc: Document) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.handle(doc);
      } catch (err) {
        if (attempt >= 5 || !isTransientDbError(err)) throw err;
        await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
      }
    }
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
