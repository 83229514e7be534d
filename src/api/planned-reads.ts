// The API's reads over a SqlStore: its own queryEvents with the page planned from capped match
// counts (planPage/eventPage in src/store/query.ts: a common word or a large box walks the date
// order instead of sorting every match), same rows and cursors as SqlStore.queryEvents. On SQLite
// the page's SQL runs through a per-connection statement cache (Kysely's driver prepares every
// query anew: ~0.15 ms, as much as a typical page itself). Other stores are read as they are.
import type { EventQuery, Store } from '../core/interfaces.ts';
import type { SitrepEvent } from '../core/types.ts';
import { clampLimit, encodeCursor, eventPage, eventPageRows, planPage } from '../store/query.ts';
import { rowToEvent } from '../store/rows.ts';
import type { SqlStore } from '../store/store.ts';
import type { Reads } from './readers.ts';

type Sqlite = import('better-sqlite3').Database;
type Statement = import('better-sqlite3').Statement;
type Row = Parameters<typeof rowToEvent>[0];

const MAX_STATEMENTS = 256;
const statements = new WeakMap<Sqlite, Map<string, Statement>>();

/** the prepared statement for `text` on this connection (least recently used dropped past 256) */
function prepared(sqlite: Sqlite, text: string): Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let st = cache.get(text);
  if (st) {
    cache.delete(text);
  } else {
    st = sqlite.prepare(text);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, st);
  return st;
}

function sqliteOf(store: SqlStore): Sqlite | undefined {
  return (store as unknown as { opened?: { sqlite?: Sqlite } }).opened?.sqlite;
}

async function pageRows(store: SqlStore, q: EventQuery, n: number): Promise<Row[]> {
  const sqlite = store.dialect === 'sqlite' ? sqliteOf(store) : undefined;
  if (!sqlite) return (await eventPageRows(store.db, q, store.dialect, n, { postgis: store.postgis })) as Row[];
  const plan = await planPage(store.db, q, store.dialect);
  const c = eventPage(store.db, q, store.dialect, n, plan).compile();
  return prepared(sqlite, c.sql).all(c.parameters as unknown[]) as Row[];
}

export async function plannedPage(store: SqlStore, q: EventQuery): Promise<{ events: SitrepEvent[]; next_cursor: string | null }> {
  const limit = clampLimit(q.limit);
  const rows = await pageRows(store, q, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { events: page.map(rowToEvent), next_cursor: rows.length > limit && last ? encodeCursor(last.event_date, last.event_id) : null };
}

export function plannedReads(store: Store): Reads {
  const s = store as Partial<SqlStore>;
  if (!s.db || !s.dialect || !(store as object as { opened?: unknown }).opened) return store;
  return {
    queryEvents: (q) => plannedPage(store as SqlStore, q),
    aggregates: (q) => store.aggregates(q),
    getEvent: (id) => store.getEvent(id),
  };
}
