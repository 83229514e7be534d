// A neighbouring sentence's violence or policing belongs to its own scene when it opens on another
// place ("In Eldoret, demonstrators looted shops") (invented reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const kinds = (text: string) => extract({ id: 't', text, published: '2024-06-25' }, { geocoder }).events.filter((e) => e.modality === 'asserted').map((e) => e.sub_event_type);
// (an article, not a brief: a brief's later sentences elaborate its one incident)
const article = (middle: string) => ['NAIROBI (Reuters) - Thousands marched in Nairobi on Tuesday against a finance bill.', 'The marchers sang and waved flags.', middle, 'The bill goes to a vote next week.', 'Officials did not comment.'].join('\n\n');

test('scene: looting told "In Eldoret, ..." does not turn the Mombasa protest before it into a riot', () => {
  assert.deepEqual(kinds(article('Protests also took place in Mombasa. In Eldoret, demonstrators looted shops and blocked the main highway.')).slice(1), ['Peaceful protest', 'Violent demonstration']);
});

test('scene: the same town named again keeps the violence in the protest', () => {
  assert.deepEqual(kinds('Protests took place in Mombasa on Tuesday. In Mombasa, demonstrators looted shops.').slice(0, 1), ['Violent demonstration']);
  assert.deepEqual(kinds('Protests took place in Mombasa on Tuesday. Demonstrators looted shops.').slice(0, 1), ['Violent demonstration']);
});
