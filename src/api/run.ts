// Runs the API server until SIGINT/SIGTERM: used by `sitrep serve` and `sitrep start`.
// Prints one line on stdout with the URL; logs go to stderr; the store is closed on the way out.
import type { IngestResult, Store } from '../core/interfaces.ts';
import type { Document } from '../core/types.ts';
import { InputError } from '../core/types.ts';
import { buildServer, type ServerOptions } from './server.ts';
import { ReaderPool, defaultReaders, type Reads } from './readers.ts';
import { ExtractorThread, threadedIngest } from './extractor.ts';
import { plannedReads } from './planned-reads.ts';
import { ResponseCache } from './cache.ts';
import { clusterSize, reportListening, shareCacheClears } from './cluster.ts';

export interface RunOptions {
  store: Store;
  host: string;
  port: number;
  /** the host name printed in the URL (default: host) */
  displayHost?: string;
  apiToken?: string;
  readToken?: string;
  rateLimit?: ServerOptions['rateLimit'];
  logLevel?: ServerOptions['logLevel'];
  /** reader threads over the SQLite file (default: one per core, 2..4); 0 reads on the server's own connection */
  readers?: number;
  /** extract POSTed reports in a worker thread (default true) */
  extractThread?: boolean;
  /** read-response cache lifetime in ms (default 2000; 0 = off) */
  cacheTtlMs?: number;
}

/** the SQLite file behind a store, when reader threads can open it (not :memory:, not PostgreSQL) */
export function sqliteFileOf(store: Store): string | null {
  const opened = (store as unknown as { opened?: { dialect?: string; target?: string } }).opened;
  if (opened?.dialect !== 'sqlite' || !opened.target || opened.target === ':memory:' || opened.target.startsWith('file:')) return null;
  return opened.target;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InputError(`invalid port "${value}": expected 0..65535`);
  return n;
}

/** POST /api/documents → the shared ingest pipeline (extractor loaded on first use) */
export function pipelineIngest(store: Store): (docs: Document[]) => Promise<IngestResult[]> {
  return async (docs) => {
    const { ingestDocuments } = await import('../ingest/pipeline.ts');
    const summary = await ingestDocuments(store, docs, { keepResults: true });
    return summary.results;
  };
}

export async function runServer(o: RunOptions): Promise<number> {
  const file = sqliteFileOf(o.store);
  const nReaders = o.readers ?? defaultReaders();
  const pool = file && nReaders > 0 ? new ReaderPool(file, nReaders) : null;
  const extractor = o.extractThread === false ? null : new ExtractorThread();
  let reads: Reads = plannedReads(o.store);
  if (pool) {
    await pool.ready();
    reads = pool;
  }
  const cache = new ResponseCache(o.cacheTtlMs ?? 2000);
  // sitrep serve --workers: a write in one process makes every process's cached reads stale
  if (clusterSize() > 1) cache.onClear = shareCacheClears(() => cache.clear(false));
  const app = await buildServer({
    cache,
    store: o.store,
    reads,
    ingest: extractor ? threadedIngest(o.store, extractor) : pipelineIngest(o.store),
    apiToken: o.apiToken || undefined,
    readToken: o.readToken || undefined,
    rateLimit: o.rateLimit,
    logLevel: o.logLevel ?? 'warn',
  });
  try {
    await app.listen({ host: o.host, port: o.port });
  } catch (err) {
    await pool?.close().catch(() => undefined);
    await extractor?.close().catch(() => undefined);
    await o.store.close().catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new InputError(`port ${o.port} is already in use (try --port)`);
    if (e.code === 'EACCES') throw new InputError(`no permission to listen on port ${o.port}`);
    throw err;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  // with several workers a writer's next report may land on any of them: load every worker's
  // extractor now rather than on its first report (seconds of gazetteer loading)
  if (clusterSize() > 1 && o.apiToken && extractor) void extractor.warm().catch(() => undefined);
  if (clusterSize() > 1) reportListening(port);
  else process.stdout.write(`sitrep: serving http://${o.displayHost ?? o.host}:${port}\n`);
  if (!o.apiToken && clusterSize() === 1) process.stderr.write('sitrep: write routes are disabled (set SITREP_API_TOKEN to enable POST /api/documents and PATCH /api/events/:id)\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('sitrep: shutting down\n');
  await app.close();
  await pool?.close();
  await extractor?.close();
  await o.store.close();
  return 0;
}
