// An arrest followed by word that the detainee is held out of reach is a forced disappearance (invented reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';
import { disappearanceCue } from '../../src/extract/disappearance.ts';

test('disappearance: the cue', () => {
  assert.ok(disappearanceCue('Her whereabouts remain unknown.'));
  assert.ok(disappearanceCue('His family says his whereabouts are still unknown two weeks later.'));
  assert.ok(disappearanceCue('He is being held incommunicado.'));
  assert.ok(disappearanceCue('The activist has not been seen since.'));
  assert.ok(disappearanceCue('The ministry refused to disclose where he is held.'));
  assert.ok(disappearanceCue('Police denied holding him.'));
  // a known place of detention, a release, or a missing person with no detention: no cue
  assert.ok(!disappearanceCue('He is held at the central prison in the capital.'));
  assert.ok(!disappearanceCue('She was released on bail the next day.'));
  assert.ok(!disappearanceCue('Police said they know the whereabouts of the suspects.'));
});

test('disappearance: an arrest of a defender whose whereabouts are unknown is a forced disappearance', () => {
  const text = 'On 3 June 2021, plain-clothes police officers arrested the lawyer Amina Keita at her home in Bamako. Her whereabouts remain unknown, her family said.';
  const [e] = eventsOf(text);
  assert.equal(e.event_type, 'Violence against civilians');
  assert.equal(e.sub_event_type, 'Abduction/forced disappearance');
  // the same arrest without the cue stays an arrest
  const [a] = eventsOf('On 3 June 2021, plain-clothes police officers arrested the lawyer Amina Keita at her home in Bamako. She was released the next day, her family said.');
  assert.equal(a.sub_event_type, 'Arrests');
});

test('disappearance: the cue of a later, separate event does not reach back to an arrest', () => {
  const text = 'On 3 June 2021, police arrested two students in Bamako. On 4 June 2021, gunmen abducted a trader in Segou. The trader has not been seen since.';
  const es = eventsOf(text);
  const arrest = es.find((e) => e.event_date === '2021-06-03');
  assert.equal(arrest?.sub_event_type, 'Arrests');
});

test('disappearance: a list of abuses naming enforced disappearance is no cue', () => {
  assert.ok(!disappearanceCue('Rights groups accuse the government of arbitrary detention, enforced disappearance and torture.'));
  assert.ok(disappearanceCue('Security agents forcibly disappeared the blogger in March.'));
});
