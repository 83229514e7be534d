// `sitrep worker [--db postgres://…] [--concurrency N] [--once]`: works the ingest queue.
// PostgreSQL: any number of these on any number of machines share one pg-boss queue. SQLite: works
// the jobs table of that file in this process.
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Document } from '../../core/types.ts';

const command: Command = {
  summary: 'process queued ingest jobs (PostgreSQL: many workers; SQLite: in-process)',
  usage: `Usage: sitrep worker [--db DB] [--concurrency N] [--once]
       sitrep worker --enqueue <file|dir|->... [--db DB] [--published D] [--source S]

  --db           SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)
  --concurrency  jobs worked at once by this process (default 2)
  --once         exit when the queue is empty instead of waiting for more jobs
  --enqueue      put the documents of these inputs (.txt, .html, .jsonl, folders of them) on the
                 queue for the workers, then exit`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      once: { type: 'boolean', default: false },
      enqueue: { type: 'boolean', default: false },
      published: { type: 'string' },
      source: { type: 'string' },
    });
    if (values.enqueue) return enqueue(values.db, positionals, { published: isoDate(values.published, '--published'), source: values.source });
    if (positionals.length) throw new InputError('worker takes no inputs (did you mean --enqueue?)');
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new InputError('--concurrency must be an integer 1..64');
    const { openStore } = await import('../../store/index.ts');
    const { openQueue } = await import('../../store/queue.ts');
    const { loadExtractor } = await import('../extractor.ts');
    const store = await openWaiting(openStore, values.db);
    const extract = await loadExtractor();
    // the shared ingest pipeline (language check, failures stored as failed) when it is present
    let handle: ((doc: Document) => Promise<import('../../core/interfaces.ts').IngestResult>) | undefined;
    try {
      const pipeline = await import('../../ingest/pipeline.ts');
      if (typeof pipeline.ingestOne === 'function') handle = (doc) => pipeline.ingestOne(store, doc, extract);
    } catch {
      /* the store's own handler */
    }
    const queue = await openQueue(store, extract, { handle });
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    process.stderr.write(`sitrep worker: working ${store.dialect} queue with concurrency ${concurrency}${values.once ? ' until empty' : ''}\n`);
    try {
      const stats = await queue.work({
        concurrency,
        once: values.once,
        signal: abort.signal,
        onResult: (r) => process.stderr.write(`sitrep worker: ${r.doc_id}: ${r.status} (+${r.events_created} new, ${r.events_merged} merged)\n`),
        onError: (err, doc) => process.stderr.write(`sitrep worker: ${doc?.id ?? 'job'}: ${err.message}\n`),
      });
      process.stderr.write(`sitrep worker: ${stats.processed} processed, ${stats.failed} failed\n`);
      return stats.failed > 0 && values.once ? 1 : 0;
    } finally {
      await queue.close();
      await store.close();
    }
  },
};
/** opens the store; on PostgreSQL a worker started while the server is down or restarting waits
 * for it (backoff up to 60 s) instead of exiting, as a running worker does */
async function openWaiting<T>(open: (db?: string) => Promise<T>, db: string | undefined): Promise<T> {
  const { isPostgres } = await import('../../store/db.ts');
  if (!isPostgres(db || process.env.SITREP_DB || '')) return open(db);
  const { withDbRetry } = await import('../../store/queue-pg.ts');
  return withDbRetry('open', () => open(db), 60_000);
}

/** reads the inputs (one bad file is reported and skipped) and enqueues their documents */
async function enqueue(db: string | undefined, inputs: string[], opts: { published?: string; source?: string }): Promise<number> {
  if (inputs.length === 0) throw new InputError('--enqueue needs at least one file, folder or -');
  const { readDocuments } = await import('../../ingest/documents.ts');
  const files: string[] = [];
  for (const p of inputs) {
    let isDir = false;
    try {
      isDir = p !== '-' && statSync(p).isDirectory();
    } catch {
      throw new InputError(`cannot read ${p}`);
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    for (const f of readdirSync(p).sort()) {
      if (/\.(txt|html?|jsonl)$/i.test(f)) files.push(join(p, f));
    }
  }
  const docs: Document[] = [];
  for (const f of files) {
    try {
      const batch = readDocuments(f, opts);
      for (const e of batch.errors) process.stderr.write(`sitrep worker: skipped ${e.message}\n`);
      docs.push(...batch.documents);
    } catch (err) {
      process.stderr.write(`sitrep worker: skipped ${f}: ${(err as Error).message}\n`);
    }
  }
  const { openStore } = await import('../../store/index.ts');
  const { openQueue } = await import('../../store/queue.ts');
  const store = await openStore(db);
  try {
    const queue = await openQueue(store, () => {
      throw new Error('enqueue only');
    });
    const n = await queue.enqueueDocuments(docs);
    process.stderr.write(`sitrep worker: ${n} documents queued (${await queue.pending()} pending)\n`);
    await queue.close();
    return 0;
  } finally {
    await store.close();
  }
}

export default command;
