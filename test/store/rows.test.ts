// eventValues (the bulk importer's positional fast path) gives exactly eventToRow's values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SitrepEvent } from '../../src/core/types.ts';
import { EVENT_COLUMNS, eventToRow, eventValues } from '../../src/store/rows.ts';
import { syntheticEvents } from '../../bench/store.ts';

test('eventValues equals eventToRow (noDoc) column by column, odd inputs included', () => {
  const [base] = [...syntheticEvents(1, 3)];
  const odd: SitrepEvent[] = [
    base,
    // a range wider than the day, extra fields the schema has no column for, a doc id to drop
    { ...base, date_range: ['2021-04-01', '2021-04-09T10:00:00Z'], doc_id: 'doc-9', headline_guess: 'Bridge closed near Fernhollow', tags: ['x'] } as SitrepEvent,
    // values of the wrong type, as a loosely typed CSV could give them
    { ...base, event_date: '2022-07-14T08:30:00Z', fatalities: '12' as unknown as number, latitude: '' as unknown as number, longitude: 'n/a' as unknown as number,
      confidence: Number.NaN, injuries: 4, inter1: undefined as unknown as SitrepEvent['inter1'], actor2: undefined as unknown as null, modality: 'asserted' } as SitrepEvent,
    { ...base, weapons: ['mortar', 'drone'], evidence: [{ field: 'actor1', start: 0, end: 4, text: 'Crew' }], attribution: [{ source: 'Valley Courier' }] } as unknown as SitrepEvent,
  ];
  const now = '2026-12-06T00:00:00.000Z';
  for (const e of odd) {
    const row = eventToRow(e, 'acled', now, { noDoc: true }) as Record<string, unknown>;
    const want = EVENT_COLUMNS.map((c) => row[c] ?? null);
    const got: unknown[] = new Array(EVENT_COLUMNS.length);
    eventValues(e, 'acled', now, got);
    assert.deepEqual(got, want, JSON.stringify(e).slice(0, 80));
  }
});
