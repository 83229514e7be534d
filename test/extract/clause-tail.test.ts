// A closing attribution (", a local elder said.") is a clause of its own: the speaker is no party
// to the act; and a protest only called for in the next sentence makes no act a protest. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauses, WORD_FLAGS } from '../../src/extract/clauses.ts';
import { segment } from '../../src/extract/segment.ts';
import { eventsOf } from './events-of.ts';

test('clauses: a closing ", a local elder said." is its own clause', () => {
  const [s] = segment('Gunmen raided the market in the town when police returned fire, a local elder said.');
  const ids = clauses(s);
  const at = (w: string) => ids[s.tokens.findIndex((t) => t.norm === w)];
  assert.notEqual(at('local'), at('returned'));
  assert.equal(at('elder'), at('said'));
});

test('clauses: a reporting verb deep inside the sentence does not cut its tail', () => {
  const [s] = segment('Police said on Monday that gunmen raided the market, killing two traders and wounding three.');
  const ids = clauses(s);
  const at = (w: string) => ids[s.tokens.findIndex((t) => t.norm === w)];
  assert.equal(at('killing'), at('wounding'));
});

test('attribution tail: the speaker of a closing attribution is not the target of a return of fire', () => {
  const events = eventsOf('Militants stormed an army post near the border on Tuesday, killing two soldiers, and one attacker died when the troops returned fire, a local elder said.');
  assert.ok(events.length >= 1);
  assert.ok(events.every((e) => e.event_type === 'Battles'), JSON.stringify(events.map((e) => [e.event_type, e.actor1, e.actor2])));
});

test('protest cue: an arrest beside a protest only called for stays an arrest', () => {
  const events = eventsOf('Police arrested the editor of an independent newspaper at his office in the capital on Wednesday. His union called for protests on Friday.');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Arrests']);
});

test('protest cue: an arrest beside a protest held is an intervention', () => {
  const events = eventsOf('Police arrested the editor of an independent newspaper at his office in the capital on Wednesday. Hundreds of journalists protested outside the station.');
  assert.ok(events.some((e) => e.sub_event_type === 'Protest with intervention'), JSON.stringify(events.map((e) => e.sub_event_type)));
});

test('attribution set off inside the sentence: the speaker is not the target of the attack told before it', () => {
  const [e] = eventsOf('Rebels fired a rocket at a cargo ship off the coast on Monday, the French navy said, but it caused no damage.');
  assert.ok(!/France/.test(e.actor2 ?? ''), JSON.stringify([e.actor1, e.actor2]));
  const [s] = segment('Rebels fired a rocket at a cargo ship on Monday, the French navy said, but it caused no damage.');
  const ids = clauses(s);
  const at = (w: string) => ids[s.tokens.findIndex((t) => t.norm === w)];
  assert.notEqual(at('navy'), at('ship'));
  assert.notEqual(at('navy'), at('damage'));
});

test('clauses: every listed clause word has two letters or more (one-character tokens skip the lookup)', () => {
  assert.ok(WORD_FLAGS.size > 30);
  for (const w of WORD_FLAGS.keys()) assert.ok(w.length > 1, w);
  // punctuation still opens clauses, and a relative clause still resumes the main one after its comma
  const [s] = segment('Troops, who had arrived; fired shells: militants — and police — fled, which witnesses said that rebels saw.');
  const ids = clauses(s);
  const at = (w: string) => ids[s.tokens.findIndex((t) => t.norm === w)];
  assert.notEqual(at('fired'), at('troops'));
  assert.notEqual(at('militants'), at('fired'));
  assert.notEqual(at('who'), at('troops'));
});
