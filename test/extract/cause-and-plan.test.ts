// A riot told with the death that set it off, and arrests made before a protest could happen
// (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const kinds = (text: string) => assertedOf(text, '2024-05-15').map((e) => `${e.event_type}/${e.sub_event_type}`);

test('cause: residents burning a police station after a death in custody are the riot, the death its cause', () => {
  assert.deepEqual(kinds('Angry residents set fire to a police station in Kisumu after a motorcycle taxi driver died in custody.'), ['Riots/Mob violence']);
  assert.deepEqual(kinds('Angry residents set fire to a police station in Kisumu on Monday after a man was shot dead by police.'), ['Riots/Mob violence']);
});

test('cause: a killing told in the same clause as the burning stays the attack', () => {
  assert.deepEqual(kinds('Gunmen killed three villagers and set fire to their houses in Kouré on Monday.'), ['Violence against civilians/Attack']);
});

test('planned protest: supporters arrested ahead of a rally that has not happened are arrests', () => {
  assert.deepEqual(kinds('Police arrested 45 opposition supporters in Dhaka on Saturday ahead of a planned rally.'), ['Strategic developments/Arrests']);
  assert.deepEqual(kinds('Police arrested dozens of opposition activists in Harare on Friday to prevent a planned march.'), ['Strategic developments/Arrests']);
});

test('planned protest: arrests at a protest that took place stay the intervention', () => {
  assert.deepEqual(kinds('Police dispersed a rally in Harare on Friday and arrested 20 people ahead of a planned march on Monday.'), ['Protests/Protest with intervention']);
  assert.deepEqual(kinds('Police arrested 12 protesters after they blocked a road in Harare on Friday.'), ['Protests/Protest with intervention']);
});
