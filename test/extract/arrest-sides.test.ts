// ACLED codes the arresting side as actor1 of an Arrests event; civilians and protesters never are
// that side, so a civilian taken as the arrest's agent is the person arrested. Invented notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const arrestOf = (text: string) => extract({ id: 't', text, published: '2020-08-12' }).events.find((e) => e.sub_event_type === 'Arrests');

test('arrests: people "detained in a sweep" are the ones arrested, the police arrested them', () => {
  const e = arrestOf('A press freedom group on Monday demanded the release of twelve journalists detained in a sweep in Lagos.');
  assert.ok(e);
  assert.equal(e.inter1, 1);
  assert.match(e.actor1 ?? '', /^Police Forces of/);
  assert.equal(e.inter2, 7);
});

test('arrests: "the most senior person arrested under the law" is the arrested civilian', () => {
  const e = arrestOf('The opposition politician became the most senior person arrested under the new sedition law on Friday in Harare.');
  assert.ok(e);
  assert.equal(e.inter1, 1);
});
