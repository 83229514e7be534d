// Districts written in another transliteration than GeoNames' ("Kobli" for Cobly, "Noshehro Feroze" for
// Naushahro Firoz) inside an ACLED-style hierarchy "village (District, Province)": the name is unknown to
// the index, but the province after it is known, and among that province's districts one has the same
// consonant skeleton. Only that slot is read, and only the written province's districts are compared,
// so a loose key cannot send a word to a district elsewhere.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { RawSpan } from './find.ts';
import type { GTok } from './tokens.ts';
import { KIND } from './index-file.ts';
import { nameKey } from './normalize.ts';
import { stripAdminWords } from './build-index.ts';

/** consonants in order, with letters transliterations swap merged: c/k/q, y/i and vowels dropped, "h"
 * after a consonant dropped, doubles collapsed, a leading Arabic article dropped */
export function skeleton(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/^(?:al|el|ad|ar|as|ash|at|az)[\s-]+/, '').replace(/[^a-z]/g, '')
    .replace(/[cqk]/g, 'k').replace(/([bdfgkpst])h/g, '$1').replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

/** district places of each province (admin1 index), with their skeletons; made once per gazetteer */
const BY_PROVINCE = new WeakMap<Gazetteer, Map<number, { place: number; sk: string }[]>>();
function districts(gaz: Gazetteer): Map<number, { place: number; sk: string }[]> {
  let m = BY_PROVINCE.get(gaz);
  if (!m) {
    m = new Map();
    const ix = gaz.ix;
    for (let p = 0; p < ix.kind.length; p++) {
      if (ix.kind[p] !== KIND.admin2 || ix.a1[p] < 0) continue;
      const sk = skeleton(stripAdminWords(ix.names.get(p)));
      if (sk.length < 3) continue;
      (m.get(ix.a1[p]) ?? m.set(ix.a1[p], []).get(ix.a1[p])!).push({ place: p, sk });
    }
    BY_PROVINCE.set(gaz, m);
  }
  return m;
}

// "(Kobli, ", "(Radman al Awadh, ", "(Rajouri district, " right before a known province: the district slot
const SLOT = /\(\s*(\p{Lu}[\p{L}'’]*(?:[\s-]+(?:(?:al|el|ad|ar|as|ash|at|az|de|du|di|wa)[\s-]+)?\p{Lu}[\p{L}'’]*){0,3})(\s+(?:district|county|LGA|tehsil|subdivision|commune|municipality))?\s*,\s*$/u;

/** the last character before `at` that is not white space (as \s reads it) is a comma */
function afterComma(text: string, at: number): boolean {
  const w = text.slice(Math.max(0, at - 50), at);
  return w.trimEnd().endsWith(',');
}

/** spans for unknown district names in the slot before a written province, matched by skeleton */
export function fuzzyDistricts(text: string, toks: GTok[], spans: RawSpan[], gaz: Gazetteer): RawSpan[] {
  const out: RawSpan[] = [];
  for (const s of spans) {
    if (text.charCodeAt(s.start - 1) !== 32 && text.charCodeAt(s.start - 1) !== 44) continue;
    // (SLOT ends in a comma and white space: the end-anchored pattern, tried from each of 50
    // offsets, runs only where the text before the name ends so)
    if (!afterComma(text, s.start)) continue;
    const m = SLOT.exec(text.slice(Math.max(0, s.start - 50), s.start));
    if (!m) continue;
    const start = s.start - m[0].length + m[0].indexOf(m[1]);
    // (the span takes the admin word too: "Rajouri district")
    const end = start + m[1].length + (m[2]?.length ?? 0);
    if (spans.some((o) => o.start < end && start < o.end)) continue;
    const provinces = new Set(s.cands.filter((c) => gaz.kind(c.place) === KIND.admin1).map((c) => gaz.a1(c.place)));
    if (!provinces.size) continue;
    const sk = skeleton(m[1]);
    if (sk.length < 3) continue;
    const cands: Candidate[] = [];
    for (const a1 of provinces) for (const d of districts(gaz).get(a1) ?? []) if (d.sk === sk) cands.push({ place: d.place, flag: 0 });
    if (!cands.length) continue;
    const t0 = toks.findIndex((t) => t.start >= start);
    const t1 = toks.findIndex((t) => t.start >= end);
    out.push({ start, end, t0, t1: t1 < 0 ? toks.length : t1, key: nameKey(m[1]), cands, common: false, short: false, poss: false });
  }
  return out;
}
