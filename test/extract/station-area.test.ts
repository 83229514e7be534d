// A police station named as the area a village lies in ("under Sonari police station") locates the
// event; the police take no part in it. A station that is attacked stays the police's. Invented notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('station area: "a village under X police station" names no police side', () => {
  const [e] = assertedOf('On 3 May 2021, villagers beat two men and set ablaze a car at Rampur village under Sonari police station (Gaya, Bihar) over a land dispute.');
  assert.equal(e.event_type, 'Riots');
  assert.notEqual(e.inter2, 1);
  assert.ok(!/Police/.test(`${e.actor1} ${e.actor2}`));
});

test('station area: "within X Police Station limits" names no police side either', () => {
  const [e] = assertedOf('On 3 May 2021, a mob set ablaze a shop in Rampur village within Sonari Police Station limits (Gaya, Bihar).');
  assert.ok(!/Police/.test(`${e.actor1} ${e.actor2}`));
});

test('station area: a police station that is attacked is still the police', () => {
  const [e] = assertedOf('On 3 May 2021, a mob attacked the Sonari police station in Gaya (Gaya, Bihar).');
  assert.equal(e.inter2, 1);
});
