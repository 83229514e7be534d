import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const run = (text: string) => extract({ id: 'c', text, published: '2024-06-12' }).events;

test('coreference: "the attack" and a follow-up sentence add to the first event', () => {
  const ev = run('Gunmen attacked a bus near Bamako in Mali on Monday, killing four passengers. The attack also wounded a driver, police said.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].fatalities, 4);
});

test('coreference: a second mention with a named weapon refines a generic attack', () => {
  const ev = run('Militants attacked an army post in Niger on Tuesday. The militants fired mortars at the post.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].sub_event_type, 'Shelling/artillery/missile attack');
});

test('coreference: two strikes on two different days stay two events', () => {
  const ev = run('An airstrike hit a market in Yemen on Monday. A separate airstrike hit a farm in Yemen on 3 June 2024.');
  assert.equal(ev.length, 2);
  assert.notEqual(ev[0].event_date, ev[1].event_date);
});

test('coreference: an incident mentioned only as "the incident" never makes an event', () => {
  assert.equal(run('Officials are investigating the incident.').length, 0);
});
