// Torture of people held, with nobody named for it, is the state's that holds them (sides.ts).
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const attacker = (text: string) => {
  const e = eventsOf(text).find((x) => x.sub_event_type === 'Attack');
  assert.ok(e, 'an attack is coded');
  // (no geocoder here: the country is not named)
  return [(e.actor1 ?? '').replace(/ (?:of|\().*$/, ''), e.inter1];
};

test('custodial torture: the state that holds the victim is the perpetrator', () => {
  assert.deepEqual(attacker('The teachers were tortured in detention in Mandalay on 2 June 2021.'), ['Police Forces', 1]);
  assert.deepEqual(attacker('A blogger was tortured in a prison near Minsk on 2 June 2021.'), ['Police Forces', 1]);
});

test('custodial torture: captives of kidnappers and torture by a named party stay as they were', () => {
  assert.deepEqual(attacker('The abducted traders were tortured in a forest camp near Kaduna on 2 June 2021.'), ['Unidentified Armed Group', 3]);
  assert.deepEqual(attacker('Gunmen tortured two prison visitors near Kaduna on 2 June 2021.'), ['Unidentified Armed Group', 3]);
});
