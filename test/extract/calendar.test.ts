// dates/calendar.ts converts day numbers and dates by arithmetic: it must give what Date gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, iso, parseIso, MIN_YEAR, MAX_YEAR } from '../../src/extract/dates/calendar.ts';

const MS_DAY = 86_400_000;
function dateDayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCMonth() !== month - 1) return null;
  return Math.round(d.getTime() / MS_DAY);
}
function dateIso(n: number): string {
  const d = new Date(n * MS_DAY);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

test('dayOf gives the Date day of every date of its years, and null for days a month lacks', () => {
  for (let y = MIN_YEAR - 2; y <= MAX_YEAR + 2; y++) {
    for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
      const got = dayOf(y, m, d);
      if (got !== dateDayOf(y, m, d)) assert.equal(got, dateDayOf(y, m, d), `${y}-${m}-${d}`);
    }
  }
  for (const [y, m, d] of [[2024, 2.5, 1], [NaN, 1, 1], [2024, 1, Infinity], [2000, 2, 29], [1900, 2, 29], [2100, 2, 29]]) assert.equal(dayOf(y, m, d), dateDayOf(y, m, d));
});

test('iso writes every day number as Date does', () => {
  const a = Date.UTC(MIN_YEAR, 0, 1) / MS_DAY - 800, b = Date.UTC(MAX_YEAR, 11, 31) / MS_DAY + 800;
  for (let n = a; n <= b; n++) {
    const got = iso(n);
    if (got !== dateIso(n)) assert.equal(got, dateIso(n), String(n));
  }
  // four-digit years to their ends, years before 1000 and after 9999, parts of days
  for (const n of [-354286, -354285, -400000, -719468, -719469, 2932896, 2932897, 3000000, 0, -1, 0.5, -0.5, 19000.75, 1e9, NaN]) assert.equal(iso(n), dateIso(n), String(n));
});

test('parseIso reads the same date again from its memory', () => {
  assert.equal(parseIso('2024-08-13'), Date.UTC(2024, 7, 13) / MS_DAY);
  assert.equal(parseIso('2024-08-13'), Date.UTC(2024, 7, 13) / MS_DAY);
  assert.equal(parseIso('2024-02-30'), null);
  assert.equal(parseIso('2024-02-30'), null);
  assert.equal(parseIso(' 2024-08-14T10:00:00Z'), Date.UTC(2024, 7, 14) / MS_DAY);
  assert.equal(parseIso(undefined), null);
  assert.equal(parseIso('2024-08-13'), Date.UTC(2024, 7, 13) / MS_DAY);
});
