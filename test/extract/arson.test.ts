// Fire bombs thrown at things with nobody hurt are property destruction (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => e.sub_event_type);

test('arson: a Molotov cocktail thrown at a store by two people, nobody hurt, is property destruction', () => {
  assert.deepEqual(kinds('On 4 May 2021, in Kandi (Alibori), a pair of people threw Molotov cocktails at a store. Neither fatalities nor injuries reported.'), ['Looting/property destruction']);
});

test('arson: a fire bomb that hurts someone, or is thrown at a named person\'s house, stays an attack', () => {
  assert.deepEqual(kinds('On 4 May 2021, in Kandi (Alibori), unknown men threw a petrol bomb at a store, injuring the owner.'), ['Attack']);
});
