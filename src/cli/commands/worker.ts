// `sitrep worker [--db postgres://…] [--concurrency N] [--once]`: works the ingest queue.
// PostgreSQL: any number of these on any number of machines share one pg-boss queue. SQLite: works
// the jobs table of that file in this process.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError, type Document } from '../../core/types.ts';

const command: Command = {
  summary: 'process queued ingest jobs (PostgreSQL: many workers; SQLite: in-process)',
  usage: `Usage: sitrep worker [--db DB] [--concurrency N] [--once]

  --db           SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)
  --concurrency  jobs worked at once by this process (default 2)
  --once         exit when the queue is empty instead of waiting for more jobs`,
  async run(args) {
    const { values } = parse(args, {
      db: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      once: { type: 'boolean', default: false },
    });
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new InputError('--concurrency must be an integer 1..64');
    const { openStore } = await import('../../store/index.ts');
    const { openQueue } = await import('../../store/queue.ts');
    const { loadExtractor } = await import('../extractor.ts');
    const store = await openStore(values.db);
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
export default command;
