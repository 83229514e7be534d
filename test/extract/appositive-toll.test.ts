// A count set off by commas as an appositive is the toll of a passive verb ("The mayor's
// bodyguards, two police agents, were also killed"); an age set off the same way is not
// ("Okafor, 28, was shot"). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('appositive toll: "X, two police agents, were also killed" counts two dead', () => {
  const events = assertedOf('On 3 May 2021, in Zacapa, armed men attacked the mayor\'s vehicle. The mayor\'s bodyguards, two police agents, were also killed.');
  assert.equal(events.reduce((n, e) => n + (e.fatalities ?? 0), 0), 2);
});

test('appositive toll: an age between commas is no count', () => {
  const events = assertedOf('On 3 May 2021, gunmen attacked a bar in Zacapa. The owner, 28, was shot in the leg.');
  assert.equal(events.reduce((n, e) => n + (e.fatalities ?? 0), 0), 0);
});
