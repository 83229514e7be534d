// In a coded note, police or soldiers among an attack's dead make the attack a fight with them
// (ACLED: a battle), not violence against civilians. Invented notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('armed dead: "Two police agents were also killed" turns an attack on a mayor into a battle with the police', () => {
  const events = assertedOf('On 3 May 2021, in Zacapa, armed men intercepted the mayor\'s vehicle and shot him dead. Two police agents were also killed.');
  assert.equal(events.length, 1);
  assert.equal(events[0].event_type, 'Battles');
  assert.equal(events[0].inter2, 1);
});

test('armed dead: an attack that kills only civilians stays an attack on civilians', () => {
  const [e] = assertedOf('On 3 May 2021, in Zacapa, armed men intercepted the mayor\'s vehicle and shot him dead. His two sons were also killed.');
  assert.equal(e.event_type, 'Violence against civilians');
});
