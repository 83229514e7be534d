// The API's reads over a SqlStore: its own queryEvents with the page planned from capped match
// counts (eventPageRows in src/store/query.ts: a common word or a large box walks the date order
// instead of sorting every match), same rows and cursors as SqlStore.queryEvents. Other stores
// (or anything without a Kysely handle) are read as they are.
import type { EventQuery, Store } from '../core/interfaces.ts';
import type { SitrepEvent } from '../core/types.ts';
import { clampLimit, encodeCursor, eventPageRows } from '../store/query.ts';
import { rowToEvent } from '../store/rows.ts';
import type { SqlStore } from '../store/store.ts';
import type { Reads } from './readers.ts';

export async function plannedPage(store: SqlStore, q: EventQuery): Promise<{ events: SitrepEvent[]; next_cursor: string | null }> {
  const limit = clampLimit(q.limit);
  const rows = await eventPageRows(store.db, q, store.dialect, limit + 1);
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
