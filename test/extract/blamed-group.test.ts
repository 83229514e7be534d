// The armed group a report blames is the doer when no armed doer is named (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const doers = (text: string) => assertedOf(text, '2024-06-12').map((e) => e.actor1);

test('blame: "officials blamed al-Shabaab for a mortar attack" codes al-Shabaab', () => {
  assert.deepEqual(doers('Officials blamed al-Shabaab for a mortar attack on Mogadishu airport on Tuesday.'), ['Al Shabaab']);
});

test('blame: ", police said, blaming Boko Haram" after the blast codes Boko Haram', () => {
  assert.match(doers('A bomb blast at a market in Maiduguri killed 12 people on Tuesday, police said, blaming Boko Haram.')[0] ?? '', /^Boko Haram/);
});

test('blame: a named armed doer is kept; blaming the opposition names no doer', () => {
  assert.deepEqual(doers('Houthi forces fired a missile at Marib on Tuesday, and officials blamed al-Shabaab for nothing.').slice(0, 1), ['Military Forces of Yemen (2016-) Houthi']);
  assert.match(doers('A bomb exploded at a market in Lahore on Tuesday, and the minister blamed the opposition.')[0] ?? '', /^Unidentified Armed Group/);
});
