// Associated actors: the group of people behind a generic protester, rioter or civilian side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { COMPOUND_RE, compoundBefore } from '../../src/extract/assoc.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const eventsOf = (text: string) => extract({ id: 't', text, published: '2021-06-10' }, { geocoder }).events;

test('striking workers are protesters whose associated group is Labour Group, and their words are actor1 evidence', () => {
  const [e] = eventsOf('On 8 June 2021, about 300 port workers protested in Mombasa over unpaid wages.');
  assert.equal(e.event_type, 'Protests');
  assert.equal(e.actor1, 'Protesters (Kenya)');
  assert.equal(e.assoc_actor_1, 'Labour Group (Kenya)');
  assert.equal(e.evidence.find((v) => v.field === 'actor1')?.text, 'workers');
});

test('a compound and the groups conjoined around the mention are all named ("teachers and hospital workers")', () => {
  const [e] = eventsOf('On 8 June 2021, teachers and hospital workers demonstrated outside the health ministry in Lusaka.');
  assert.equal(e.event_type, 'Protests');
  assert.equal(e.assoc_actor_1, 'Teachers (Zambia); Health Workers (Zambia)');
});

test('journalists attacked by a mob are civilians with the associated group Journalists', () => {
  const [e] = eventsOf('On 7 June 2021, a mob beat two journalists covering a rally in Kano.');
  assert.equal(e.actor2, 'Civilians (Nigeria)');
  assert.equal(e.assoc_actor_2, 'Journalists (Nigeria)');
});

test('a named armed group or a state force has no associated group; people outside the list have none either', () => {
  const [e] = eventsOf('On 8 June 2021, soldiers clashed with Al Shabaab fighters near Baidoa.');
  assert.equal(e.assoc_actor_1, '');
  assert.equal(e.assoc_actor_2, '');
  const [p] = eventsOf('On 8 June 2021, residents protested in Kisumu against frequent power cuts.');
  assert.equal(p.assoc_actor_1, '');
});

test('workers hit by shelling are civilians without a labour group; workers who protest are one', () => {
  const [e] = eventsOf('On 8 June 2021, Russian artillery shelled a factory in Kharkiv, killing three workers.');
  assert.equal(e.event_type, 'Explosions/Remote violence');
  assert.equal(e.assoc_actor_2, '');
  const [p] = eventsOf('On 8 June 2021, police fired tear gas at striking workers in Harare.');
  assert.equal(p.event_type, 'Protests');
  assert.match(p.assoc_actor_1, /^Labour Group/);
});

test('the compound word before a mention is read from the end as COMPOUND_RE reads it', () => {
  const pieces = ['health', 'media-', 'co-op', 'x', 'état', '12', ',', '.', ' ', '  ', '\t', '\u00a0', '\n', 'and', '-', 'É', 'ab1', '', '\u2003'];
  let checked = 0;
  // every string of up to four pieces
  const walk = (t: string, depth: number) => {
    const slow = COMPOUND_RE.exec(t);
    const fast = compoundBefore(t);
    assert.deepEqual(fast && [fast[1], fast.index], slow && [slow[1], slow.index], JSON.stringify(t));
    checked++;
    if (depth < 4) for (const p of pieces) walk(t + p, depth + 1);
  };
  walk('', 0);
  assert.ok(checked > 100_000);
});
