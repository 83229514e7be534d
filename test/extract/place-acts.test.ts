// A demonym or a country beside a noun of killing or kidnapping says where the acts happen, not
// who does them (objects.ts actByPlace, countryExperiencer). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const actor1 = (text: string, sub: string) => {
  const e = eventsOf(text).find((x) => x.sub_event_type === sub);
  assert.ok(e, `${sub} is coded`);
  return e.actor1 ?? '';
};

test('a demonym before an act noun is no state force', () => {
  assert.doesNotMatch(actor1('Nigerian kidnappings climbed again on 2 June 2021 as villagers were taken near Zaria.', 'Abduction/forced disappearance'), /Military Forces/);
  assert.doesNotMatch(actor1('Mexican killings reached a new high on 2 June 2021 in Culiacan.', 'Attack'), /Military Forces/);
});

test('a demonym before a force word or a strike noun still names the state', () => {
  assert.equal(actor1('Nigerian troops killed four bandits near Zaria on 2 June 2021.', 'Armed clash'), 'Military Forces of Nigeria');
  assert.equal(actor1('Nigerian police arrested six suspects near Zaria on 2 June 2021.', 'Arrests'), 'Police Forces of Nigeria');
  assert.match(actor1('Israeli airstrikes hit a house in Rafah on 2 June 2021.', 'Air/drone strike'), /Military Forces of Israel/);
});

test('a country that suffers or sees a wave of kidnappings is not the kidnapper', () => {
  assert.doesNotMatch(actor1('Haiti struggles with a wave of kidnappings that emptied the roads on 2 June 2021.', 'Abduction/forced disappearance'), /Military Forces|Police Forces/);
  assert.doesNotMatch(actor1('Nigeria has seen a rise in killings near Zaria since 2 June 2021.', 'Attack'), /Military Forces|Police Forces/);
  // a verb of doing keeps the country as the doer
  assert.match(actor1('Myanmar carried out killings of villagers in Sagaing on 2 June 2021.', 'Attack'), /Military Forces of Myanmar/);
});

test('a demonym before an act noun, with no place named, gives the act its country', () => {
  const e = eventsOf('Nigerian kidnappings climbed again on 2 June 2021 as villagers were taken from their farms.').find((x) => x.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(e);
  assert.equal(e.country, 'Nigeria');
  assert.doesNotMatch(e.actor1 ?? '', /Military Forces/);
});
