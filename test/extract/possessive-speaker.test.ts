// A case-sensitive name in the possessive ("Hamas's armed wing") is still the name, and an armed
// group that speaks of "its fighters" owns them (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/extract/actors.ts';
import { assertedOf } from './events-of.ts';
import { sentencesOf } from './helpers.ts';

test('possessive: "Hamas\'s armed wing" names Hamas; "hamas" in lower case still does not', () => {
  assert.deepEqual(findActors(sentencesOf("Hamas's armed wing issued a statement.")[0]).actors.map((a) => a.id), ['hamas']);
  assert.deepEqual(findActors(sentencesOf("The hamas's wing issued a statement.")[0]).actors.map((a) => a.id), []);
});

test('speaker: "Al Shabaab said its fighters killed 12 soldiers" is Al Shabaab\'s act', () => {
  assert.deepEqual(assertedOf('Al Shabaab said on Monday its fighters killed 12 soldiers near Kismayo.', '2024-03-03').map((e) => e.actor1), ['Al Shabaab']);
  assert.deepEqual(assertedOf("Hamas's armed wing said its fighters had destroyed two Israeli tanks in Khan Younis on Sunday.", '2024-03-03').map((e) => e.actor1), ['Hamas Movement']);
});
