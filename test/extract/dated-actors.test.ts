// A group that took power is coded as the state's forces from that day on (ACLED: the Taliban after
// 2021-08-15 are the Military Forces of Afghanistan (2021-), inter 1). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('dated actors: the Taliban in power are state forces, and their detentions are arrests', () => {
  const [ev] = assertedOf('Taliban fighters detained two radio reporters in Herat on Tuesday.', '2022-03-10');
  assert.equal(ev.sub_event_type, 'Arrests');
  assert.equal(ev.actor1, 'Military Forces of Afghanistan (2021-)');
  assert.equal(ev.inter1, 1);
  const [beat] = assertedOf('Taliban fighters whipped a shopkeeper in Kandahar on Monday.', '2022-03-10');
  assert.equal(beat.actor1, 'Military Forces of Afghanistan (2021-)');
  assert.equal(beat.inter1, 1);
  // (the movement's name for its government is no United Arab Emirates)
  const [own] = assertedOf('"Mujahideen of Islamic Emirate of Afghanistan arrested five smugglers in Herat," a spokesman wrote on Sunday.', '2022-03-10');
  assert.equal(own.actor1, 'Military Forces of Afghanistan (2021-)');
});

test('dated actors: before the fall of Kabul, and in an act dated then, the Taliban stay a rebel group', () => {
  const [ev] = assertedOf('Taliban fighters stormed a police checkpoint in Kunduz on Tuesday, killing four officers.', '2020-09-10');
  assert.equal(ev.actor1, 'Taliban');
  assert.equal(ev.inter1, 2);
  const old = assertedOf('On 3 May 2019, Taliban fighters abducted a district official in Ghazni.', '2022-03-10').find((e) => e.event_date === '2019-05-03');
  assert.ok(old);
  assert.equal(old.actor1, 'Taliban');
  assert.equal(old.sub_event_type, 'Abduction/forced disappearance');
});
