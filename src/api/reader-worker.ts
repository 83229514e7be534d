// A reader thread: its own read-only connection to the SQLite file, answering the API's read calls
// (queryEvents, aggregates, getEvent) so a slow query never blocks the server's event loop.
// Started by ReaderPool (readers.ts); messages are {id, method, args} → {id, value} | {id, error}.
// queryEventsJson answers with the page already serialized (page-json.ts), its bytes transferred.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../store/db.ts';
import { SqlStore } from '../store/store.ts';
import { InputError } from '../core/types.ts';
import type { EventQuery } from '../core/interfaces.ts';
import { plannedPage } from './planned-reads.ts';
import { pageBytes } from './page-json.ts';

export const READ_METHODS = ['queryEvents', 'queryEventsJson', 'aggregates', 'getEvent'] as const;
export type ReadMethod = (typeof READ_METHODS)[number];

export interface ReadRequest {
  id: number;
  method: ReadMethod;
  args: unknown[];
}

export interface ReadResponse {
  id: number;
  value?: unknown;
  error?: { message: string; input: boolean };
}

/** opens the store without migrating (the serving process did) and refuses writes on this connection */
async function openReader(path: string): Promise<SqlStore> {
  const opened = await openDb(path);
  opened.sqlite?.pragma('query_only = 1');
  // pages of the file mapped into memory instead of a read() call per page, and a larger page
  // cache: a filtered page touches a few hundred table pages (about half its SQLite CPU otherwise)
  opened.sqlite?.pragma('mmap_size = 1073741824');
  opened.sqlite?.pragma('cache_size = -32768');
  return new SqlStore(opened);
}

export async function runReader(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('reader-worker must run in a worker thread');
  const store = await openReader(String(workerData.path));
  port.on('message', async (m: ReadRequest | 'close') => {
    if (m === 'close') {
      await store.close().catch(() => undefined);
      port.close();
      return;
    }
    let out: ReadResponse;
    try {
      if (!(READ_METHODS as readonly string[]).includes(m.method)) throw new Error(`unknown read method ${m.method}`);
      if (m.method === 'queryEventsJson') {
        const bytes = pageBytes(await plannedPage(store, m.args[0] as EventQuery));
        port.postMessage({ id: m.id, value: bytes } satisfies ReadResponse, [bytes.buffer as ArrayBuffer]);
        return;
      }
      const value = m.method === 'queryEvents' ? await plannedPage(store, m.args[0] as EventQuery) : await (store[m.method] as (...a: unknown[]) => Promise<unknown>).apply(store, m.args);
      out = { id: m.id, value };
    } catch (err) {
      const e = err as Error;
      out = { id: m.id, error: { message: String(e?.message ?? e), input: e instanceof InputError } };
    }
    port.postMessage(out);
  });
  port.postMessage({ ready: true });
}
