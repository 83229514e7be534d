// In an article, "the militants" in a later sentence that names no place of its own may be the armed
// group the report named: a quoted retelling of the blast is the same event, not a second one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const eventsOf = (t: string, published: string) => extract({ id: 't', text: t, published, source: 'reuters.com' }, { geocoder }).events;

const text = [
  'MOGADISHU (Reuters) - At least seven people were killed on Saturday when a car bomb exploded near a busy checkpoint in the Somali capital, police said.',
  'The blast, claimed by al Shabaab, also wounded 12 people, including three soldiers, a police officer told Reuters.',
  '\"The militants drove the car into the checkpoint and detonated it,\" Captain Abdi Ali said.',
  'Al Shabaab has carried out frequent bombings in Mogadishu as part of its insurgency against the federal government.',
  'Last month, the group attacked a hotel in the city, killing 15 people.',
  'The government has vowed to defeat the group by the end of the year.',
].join('\n');

test('a quoted retelling by "the militants" joins the named group\'s bombing', () => {
  const bombs = eventsOf(text, '2024-05-12').filter((e) => e.modality === 'asserted' && e.event_type === 'Explosions/Remote violence');
  assert.equal(bombs.length, 1, JSON.stringify(bombs.map((e) => e.actor1)));
  assert.match(bombs[0].actor1 ?? '', /Shabaab/);
});

test('"militants" with a place of their own stay another act', () => {
  const two = eventsOf(`${text}\nIn Kismayo, militants detonated a roadside bomb on Saturday, killing two soldiers.`, '2024-05-12')
    .filter((e) => e.modality === 'asserted' && e.event_type === 'Explosions/Remote violence');
  assert.equal(two.length, 2);
});
