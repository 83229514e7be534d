// Police who speak about a crime, hold its suspects or carry out a court's order are no doers of it.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const perpOf = (text: string, sub: string) => assertedOf(text, '2021-04-01').find((e) => e.sub_event_type === sub)?.actor1;

test('investigators: the speaker of a report on another\'s killing is not its doer', () => {
  assert.equal(perpOf('Police say a fugitive wanted for killing a shop owner in Dayton has been arrested.', 'Attack'), 'Unidentified Armed Group');
  // (the speaker's own act stays the speaker's: a pronoun, "claimed to have", a date after the verb)
  assert.match(perpOf('The army said it killed 20 militants in Borno on Monday.', 'Armed clash') ?? '', /^Military Forces/);
  assert.match(perpOf('The army said on Sunday it had retaken the village of Kuda from the rebels.', 'Government regains territory') ?? '', /^Military Forces/);
});

test('investigators: police who arrest "a suspect in" a crime did not commit it', () => {
  assert.equal(perpOf('Police have arrested a second suspect in the March 3 home invasion on Elm Street where a man was tortured.', 'Attack'), 'Unidentified Armed Group');
  // (an act after a bare "in" is the arresters' own: "arrested two villagers in a raid")
  assert.match(perpOf('Soldiers beat two farmers in a raid on Sunday.', 'Attack') ?? '', /^Military Forces/);
});

test('investigators: "executed search warrants" puts no one to death; "no stranger to law enforcement" did no act', () => {
  assert.deepEqual(assertedOf('On Wednesday, officers of the fraud squad executed five search warrants across the city.', '2021-04-01'), []);
  assert.equal(perpOf('The drifter was no stranger to law enforcement. He stabbed a waitress to death in a motel in Ohio on Monday.', 'Attack'), 'Unidentified Armed Group');
});

test('investigators: the subject of an inquiry into an act did not commit it', () => {
  assert.equal(perpOf('Police are investigating the murder of a human rights lawyer in Kisumu on Monday.', 'Attack'), 'Unidentified Armed Group');
  assert.equal(perpOf('Detectives are looking into the brutal killing of a land activist in Kisumu on Monday.', 'Attack'), 'Unidentified Armed Group');
  // (soldiers acting on what they investigate still act)
  assert.match(perpOf('Soldiers investigating a tip-off killed three militants in Gao on Monday.', 'Armed clash') ?? '', /^Military Forces/);
});

test('investigators: police who recover stolen goods did not steal them', () => {
  assert.deepEqual(assertedOf('On Wednesday, officers of the fraud squad recovered stolen bank notes and a replica handgun.', '2021-04-01').filter((e) => e.sub_event_type === 'Looting/property destruction'), []);
  // (a theft told as one stays: "gunmen stole cattle")
  assert.equal(assertedOf('Gunmen stole cattle in Zamfara on Monday.', '2021-04-01')[0]?.sub_event_type, 'Looting/property destruction');
});
