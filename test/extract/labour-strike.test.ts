// A workers' strike is a protest (ACLED: Protests), not an attack; "Earlier," opening a sentence tells
// a recent act, not history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const asserted = assertedOf;

test('teachers staging a strike, workers stopping work or downing tools protest', () => {
  for (const text of [
    'Teachers staged a strike in Accra on Tuesday.',
    'Hundreds of employees stopped work at the plant in Lagos on Tuesday over unpaid wages.',
    'Dock workers downed tools in Durban on Tuesday.',
    'The strike by nurses at the main hospital in Kisumu entered its second day on Tuesday.',
  ]) assert.equal(asserted(text)[0]?.event_type, 'Protests', text);
});

test('a strike with arms in its sentence stays an attack', () => {
  assert.equal(asserted('A drone strike hit a truck carrying workers near Sanaa on Tuesday, killing four.')[0]?.event_type, 'Explosions/Remote violence');
});

test('"Earlier," and "Earlier on Tuesday" open a recent act; "the earlier attack" is a reference', () => {
  assert.equal(asserted('Earlier, soldiers shelled a village near Kadugli with artillery.')[0]?.event_type, 'Explosions/Remote violence');
  assert.equal(asserted('Earlier on Tuesday, soldiers shelled a village near Kadugli.')[0]?.event_type, 'Explosions/Remote violence');
});
