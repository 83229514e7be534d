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

test('a crowd that sets fire to property riots; at a demonstration it is a violent demonstration', () => {
  assert.match(coded('On 6 June 2021, an angry crowd set fire to a bus depot in Kandi (Alibori).')[0] ?? '', /^Mob violence/);
  assert.match(coded('On 6 June 2021, protesters demanding fuel subsidies set fire to the town hall in Kandi (Alibori).')[0] ?? '', /^Violent demonstration/);
  // soldiers burning homes remain property destruction by the army
  assert.match(coded('On 6 June 2021, soldiers set fire to homes in Kandi (Alibori).')[0] ?? '', /^Looting\/property destruction/);
});
