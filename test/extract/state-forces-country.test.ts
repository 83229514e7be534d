// "Government forces" are the state's forces of the country the event is in, not one country's
// listed government (the Yemeni government's forces are named as pro-Hadi forces).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const first = (text: string) => extract({ id: 't', text, published: '2021-06-10' }, { geocoder }).events.find((e) => e.modality === 'asserted');

test('"government forces" take the country of the event', () => {
  const syria = first('Eight people were killed in an air strike by government forces in Aleppo on Tuesday.');
  assert.equal(syria?.actor1, 'Military Forces of Syria');
  assert.equal(syria?.inter1, 1);
  const sudan = first('Government forces shelled rebel positions near El Fasher on Tuesday.');
  assert.equal(sudan?.actor1, 'Military Forces of Sudan');
  // no place named: no country is guessed for them
  const nowhere = first('Eight people were killed in an air strike by government forces on Tuesday.');
  assert.equal(nowhere?.country ?? '', '');
  assert.equal(nowhere?.inter1, 1);
});

test('"junta forces" outside Myanmar are the state forces of the event\'s country; inside, the Tatmadaw', () => {
  const mali = extract({ id: 't', text: 'Junta forces fired on protesters in Bamako on Friday, killing two people.', published: '2021-06-10' }, { geocoder }).events[0];
  assert.equal(mali.actor2, 'Military Forces of Mali');
  assert.equal(mali.inter2, 1);
  assert.equal(first('Junta troops raided a village in Sagaing on Friday, killing five people.')?.actor1, 'Military Forces of Myanmar (2021-)');
});

test('"separatist fighters" are Ambazonia\'s only in Cameroon and Nigeria', () => {
  assert.equal(first('Separatist fighters attacked a school near Bamenda on Friday.')?.actor1, 'Ambazonian Separatists');
  const donetsk = first('Separatist fighters shelled a village near Donetsk on Friday.');
  assert.notEqual(donetsk?.actor1, 'Ambazonian Separatists');
  assert.equal(donetsk?.inter1, 2);
});
