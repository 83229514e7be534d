// A blockade laid by armed men is no demonstration; one laid by a crowd is (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type} / ${e.actor1}`);

test('blockade: soldiers or an armed group blockading a town is a strategic development, led by them', () => {
  const a = kinds('On 6 June 2021, the army imposed a blockade on the rebel-held town of Kaga Bandoro, cutting off food supplies.');
  assert.equal(a.length, 1, a.join(', '));
  assert.match(a[0], /^Strategic developments \/ Other \/ Military Forces/);
  const b = kinds('On 6 June 2021, Houthi forces blockaded the main road into Taiz city.');
  assert.match(b[0] ?? '', /^Strategic developments \/ Other \/ .*Houthi/);
});

test('blockade: a crowd blocking a road is still a protest, and police blocking marchers its intervention', () => {
  assert.match(kinds('On 6 June 2021, truck drivers blockaded the main road into Cotonou to protest new tolls.')[0] ?? '', /^Protests \/ Peaceful protest/);
  const k = kinds('On 6 June 2021, police blocked hundreds of protesters marching towards parliament in Kampala.');
  assert.ok(k.length > 0 && k.every((x) => x.startsWith('Protests')), k.join(', '));
});
