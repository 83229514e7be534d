// A toll that "rose to" a figure after a longer subject is the act's dead (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from '../../src/extract/casualties.ts';
import { segment } from '../../src/extract/segment.ts';

const counts = (text: string) => findCasualties({ id: 't', text, published: '2024-05-15' }, segment(text)).map((c) => `${c.type}:${c.count}`);

test('toll rise: the figure a toll rose to, past a longer subject', () => {
  assert.deepEqual(counts("The death toll from Sunday's attack in Tillaberi rose to 34, officials said."), ['killed:34']);
  assert.deepEqual(counts('The toll from the attack has risen to 12.'), ['killed:12']);
  assert.deepEqual(counts('The death toll rose to five by the evening.'), ['killed:5']);
});

test('toll rise: a toll road or a toll with no figure is no casualty', () => {
  assert.deepEqual(counts('Trucks paid the toll at the bridge 3 times.'), []);
  assert.deepEqual(counts('The toll from the attack was not known.'), []);
});
