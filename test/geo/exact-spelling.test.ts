// Name keys fold doubled letters ("Deir Ezzor" = "Deir Ezor"), which also joins places that differ
// only so: where a place of note carries the spelling as written, it beats the folded namesake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';
import { nameKey, rawKeyOfTokens } from '../../src/geo/normalize.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);

test('the exact key keeps doubled letters that the name key folds', () => {
  assert.equal(nameKey('Samarra'), nameKey('Samara'));
  assert.equal(rawKeyOfTokens(['samarra']), 'samarra');
  assert.equal(rawKeyOfTokens(['al', 'samarra']), 'samarra');
  assert.notEqual(rawKeyOfTokens(['samarra']), rawKeyOfTokens(['samara']));
});

test('"Samarra" with no country named is the Iraqi city, "Samara" the Russian one', () => {
  const iq = find('Gunmen ambushed a patrol near Samarra on Monday night.').find((m) => m.text === 'Samarra');
  assert.equal(iq?.country, 'Iraq', `${iq?.name}, ${iq?.country}`);
  const ru = find('Hundreds marched through Samara on Saturday.').find((m) => m.text === 'Samara');
  assert.equal(ru?.country, 'Russia', `${ru?.name}, ${ru?.country}`);
});

test('a village spelled as written does not beat the town the folded spelling names', () => {
  // "Elliott": a hamlet of Mississippi has the spelling; Eliot, Maine is no less meant
  const e = find('Shoppers from Portsmouth and Kittery drove to Elliott on Sunday.').find((m) => m.text === 'Elliott');
  assert.ok(e && e.admin1 !== 'Mississippi', `${e?.name}, ${e?.admin1}`);
});
