// Towns written in another transliteration than GeoNames' ("Caltzontzon" for Caltzontzin,
// "Keav Seima" for Kaev Seima) in the slot a conflict note keeps for the place, right before the
// province that holds it: "in Caltzontzon, Michoacan", "in Kyavinyonge (Beni, Nord-Kivu)". The name is
// unknown to the index, but among the towns of the province written after it one has the same
// consonant skeleton. Only that slot is read and only that province's towns are compared (as
// fuzzy-districts.ts does for districts), so a loose key cannot send a word to a town elsewhere.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { RawSpan } from './find.ts';
import type { GTok } from './tokens.ts';
import { KIND } from './index-file.ts';
import { nameKey } from './normalize.ts';
import { skeleton } from './fuzzy-districts.ts';

/** the towns of each province (admin1 index), grouped once per gazetteer; each province's towns are
 * keyed by the skeletons of their names only when a slot first names it */
const BY_PROVINCE = new WeakMap<Gazetteer, { members: Map<number, number[]>; skeletons: Map<number, Map<string, number[]>> }>();
function townsOf(gaz: Gazetteer, a1: number): Map<string, number[]> {
  let t = BY_PROVINCE.get(gaz);
  if (!t) {
    const members = new Map<number, number[]>();
    const ix = gaz.ix;
    for (let p = 0; p < ix.kind.length; p++) {
      if (ix.kind[p] !== KIND.city || ix.a1[p] < 0) continue;
      (members.get(ix.a1[p]) ?? members.set(ix.a1[p], []).get(ix.a1[p])!).push(p);
    }
    BY_PROVINCE.set(gaz, (t = { members, skeletons: new Map() }));
  }
  let m = t.skeletons.get(a1);
  if (!m) {
    m = new Map();
    for (const p of t.members.get(a1) ?? []) {
      const sk = skeleton(nameKey(gaz.ix.names.get(p)));
      if (sk.length >= MIN_SKELETON) (m.get(sk) ?? m.set(sk, []).get(sk)!).push(p);
    }
    t.skeletons.set(a1, m);
  }
  return m;
}
// (a skeleton of three consonants or fewer matches too many names to mean one)
const MIN_SKELETON = 4;
// (more towns than this of one skeleton in one province: the name tells nothing)
const MAX_TOWNS = 3;

// the name in the slot: one to four capitalised words (inner Arabic/Romance particles allowed), ending
// right before ", " or " (" and the province or district span
const NAME = /(\p{Lu}[\p{L}'’]*(?:[\s-]+(?:(?:al|el|ad|ar|as|ash|at|az|de|del|du|di|la|le|wa)[\s-]+)?\p{Lu}[\p{L}'’]*){0,3})$/u;
const GAP = /^(?:\s*,\s*|\s+\(\s*)$/;

/** admin1 indices a span can stand for as a province or district */
function provincesOf(gaz: Gazetteer, s: RawSpan): Set<number> {
  const out = new Set<number>();
  for (const c of s.cands) {
    const k = gaz.kind(c.place);
    if ((k === KIND.admin1 || k === KIND.admin2) && gaz.ix.a1[c.place] >= 0) out.add(gaz.ix.a1[c.place]);
  }
  return out;
}

/** before.search(/\s*(?:,|\()\s*$/), read backwards from the end (the end-anchored regex was tried
 * from every offset of the window): the start of the white space before a final comma or bracket, -1 for none */
export function commaOrBracketTail(before: string): number {
  let i = before.length - 1;
  while (i >= 0 && SPACE.test(before[i])) i--;
  if (i < 0 || (before[i] !== ',' && before[i] !== '(')) return -1;
  i--;
  while (i >= 0 && SPACE.test(before[i])) i--;
  return i + 1;
}
const SPACE = /^\s$/;

/** spans for unknown town names in the slot before a written province or district, matched by skeleton */
export function fuzzyTowns(text: string, toks: GTok[], spans: RawSpan[], gaz: Gazetteer): RawSpan[] {
  const out: RawSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const prev = spans[i - 1];
    const from = Math.max(prev ? prev.end : 0, s.start - 60);
    const before = text.slice(from, s.start);
    const cut = commaOrBracketTail(before);
    if (cut <= 0 || !GAP.test(before.slice(cut))) continue;
    const m = NAME.exec(before.slice(0, cut));
    if (!m) continue;
    // the province named: this span's, or (for "Beni, Nord-Kivu" inside the brackets) the next one's
    let provinces = provincesOf(gaz, s);
    const next = spans[i + 1];
    if (next && /^\s*,\s*$/.test(text.slice(s.end, next.start))) {
      const p2 = provincesOf(gaz, next);
      // (a district's province agrees with the province after it; else the province after it rules)
      const both = new Set([...provinces].filter((a) => p2.has(a)));
      if (p2.size) provinces = both.size ? both : p2;
    }
    if (!provinces.size || provinces.size > 2) continue;
    const start = from + m.index;
    const end = from + m.index + m[1].length;
    // (a name the index knows is read as it is)
    if (spans.some((o) => o.start < end && start < o.end)) continue;
    const sk = skeleton(nameKey(m[1]));
    if (sk.length < MIN_SKELETON) continue;
    const cands: Candidate[] = [];
    for (const a1 of provinces) for (const p of townsOf(gaz, a1).get(sk) ?? []) cands.push({ place: p, flag: 0 });
    if (!cands.length || cands.length > MAX_TOWNS) continue;
    const t0 = toks.findIndex((t) => t.start >= start);
    const t1 = toks.findIndex((t) => t.start >= end);
    out.push({ start, end, t0, t1: t1 < 0 ? toks.length : t1, key: nameKey(m[1]), cands, common: false, short: false, poss: false });
  }
  return out;
}
