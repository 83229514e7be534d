// A brief (a coded note or a short wire item) reports one incident with its consequences; its
// coder's tags ("[size=...]") are no sentences of their own. Notes invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBrief, segment } from '../../src/extract/segment.ts';
import { eventsOf } from './events-of.ts';

test('a wire item of up to four sentences is a brief; a coded note of up to six, its coder tags not counted', () => {
  assert.equal(isBrief(segment('One. Two. Three. Four.')), true);
  // five plain sentences are an article...
  assert.equal(isBrief(segment('One. Two. Three. Four. Five.')), false);
  // ...unless they open on the event's day as a coded note does, or carry a coder's tag
  assert.equal(isBrief(segment('On 2 June 2021, one. Two. Three. Four. Five. Six.')), true);
  assert.equal(isBrief(segment('One. Two. Three. Four. Five. Six. [size=about 40] [coded to Kandi]')), true);
  assert.equal(isBrief(segment('On 2 June 2021, one. Two. Three. Four. Five. Six. Seven.')), false);
});

test('arrests told at the end of a six-sentence riot note are part of the riot', () => {
  const text = 'On 2 June 2021, about 200 residents of Parakou blocked the main road and threw stones at police officers. '
    + 'The crowd burned tyres and a police car. '
    + 'Police responded with tear gas. '
    + 'Two officers were injured. '
    + 'Fourteen people were arrested. [size=about 200]';
  const evs = eventsOf(text);
  assert.deepEqual(evs.map((e) => e.event_type), ['Riots']);
});
