// An article whose headline tells no gathering reports an act; the peaceful protests it tells are
// reactions to it and rank below it. A headline that tells a gathering keeps the protest on top, and
// a document without a headline is left as it was. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { headlineNamesProtest } from '../../src/extract/headline.ts';

const BODY = [
  'Police in Bamenda arrested the radio presenter Joseph Tabe at his studio on 4 April 2022.',
  'His station said he had been questioned about a phone-in programme.',
  'The communications minister declined to comment.',
  'On 5 April 2022 hundreds of listeners marched peacefully through Bamenda with his photograph, calling for his release.',
  'A court hearing is set for next week.',
].join(' ');

const confidenceOf = (title: string | undefined, sub: string) => {
  const events = extract({ id: 'p', text: BODY, published: '2022-04-06', title }).events;
  return events.find((e) => e.sub_event_type === sub)!.confidence;
};

test('protest aside: with a headline that tells no gathering, the march ranks below the arrest', () => {
  const title = 'Cameroon radio presenter held over phone-in show';
  assert.ok(confidenceOf(title, 'Peaceful protest') < confidenceOf(title, 'Arrests'), `${confidenceOf(title, 'Peaceful protest')} vs ${confidenceOf(title, 'Arrests')}`);
  assert.ok(confidenceOf(title, 'Peaceful protest') < confidenceOf('Listeners march for jailed Bamenda presenter', 'Peaceful protest'));
});

test('protest aside: a document without a headline keeps its protest score', () => {
  assert.ok(confidenceOf(undefined, 'Peaceful protest') > confidenceOf('Cameroon radio presenter held over phone-in show', 'Peaceful protest'));
});

test('protest aside: headlines that tell a gathering', () => {
  for (const t of ['Listeners march for jailed presenter', 'Nurses strike over unpaid wages', 'Students rally outside parliament']) assert.ok(headlineNamesProtest(t), t);
  for (const t of ['Radio presenter held over phone-in show', 'Court frees editor on bail']) assert.ok(!headlineNamesProtest(t), t);
});
