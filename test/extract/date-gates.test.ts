// dates/fast.ts GATES: a window where a parser's gate does not match must give that parser nothing,
// or skipping the parser would lose dates. Checked against chrono itself, parser by parser, on
// words that begin like a month ("marched", "mayor") or end like "ago" ("shortly before").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';
import { GATES, fastResults } from '../../src/extract/dates/fast.ts';

const TEXTS = [
  'The mayor marched with marines to the market in Marib, the junta said.',
  'A decree on the Janjaweed was declared in September, months after the novel octane ban.',
  'Talks on the 3rd of June, Sept. 9 and Dec 2 failed; Marchfirst and Mayof are typos.',
  'Fighters withdrew shortly before dawn, and earlier gunmen had fled.',
  'Three days earlier, a week before the vote, 2 hrs ago and 5d before the raid, troops moved.',
  'The augmented patrol sat in the Sun office on Sat, julienne aside.',
  'Prices rose 16.7% to 1.8 million, a 3-0 win on 12.5 km of road 4-5 times; 2.3.4 and 7-8-9 are codes.',
  'Filed 12/3, 3.4.21 and 11-12-2020 (case 4/5); 1.22.333, 9.9.9x and 31-12-99 follow.',
  'In 2021 May 3 and 2020.05.06, the 2019/7/8 and 2018 Jan. 5 filings; in 2021, 1999-2000 and 2017 - 3 - 4.',
  'The 2024-08-13T10:00Z feed, 2023 sept 9, 2022-1-2 and 2020 the 3rd; 2019 of 5 and 1984 to 12 died.',
];

test('a parser whose gate misses a text finds nothing in it (chrono, one parser at a time)', () => {
  const ref = new Date(Date.UTC(2024, 7, 13, 12));
  let checked = 0;
  for (const parser of chrono.casual.parsers) {
    const gate = GATES[parser.constructor.name];
    if (!gate) continue;
    const one = chrono.casual.clone();
    one.parsers = [parser];
    one.refiners = [];
    for (const text of TEXTS) {
      for (let a = 0; a < text.length; a += 7) {
        const w = text.slice(a, a + 60);
        if (gate.test(w)) continue;
        assert.deepEqual(one.parse(w, ref).map((r) => r.text), [], `${parser.constructor.name} on "${w}"`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100);
});

test('month-like words and "before" without a time unit leave a weekday to the fast path', () => {
  const anchor = Math.floor(Date.UTC(2024, 7, 13) / 86_400_000);
  assert.equal(fastResults('the mayor marched to the market on Monday, witnesses', anchor)?.[0].text, 'on Monday,');
  assert.equal(fastResults('gunmen left on Sunday before troops arrived', anchor)?.[0].text, 'on Sunday');
  // a real "ago" still goes to chrono
  assert.equal(fastResults('on Sunday, three days ago', anchor), null);
  // decimals and scores are no slash dates; a slash or a year is
  assert.equal(fastResults('since Sunday, and more than 1.8 million people', anchor)?.[0].text, 'Sunday,');
  assert.equal(fastResults('on Sunday, 3/4 of them', anchor), null);
  // a year alone is no year-month-day
  assert.equal(fastResults('since May 20, and in 2021 more than', anchor)?.[0].text, 'May 20');
});

test('a gate with its leading lookahead matches where the gate without it does, at the same offsets', () => {
  const samples = new URL('../../samples/', import.meta.url);
  const texts = [...TEXTS, ...readdirSync(samples).filter((f) => f.endsWith('.txt')).slice(0, 20).map((f) => readFileSync(new URL(f, samples), 'utf8'))];
  // (words glued to the gate words, capitals, ordinals and "on"/"this" right before them)
  texts.push('junmay Mayday DECEMBER 9thMay firstof june onMonday thisweekend lastnight TMRW nowhere knowntoday pastweek afterthis week ThisYear sept.', 'Sat. satire sunday-night Wed wedding weekday weekends Tuesdays mon. monthly');
  let leads = 0;
  for (const [name, gate] of Object.entries(GATES)) {
    const lead = /^\(\?=[^()]*\)/.exec(gate.source);
    if (!lead) continue;
    leads++;
    const bare = new RegExp(gate.source.slice(lead[0].length), gate.flags + 'g');
    const withLead = new RegExp(gate.source, gate.flags + 'g');
    for (const t of texts) {
      const a = [...t.matchAll(bare)].map((m) => `${m.index}:${m[0]}`);
      const b = [...t.matchAll(withLead)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(b, a, `${name} on "${t.slice(0, 40)}"`);
    }
  }
  assert.equal(leads, 6);
});
