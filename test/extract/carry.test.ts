// An agent carried from the sentence before a violent event that names nobody (carry.ts). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const TEXT = [
  'A search by the state police command has begun for six farm workers kidnapped by armed bandits near Kagara.',
  'The workers were abducted from a cassava field on 2 May 2021.',
  'Their employer said he had received no ransom call.',
  'Villagers said the forest was home to several armed camps.',
  'The governor urged residents to remain calm.',
].join(' ');

test('carried agent: the doer of an act told before ("kidnapped by armed bandits") over the searchers', () => {
  const e = extract({ id: 'c', text: TEXT, published: '2021-05-05' }).events.find((x) => x.sub_event_type === 'Abduction/forced disappearance' && x.event_date === '2021-05-02');
  assert.ok(e);
  assert.match(e.actor1 ?? '', /^Unidentified Armed Group/);
});

test('carried agent: a group that controls an area is named, not acting', () => {
  const text = 'Soldiers went to a district controlled by armed bandits near Kagara. A gunfight broke out on 2 May 2021 and two people were wounded. Residents fled. Shops closed. Schools stayed shut.';
  const e = extract({ id: 'd', text, published: '2021-05-05' }).events.find((x) => x.event_type === 'Battles');
  assert.ok(e);
  assert.match(e.actor1 ?? '', /^Military Forces/);
});
