// A past verb of a noun trigger ("its forces repelled") is a new act, not a reference back
// (invented report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

test('"its forces repelled 14 attacks near Pokrovsk" is a fight of its own, not the Odesa strike told before', () => {
  const text = [
    'KYIV, June 10 (Reuters) - A missile hit a residential building in Odesa, killing four people and injuring 12, the governor said.',
    'The city\'s mayor said rescuers were still searching the rubble.',
    'Schools in the city were closed for the day.',
    'Ukraine\'s military said its forces repelled 14 Russian attacks near Pokrovsk in the Donetsk region over the past day.',
    'Officials did not say how many troops were lost.',
  ].join('\n\n');
  const evs = extract({ id: 't', text, published: '2024-06-10' }).events.filter((e) => e.modality === 'asserted');
  const kinds = evs.map((e) => e.event_type).sort();
  assert.deepEqual(kinds, ['Battles', 'Explosions/Remote violence']);
  assert.equal(evs.find((e) => e.event_type === 'Explosions/Remote violence')?.fatalities, 4);
});
