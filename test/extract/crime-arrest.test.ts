// ACLED's Arrests are of political figures, activists and protesters; police catching the suspect
// of an ordinary crime follow up that crime, which stays the main act. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { crimeArrest } from '../../src/extract/crime-arrest.ts';

const at = (text: string, word: string) => { const start = text.indexOf(word); return { start, end: start + word.length }; };

test('crime arrest: an arrest "for armed robbery" or "charged with murder" is a suspect\'s', () => {
  const a = 'Officers arrested two brothers on Tuesday for armed robbery near the market.';
  assert.equal(crimeArrest(a, at(a, 'arrested')), true);
  const b = 'A farmhand was detained and charged with first-degree murder, the sheriff said.';
  assert.equal(crimeArrest(b, at(b, 'detained')), true);
});

test('crime arrest: a journalist held for his reporting or a protester for sedition is not', () => {
  const a = 'Police arrested the newspaper editor for publishing a cartoon of the governor.';
  assert.equal(crimeArrest(a, at(a, 'arrested')), false);
  const b = 'The activist was detained over a post calling for a strike. Robbery was rising in the city.';
  assert.equal(crimeArrest(b, at(b, 'detained')), false);
});

test('crime arrest: the arrest of a kidnapping suspect ranks below the kidnapping it follows', () => {
  // (months later: an arrest days after the act is folded into it as its sequel, consequence.ts)
  const text = 'Armed men kidnapped a schoolteacher from her home in Kaduna on 3 May 2021. Police in Kaduna arrested a man on 25 August 2021 for kidnapping.';
  const events = extract({ id: 't', text, published: '2021-08-26' }).events;
  const abduction = events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  const arrest = events.find((e) => e.sub_event_type === 'Arrests');
  assert.ok(abduction && arrest);
  assert.ok(arrest.confidence < abduction.confidence, `${arrest.confidence} < ${abduction.confidence}`);
});

test('crime arrest: the arrest of an opposition leader keeps its confidence', () => {
  const text = 'Police in Kaduna arrested an opposition leader on 5 May 2021 for sedition.';
  const plain = extract({ id: 't', text, published: '2021-05-06' }).events.find((e) => e.sub_event_type === 'Arrests');
  const crime = extract({ id: 't', text: text.replace('for sedition', 'for robbery'), published: '2021-05-06' }).events.find((e) => e.sub_event_type === 'Arrests');
  assert.ok(plain && crime);
  assert.ok(crime.confidence < plain.confidence);
});

test('crime arrest: a charge told before the arrest, or a death it is linked to, marks a suspect', () => {
  const a = 'The two cousins, charged with aggravated kidnapping, were arrested at a motel on Sunday.';
  assert.equal(crimeArrest(a, at(a, 'arrested')), true);
  const b = 'A neighbour was arrested in connection with the disappearance of the student, police said.';
  assert.equal(crimeArrest(b, at(b, 'arrested')), true);
  const c = 'The blogger, known for criticising the mayor, was arrested at his home on Sunday.';
  assert.equal(crimeArrest(c, at(c, 'arrested')), false);
});
