// What every API plugin receives: the store handle, the auth config and the ingest function.
import type { IngestResult, Store } from '../core/interfaces.ts';
import type { Document, SitrepEvent } from '../core/types.ts';
import type { AuthConfig } from './auth.ts';
import type { ResponseCache } from './cache.ts';
import type { Reads } from './readers.ts';

/** extract + geocode + store a batch of documents (src/ingest/pipeline.ts in production) */
export type IngestFn = (docs: Document[]) => Promise<IngestResult[]>;

/** the store's audited edit, when the store provides one (SQLite store: recordEdit) */
export type RecordEditFn = (eventId: string, patch: Partial<SitrepEvent>, user: string) => Promise<unknown>;

export interface ApiContext {
  store: Store;
  /** where GET routes read: the store itself, or a pool of reader threads over its SQLite file */
  reads: Reads;
  auth: AuthConfig;
  ingest?: IngestFn;
  /** read-response micro-cache; cleared by every write */
  cache: ResponseCache;
}

export function recordEditOf(store: Store): RecordEditFn | null {
  const fn = (store as unknown as { recordEdit?: RecordEditFn }).recordEdit;
  return typeof fn === 'function' ? fn.bind(store) : null;
}
