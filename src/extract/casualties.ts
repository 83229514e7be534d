// Casualty mentions: who was killed or injured, how many, from the wording of one sentence.
//
// Four token patterns (casualties/patterns.ts, built from casualties/phrases.ts and the lexicon in
// data/lexicons/casualty-cues.json), tried in this order so that one number feeds one mention:
//   verbal   "killed eight people", "killing at least 11", "killed a civilian", "wounding dozens"
//   nominal  "3 fatalities", "fatalities: 4", "no fatalities", "the bodies of 4 men", "death toll rose to 9"
//   subject  "eight people were killed", "two civilians and five others were injured",
//            "leaving 3 dead and 12 wounded", "a man was found dead", "8 troops sustained injuries"
//   definite "the man died", "he was killed": 1, kept only when the document reported no death before
// Counts of 0 are emitted for explicit denials ("no one was hurt", "no casualties").
//
// Not counted (documented choices, the pipeline may rely on them):
//   - numbers that are not casualties: "900 US troops", "2,500 in Iraq", dates ("9 May"), years, units;
//   - restatements: an attributive count ("three injured personnel resumed duty") or a definite one
//     ("the eight wounded soldiers", "the 3 killed") refers back to casualties already reported;
//   - disjunctions that hide the split ("killed or injured 4 militants");
//   - subsets after "including" ("killing 7 people, including 3 children" gives 7, not 10).
// Every loop looks a bounded number of tokens ahead: linear in the sentence length.
import type { CasualtyMention, Document, Sentence } from '../core/types.ts';
import { wordTokens } from './numbers.ts';
import { Scan } from './casualties/phrases.ts';
import { definite, nominal, subject, verbal } from './casualties/patterns.ts';

/** mentions built from a definite or pronoun subject ("the man died") */
const ANAPHORIC = new WeakSet<CasualtyMention>();

/** Casualty mentions of one sentence, offsets into the document. */
export function casualtiesInSentence(doc: Document, sentence: Sentence): CasualtyMention[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const toks = wordTokens(text, sentence.start);
  if (toks.length === 0) return [];
  const s = new Scan(toks);
  verbal(s);
  nominal(s);
  subject(s);
  definite(s);
  s.found.sort((a, b) => a.from - b.from || (a.type < b.type ? -1 : 1));
  return s.found.map((f) => {
    const start = toks[f.from].start;
    const end = toks[Math.min(f.to, toks.length) - 1].end;
    const m: CasualtyMention = {
      kind: 'casualty', type: f.type, count: f.count, approximate: f.approximate,
      start, end, text: doc.text.slice(start, end), sentence: sentence.index,
    };
    if (f.victims) m.victims = f.victims;
    if (f.anaphoric) ANAPHORIC.add(m);
    return m;
  });
}

// Cheap gate: sentences without any casualty word skip the token scan.
const GATE = /\b(?:kill|kile|dead|die[ds]|dying|wound|injur|hurt|fatal|death|bod(?:y|ies)\b|corpse|remains\s+of|slain|murder|execut|assassin|massacre|behead|lynch|casualt|hospitali|succumb|lives|toll\b)/i;

/** All casualty mentions of a document, sentence by sentence. */
export function findCasualties(doc: Document, sentences: Sentence[]): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  for (const s of sentences) {
    if (s.end <= s.start) continue;
    if (!GATE.test(doc.text.slice(s.start, s.end))) continue;
    for (const m of casualtiesInSentence(doc, s)) {
      // "The man died" after "a man was killed" is the same death: keep it only as the first report
      if (ANAPHORIC.has(m) && out.some((o) => o.type === m.type)) continue;
      out.push(m);
    }
  }
  return out;
}

const TALLY = /^fatalit/i;

/**
 * Total of one casualty type over mentions that describe the same incident. A tally ("3
 * fatalities", "fatalities: 4", the closing count of ACLED-style notes) restates the deaths already
 * described, so when one exists the largest tally wins instead of a sum.
 */
export function casualtyTotal(mentions: CasualtyMention[], type: 'killed' | 'injured'): number | null {
  const ms = mentions.filter((m) => m.type === type);
  if (ms.length === 0) return null;
  const coded = ms.filter((m) => /coded as/i.test(m.text));
  if (coded.length > 0) return coded[coded.length - 1].count;
  // a denial ("no fatalities among the soldiers") never cancels deaths reported elsewhere
  const tallies = ms.filter((m) => m.count > 0 && (TALLY.test(m.text) || /fatalit/i.test(m.text)));
  if (tallies.length > 0) return Math.max(...tallies.map((m) => m.count));
  return ms.reduce((n, m) => n + m.count, 0);
}

