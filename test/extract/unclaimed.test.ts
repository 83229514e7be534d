// Property burned or smashed by people nobody names is an unidentified group's damage, not a riot (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const coded = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type} / ${e.actor1} / ${e.actor2}`);

test('unclaimed damage: unknown arsonists, a passive burning, unidentified vandals', () => {
  assert.deepEqual(coded('On 6 June 2021, unknown arsonists torched a telecommunications mast in Limassol.'), ['Looting/property destruction / Unidentified Armed Group / Civilians']);
  assert.match(coded('On 6 June 2021, a journalist\'s house was set on fire in Zeta.').join(', '), /^Looting\/property destruction \/ Unidentified Armed Group( \(\w+\))? \/ Civilians/);
  // the owner named as the target is the victim, not the perpetrator
  assert.deepEqual(coded('On 6 June 2021, unidentified individuals vandalised the home of a local councillor in Nikki (Borgou).'), ['Looting/property destruction / Unidentified Armed Group / Civilians']);
});

test('unclaimed damage: a crowd in the report, a police target or people attacked keep it a riot', () => {
  assert.match(coded('On 6 June 2021, an angry crowd torched a bus depot in Kandi (Alibori).')[0] ?? '', /^Mob violence/);
  const prison = coded('On 6 June 2021, inmates rioted at the prison in Kandi (Alibori). Part of the building was set on fire.');
  assert.ok(!prison.some((x) => x.startsWith('Looting')), prison.join(', '));
  assert.ok(!coded('On 6 June 2021, youths hurled Molotov cocktails at a police vehicle in Kandi (Alibori).').some((x) => x.startsWith('Looting')));
  assert.ok(!coded('On 6 June 2021, there was vandalism against people accused of witchcraft in Kandi (Alibori).').some((x) => x.startsWith('Looting')));
});
