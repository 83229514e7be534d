// A change counter for the response cache (cache.ts): on a SQLite store, PRAGMA data_version moves
// when another connection (a reader never writes; `sitrep ingest`, another `serve --workers`
// process) commits, and total_changes() when this connection writes. Equal values mean no row
// changed since they were read. Other stores have none: the cache's ttl alone decides there.
import type { Store } from '../core/interfaces.ts';

type Sqlite = import('better-sqlite3').Database;

export function storeVersion(store: Store): (() => string) | undefined {
  const opened = (store as unknown as { opened?: { dialect?: string; sqlite?: Sqlite } }).opened;
  if (opened?.dialect !== 'sqlite' || !opened.sqlite) return undefined;
  const sqlite = opened.sqlite;
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  const changes = sqlite.prepare('select total_changes()').pluck();
  return () => (sqlite.open ? `${dataVersion.get()}:${changes.get()}` : '');
}
