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

test('crime arrest: the people held named as crime suspects ("two suspects", "suspected kidnappers", "a robbery gang")', () => {
  const a = 'Operatives arrested three suspected kidnappers at a hideout near the river on Monday.';
  assert.equal(crimeArrest(a, at(a, 'arrested')), true);
  const b = 'The suspects were arrested while mounting a fake checkpoint on the highway.';
  assert.equal(crimeArrest(b, at(b, 'arrested')), true);
  const c = 'Members of a notorious robbery gang were arrested in the market.';
  assert.equal(crimeArrest(c, at(c, 'arrested')), true);
  const d = 'Police arrested an activist they suspect of sedition on Monday.';
  assert.equal(crimeArrest(d, at(d, 'arrested')), false);
});

test('crime arrest: under a headline that tells a suspect held over a crime, the article\'s arrests rank lower', () => {
  const text = [
    'Police in Benin City on Monday detained the head of Uzebba village in Owan district.',
    'The detention was confirmed by the state police command on Tuesday.',
    'Gunmen kidnapped a yam trader from his farm near Sabongida earlier this month, residents said.',
    'The trader was later released after his family paid a ransom.',
    'A police spokesman said investigations were continuing and more arrests were expected.',
  ].join(' ');
  // (raw scores: the calibrated ones also carry the article's subject, lifted above the rest)
  const arrest = (title: string) => extract({ id: 't', text, title, published: '2020-06-23' }, { rawConfidence: true }).events.find((e) => e.sub_event_type === 'Arrests' && e.event_date === '2020-06-22');
  const crime = arrest('Police detain village head over alleged kidnap of trader');
  const plain = arrest('Fear grips farmers in Owan district');
  assert.ok(crime && plain);
  assert.ok(crime.confidence < plain.confidence, `${crime.confidence} < ${plain.confidence}`);
});
