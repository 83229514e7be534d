// Places written inside longer names that are given as toponyms: which of the names inside is meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from './resolve-spans.ts';

test('a town written after the institution word ("Dunmore College Cambridge") is where the institution is, not the name before it', () => {
  const text = 'The fund manager, who read history at Dunmore College Cambridge, now works from an office in London. London traders were calm on Monday.';
  const d = resolve(text, ['Dunmore College Cambridge', 'London']).find((x) => x.name === 'Dunmore College Cambridge');
  assert.equal(d?.r?.name, 'Cambridge', `${d?.r?.name}, ${d?.r?.country_code}`);
  assert.equal(d?.r?.country_code, 'GB');
});

test('a name before a venue word and the town it is in ("the Paramount cinema in Halifax") is the venue, in that town', () => {
  // Paramount is also a city in California
  const text = 'My grandparents first met at the Paramount cinema in Halifax, and they later moved to Huddersfield.';
  const p = resolve(text, ['Paramount', 'Halifax', 'Huddersfield']).find((x) => x.name === 'Paramount');
  assert.equal(p?.r?.name, 'Halifax', `${p?.r?.name}, ${p?.r?.country_code}`);
});

test('a square or park we know only as another name of a far town ("Washington Square") is that feature where the report is', () => {
  // GeoNames lists "Washington Square" only as another name of Franklin Square, New York
  const text = 'Vendors set up stalls around Washington Square on Saturday. The square sits two blocks from the river in Natchez, and Natchez police closed the nearby streets.';
  const w = resolve(text, ['Washington Square', 'Natchez']).find((x) => x.name === 'Washington Square');
  assert.equal(w?.r?.name, 'Natchez', `${w?.r?.name}, ${w?.r?.admin1}`);
});
