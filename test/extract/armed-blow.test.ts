// A weak word of force ("hit", "striking") that armed men aim at an armed target or with a weapon is
// an act even when the sentence tells no date of its own; the same words without those stay weak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const asserted = assertedOf;

test('armed men striking an armed target or hitting with a weapon is an attack, dated or not', () => {
  assert.equal(asserted('Russian warplanes are striking Islamic State positions in Raqqa.')[0]?.event_type, 'Explosions/Remote violence');
  assert.equal(asserted('Houthi fighters have hit army positions in Marib with a ballistic missile.')[0]?.event_type, 'Explosions/Remote violence');
});

test('weak words without an armed doer, an armed target or a weapon stay no event', () => {
  assert.equal(asserted('The storm is striking coastal towns in Mozambique.').length, 0);
  assert.equal(asserted('The regime responded to the protests in Minsk.').filter((e) => e.event_type === 'Battles').length, 0);
});

test('"repelled an attack by X": X is the other side of the fight', () => {
  const [e] = asserted('The army said it had repelled an attack by the RSF on its headquarters in El Obeid on Monday.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.actor1, e.actor2].map((x) => (x ?? '').replace(/ of Sudan$/, '')).sort(), ['Military Forces', 'Rapid Support Forces']);
});
