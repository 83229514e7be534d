// The HRDsAttack gold writes its dates as annotators typed them; the scorer must read them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenPlace, goldCountry, goldDatePart, perpetratorInter, perpetratorIsState } from '../../src/eval/sets/hrdsattack.ts';

test('gold months are read as numbers, names and misspelt names', () => {
  assert.equal(goldDatePart('07', 'month'), 7);
  assert.equal(goldDatePart('3.0', 'month'), 3);
  assert.equal(goldDatePart('September', 'month'), 9);
  assert.equal(goldDatePart('Septmber', 'month'), 9);
  assert.equal(goldDatePart('unknown', 'month'), 0);
  assert.equal(goldDatePart('N//A', 'month'), 0);
  assert.equal(goldDatePart(null, 'month'), 0);
});

test('gold years and days out of range count as not given', () => {
  assert.equal(goldDatePart('2020.0', 'year'), 2020);
  assert.equal(goldDatePart('None', 'year'), 0);
  assert.equal(goldDatePart('21.0', 'date'), 21);
  assert.equal(goldDatePart('1839.0', 'date'), 0);
  assert.equal(goldDatePart('Unknown', 'date'), 0);
});

test('the perpetrator of a protest event is the force that intervened, elsewhere actor1', () => {
  assert.equal(perpetratorInter({ event_type: 'Protests', inter1: 6, inter2: 1 }), 1);
  assert.equal(perpetratorInter({ event_type: 'Protests', inter1: 6, inter2: 0 }), 6);
  assert.equal(perpetratorInter({ event_type: 'Violence against civilians', inter1: 3, inter2: 7 }), 3);
});

test('gold countries typed as aliases, demonyms, full names or with one slip are the country', () => {
  assert.equal(goldCountry('USA'), 'United States');
  assert.equal(goldCountry('United States of America'), 'United States');
  assert.equal(goldCountry("People's Republic of China"), 'China');
  assert.equal(goldCountry('Kenyan'), 'Kenya');
  assert.equal(goldCountry('Scotland'), 'United Kingdom');
  assert.equal(goldCountry('the Netherlands'), 'Netherlands');
  assert.equal(goldCountry('Venezuella'), 'Venezuela');
  assert.equal(goldCountry('Atlantis'), 'Atlantis');
  assert.equal(goldCountry('Iraq'), 'Iraq');
});

test('placeholders in the gold region are not places', () => {
  for (const v of ['unknown', 'Unknown', 'N/a', 'NA', 'None', '', null]) assert.equal(givenPlace(v), false, String(v));
  assert.equal(givenPlace('Kano State'), true);
});

test('state forces acting abroad (inter 8) are state perpetrators; other external forces are not', () => {
  const ev = (actor1: string, inter1: number) => ({ event_type: 'Violence against civilians', inter1, inter2: 7, actor1, actor2: 'Civilians (Mali)' }) as Parameters<typeof perpetratorIsState>[0];
  assert.equal(perpetratorIsState(ev('Military Forces of France', 8)), true);
  assert.equal(perpetratorIsState(ev('UN: United Nations', 8)), false);
  assert.equal(perpetratorIsState(ev('Police Forces of Mali', 1)), true);
  assert.equal(perpetratorIsState({ event_type: 'Protests', inter1: 6, inter2: 1, actor1: 'Protesters (Mali)', actor2: 'Police Forces of Mali' }), true);
});
