// Words used only of one country's places and groups that fight only at home point to a country
// when a place name has namesakes abroad.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, loadGazetteer } from '../../src/geo/index.ts';
import { cueCountries } from '../../src/geo/country-cues.ts';
import { tokenize } from '../../src/geo/tokens.ts';

const geo = loadGeocoder();
const gaz = loadGazetteer();
const cues = (text: string) => [...cueCountries(gaz, text, tokenize(text))].map((c) => gaz.ix.countries[c].name).sort();
const at = (text: string, name: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).find((m) => m.text === name)?.country;

test('cue words and home-bound groups name their country; lower-case descriptions and short acronyms of other bodies do not', () => {
  assert.deepEqual(cues('Troops traded fire with New People\'s Army guerrillas near a farm.'), ['Philippines']);
  assert.deepEqual(cues('A kebele official was beaten by youths.'), ['Ethiopia']);
  assert.deepEqual(cues('The NPA said the raid was lawful.'), ['Philippines']);
  // (a three-letter acronym not on the short list: "SNA" is Syria's and Somalia's)
  assert.deepEqual(cues('SNA soldiers manned the checkpoint.'), []);
  assert.deepEqual(cues('Communist rebels and government troops clashed.'), []);
  // (words that are also common elsewhere: an Indian and Bangladeshi surname, a Spanish word in place names)
  assert.deepEqual(cues('Police detained Ratan Mandal, a trader, on Monday.'), []);
  assert.deepEqual(cues('Gang members shot a bus driver near Sitio del Carmen.'), []);
});

test('"Samar" beside the New People\'s Army or a barangay is the Philippine province, not Samara in Russia', () => {
  assert.equal(at('Soldiers and New People\'s Army fighters exchanged fire for ten minutes in Samar on Friday.', 'Samar'), 'Philippines');
  assert.equal(at('Two farmers were shot dead by unknown men in a barangay of Samar, the police said.', 'Samar'), 'Philippines');
  // (no cue: the big Russian city of the spelling still wins, as before)
  assert.equal(at('Two farmers were shot dead by unknown men in Samar, the police said.', 'Samar'), 'Russia');
});

test('an acronym the report defines as another body is no cue', () => {
  assert.deepEqual(cues('The National Prosecuting Authority (NPA) said the inquest would resume. The NPA declined to comment.'), []);
});

test('a lone namesake abroad beside a cue word is a name we do not know', () => {
  // ("dahalo" are Malagasy cattle raiders; the Algerian town with the alternate spelling "Mania" is not meant)
  const p = geo.findPlaces({ id: 't', text: 'On 4 May, dahalo raided a village near Mania and drove off forty head of cattle.' }, [], { locationsOnly: true });
  assert.ok(!p.some((m) => m.country === 'Algeria'), p.map((m) => m.name).join(' '));
});
