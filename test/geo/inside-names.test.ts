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
