// POST /api/documents with the extraction in a worker thread (extract-worker.ts): the store write
// stays on the server's own connection (one writer, same duplicate check and merge as every other
// ingest path), only the CPU-heavy coding moves off the event loop.
import type { Worker } from 'node:worker_threads';
import type { IngestResult, Store } from '../core/interfaces.ts';
import type { Document, Extraction } from '../core/types.ts';
import { contentHash } from '../store/store.ts';
import { tsWorker } from './readers.ts';
import type { ExtractResponse } from './extract-worker.ts';
import type { IngestFn } from './context.ts';

export class ExtractorThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, (r: ExtractResponse) => void>();
  private nextId = 1;
  private closed = false;

  private start(): Promise<void> {
    const w = tsWorker('src/api/extract-worker.ts', 'runExtractor', {});
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      w.once('message', (m: { ready?: boolean }) => (m?.ready ? resolve() : reject(new Error('extraction thread did not start'))));
      w.once('exit', (code) => reject(new Error(`extraction thread exited (${code})`)));
    });
    this.ready.catch(() => undefined);
    w.on('message', (m: ExtractResponse & { ready?: boolean }) => {
      if (m.ready) return;
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    });
    w.on('error', (err) => process.stderr.write(`sitrep extraction thread: ${err.message}\n`));
    // a thread that died (out of memory on one report) fails the reports it held; the next starts a new one
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
      for (const [id, done] of this.pending) done({ id, error: 'the extraction thread exited' });
      this.pending.clear();
    });
    return this.ready;
  }

  /** loads the extractor and gazetteer now instead of on the first report */
  async warm(): Promise<void> {
    if (!this.worker) await this.start();
    else await this.ready;
  }

  async run(doc: Document): Promise<ExtractResponse> {
    if (this.closed) throw new Error('the extraction thread is closed');
    if (!this.worker) await this.start().catch(() => undefined);
    await this.ready!.catch(() => undefined);
    const w = this.worker;
    if (!w) return { id: 0, error: 'the extraction thread could not start' };
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage({ id, doc });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    if (!w) return;
    this.worker = null;
    await w.terminate();
  }
}

/** IngestFn for the API: extraction in `thread`, then the shared pipeline stores the result */
export function threadedIngest(store: Store, thread: ExtractorThread): IngestFn {
  return async (docs: Document[]): Promise<IngestResult[]> => {
    const { ingestDocuments } = await import('../ingest/pipeline.ts');
    const results: IngestResult[] = [];
    for (const doc of docs) {
      // a report already stored is answered by the pipeline's own duplicate check without extraction
      const known = typeof doc?.text === 'string' && (await store.hasDocument(contentHash(doc.text)));
      const done = known || typeof doc?.text !== 'string' || !doc.text.trim() ? null : await thread.run(doc);
      const extract = (d: Document): Extraction => {
        if (!done) throw new Error('no extraction for this report');
        if (done.error !== undefined) throw new Error(done.error);
        return { id: d.id, events: done.events ?? [], mentions: [], warnings: [], language: d.language };
      };
      const summary = await ingestDocuments(store, [doc], { keepResults: true, extract });
      results.push(...summary.results);
    }
    return results;
  };
}
