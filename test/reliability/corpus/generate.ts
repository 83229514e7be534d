// fast-check generators of report-like documents: realistic sentence parts (actors, triggers,
// numbers, places, dates) mixed with junk (absurd numbers, odd scripts, control characters), so
// that the extractor's deep paths run, not only its early exits. Shared by tests and bench/fuzz.ts.
import fc from 'fast-check';

const ACTORS = ['Gunmen', 'Suspected militants', 'Iran-backed militias', 'Police', 'Soldiers', 'Protesters', 'Al-Shabaab fighters', 'Unidentified men', 'The army', 'Rebels of the M23', 'A mob', 'Hamas', 'Russian forces', 'They'];
const VERBS = ['attacked', 'fired rockets at', 'shelled', 'killed', 'abducted', 'clashed with', 'bombed', 'stormed', 'protested outside', 'arrested', 'would attack', 'did not attack', 'plan to strike', 'dispersed', 'looted', 'launched a drone strike on'];
const TARGETS = ['a village', 'a police checkpoint', 'the base', 'civilians', 'a market', 'protesters', 'government troops', 'the convoy', 'a school', 'worshippers'];
const PLACES = ['Kano', 'Maiduguri', 'Deir Ezzor', 'Kharkiv', 'Aleppo', 'Mogadishu', 'Goma', 'Khan Younis', 'Springfield', 'Paris', 'Georgia', 'Jordan', 'Nowhere-on-Sea', 'Kabul'];
const DATES = ['on Monday', 'on Tuesday', 'last week', 'yesterday', 'on 12 August', 'on 31 February', 'in year 0', 'on 31 December 9999', 'on 0000-01-01', 'three days ago', 'on 29 February 2023', 'next Friday', 'in 1066', 'on 2024-13-45'];
const COUNTS = ['three', 'at least 12', 'dozens of', 'more than 1,000', '10^30', '1e400', '99999999999999999999999', '-5', '2.5', 'NaN', 'Infinity', 'a hundred thousand million', 'zero', '0', 'twenty-one', 'several', '1,2,3,4,5,6,7,8,9'];
const VICTIMS = ['people', 'civilians', 'soldiers', 'officers', 'children', 'dead', 'wounded'];
const OUTCOMES = ['killing', 'injuring', 'leaving', 'wounding', 'and killed', 'with no casualties reported, sparing'];
const SOURCES = ['according to Reuters', 'officials said', 'AFP reported, citing police', 'a witness told the BBC', ''];
const JUNK = ['\u0000', '\u202e', '\u200f', '💥', '👨‍👩‍👧', 'قتل', 'погибли', '死亡', '\ud800', '<script>alert(1)</script>', '&amp;', '"', "'", '(', ')', '...', ',,,,', '\t', '\r\n', '— ', 'U.S.', 'Gen.', '\u00a0'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** one sentence made of report parts, some of them junk */
export const sentenceArb: fc.Arbitrary<string> = fc
  .tuple(pick(ACTORS), pick(VERBS), pick(TARGETS), pick(PLACES), pick(DATES), pick(OUTCOMES), pick(COUNTS), pick(VICTIMS), pick(SOURCES), fc.array(pick(JUNK), { maxLength: 3 }), fc.nat(6))
  .map(([a, v, t, p, d, o, c, vi, s, junk, shape]) => {
    const parts = [a, v, t, 'in', p, d + ',', o, c, vi];
    if (shape === 0) parts.reverse();
    if (shape === 1) parts.splice(2, 0, ...junk);
    let out = parts.join(' ');
    if (s) out = shape % 2 ? `${out}, ${s}` : `${s[0].toUpperCase()}${s.slice(1)}, ${out.toLowerCase()}`;
    return out + (shape === 6 ? '' : '.') + (shape === 5 ? junk.join('') : '');
  });

/** a document: report sentences, random strings and junk in any mix */
export const documentTextArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: sentenceArb }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }), { maxLength: 12 })
  .chain((parts) => fc.constantFrom(' ', '\n', '\n\n', '  ').map((sep) => parts.join(sep)));

export const publishedArb: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('2024-08-13', '2000-02-29', '0001-01-01', '9999-12-31', '1970-01-01', '2024-02-29'),
);
