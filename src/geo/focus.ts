// The report's focus: the town, province or country most of its resolved places fall in. A name we
// do not know (a street, a club, a hall) is placed there, and a partial match far from it is a namesake.
import type { Gazetteer } from './gazetteer.ts';
import { isCommonWord, type RawSpan } from './find.ts';
import { fold } from './normalize.ts';
import { distanceKm } from './resolve.ts';
import { KIND } from './index-file.ts';

/** the focus of a report whose spans all were resolved to ranked; given are the spans asked about */
export function reportFocus(gaz: Gazetteer, text: string, ranked: ({ place: number; alt?: boolean; qualified?: boolean } | null)[], all: RawSpan[], given: Set<RawSpan>): number {
  // a small town found only inside a longer span ("Royal" of "Royal Street", said ten times)
  // witnesses where the report is once, not once per street
  const seen = new Set<string>();
  const votes: Vote[] = [];
  ranked.forEach((r, i) => {
    if (!r) return;
    const s = all[i];
    // (a name matched only through an alternate spelling, often a surname, is a weaker witness; and so
    // is a small town found in the text but not asked about, which may be a person's name or a word
    // ("Arcade Fire"), or found only inside a longer span asked about ("Fitzwilliam Place"))
    const small = gaz.kind(r.place) === KIND.city && gaz.pop(r.place) < 100000;
    // (a small town named by a common English word, "the Valley", is that word's sense: no witness)
    if (small && !r.qualified && gaz.pop(r.place) < 20000 && isCommonWord(fold(text.slice(s.start, s.end)).replace(/ /g, ''))) return;
    let w = (r.alt ? 0.5 : 1) * (given.has(s) || !small ? 1 : EXTRA_W);
    // (nor is a name matched only through an alternate spelling, often a person's, said again and again)
    if (r.alt) {
      if (seen.has(s.key)) return;
      seen.add(s.key);
    } else if (s.partial && given.has(s)) {
      // (a country, province or big city inside names, "Dubai World Cup", does tell)
      const k = gaz.kind(r.place);
      if (!(k === KIND.country || k === KIND.admin1 || gaz.pop(r.place) >= 100000)) {
        if (seen.has(s.key)) return;
        seen.add(s.key);
        w = EXTRA_W;
      }
    }
    // ("English" tells the country a report is about, not that it is in England)
    if (gaz.ix.demonyms[s.key] === r.place && gaz.kind(r.place) === KIND.admin1) votes.push({ place: gaz.countryPlace(gaz.cc(r.place)), w });
    else votes.push({ place: r.place, w });
  });
  return focus(gaz, votes);
}

interface Vote { place: number; w: number }
const EXTRA_W = 0.5;

/** a partial match far from the report's focus town or province is a namesake ("Royal Street" -> Royal City) */
export function farFrom(gaz: Gazetteer, p: number, focusPlace: number): boolean {
  const k = gaz.kind(focusPlace);
  if (k !== KIND.city && k !== KIND.admin1 && k !== KIND.admin2) return false;
  // ("Iowa House", "Arizona State University": a state or country inside the name is meant)
  const kp = gaz.kind(p);
  if (kp !== KIND.city && kp !== KIND.admin2 && kp !== KIND.site) return false;
  return distanceKm(gaz.lat(p), gaz.lon(p), gaz.lat(focusPlace), gaz.lon(focusPlace)) > (k === KIND.city ? 150 : 500);
}

/** the province (or else country) most of the resolved places fall in, as a place index; -1 if none */
function focus(gaz: Gazetteer, votes: Vote[]): number {
  const a1 = new Map<string, number>();
  const cc = new Map<number, number>();
  const a1Of = (p: number) => `${gaz.cc(p)}:${gaz.a1(p)}`;
  for (const { place, w } of votes) {
    cc.set(gaz.cc(place), (cc.get(gaz.cc(place)) ?? 0) + w);
    if (gaz.kind(place) !== KIND.country && gaz.a1(place) >= 0) a1.set(a1Of(place), (a1.get(a1Of(place)) ?? 0) + w);
  }
  const top = <K>(m: Map<K, number>) => [...m].sort((x, y) => y[1] - x[1])[0];
  // a town named again and again is the report's focus ("New Orleans" for its streets); of towns
  // named equally often, the one whose province the report's other places fall in
  const towns = new Map<number, number>();
  for (const { place, w } of votes) if (gaz.kind(place) === KIND.city) towns.set(place, (towns.get(place) ?? 0) + w);
  const tt = [...towns].sort((x, y) => y[1] - x[1] || (a1.get(a1Of(y[0])) ?? 0) - (a1.get(a1Of(x[0])) ?? 0))[0];
  const nTowns = [...towns.values()].reduce((x, y) => x + y, 0);
  const tc = top(cc);
  // (a football club's town named often in a report on another country, "Liverpool" in a report
  // from Cairo, is not where the report is: the town must lie in the report's main country)
  // (about as many votes as the top country's: a near tie is no evidence against the town)
  const main = (c: number) => !!tc && (cc.get(c) ?? 0) >= 0.85 * tc[1];
  if (tt && tt[1] >= 2 && tt[1] * 2 >= nTowns && main(gaz.cc(tt[0]))) return tt[0];
  const ta = top(new Map([...a1].filter(([k]) => main(Number(k.split(':')[0])))));
  // a name we do not know (a street, a building, a quarter) lies in a town more often than at the
  // centre of a province or country: the most named town of the focus area, if it has one
  const townIn = (ok: (p: number) => boolean) => {
    let bt = -1;
    for (const [p, n] of towns) if (ok(p) && (bt < 0 || n > towns.get(bt)! || (n === towns.get(bt)! && gaz.pop(p) > gaz.pop(bt)))) bt = p;
    return bt;
  };
  // (or the province that most of the main country's towns and provinces lie in, when it is named
  // again and again: "India" said often in a report from Rajasthan says no more than where the country is)
  const sub = (c: number) => [...a1].reduce((n, [k, w]) => n + (Number(k.split(':')[0]) === c ? w : 0), 0);
  if (ta && tc && (ta[1] * 2 >= tc[1] || (ta[1] >= 2 && ta[1] * 2 >= sub(Number(ta[0].split(':')[0]))))) {
    const [c, a] = ta[0].split(':').map(Number);
    const t = townIn((p) => gaz.cc(p) === c && gaz.a1(p) === a);
    return t >= 0 ? t : gaz.admin1Place(a);
  }
  if (!tc || tc[0] === 0xffff) return -1;
  const t = townIn((p) => gaz.cc(p) === tc[0]);
  return t >= 0 ? t : gaz.countryPlace(tc[0]);
}

/** where a sentence ends: a stop, then space and a capital or quote ("Nov. 2" and "St. Louis"'s
 * digit or lower-case word after the stop are no end; an abbreviation before a capital is, a rare slip) */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})|\n/gu;

/** "a class at Whole Foods on Wednesday in Fresno, Calif.": the town the sentence of a name we do not
 * know places things in ("in Fresno"; the nearest, of the focus's country) is where the name lies more
 * often than the report's focus; -1 if the sentence names none */
const IN_BEFORE = /\bin\s+$/i;

export function sentenceTown(gaz: Gazetteer, text: string, all: RawSpan[], ranked: ({ place: number; alt?: boolean } | null)[], i: number, focusPlace: number): number {
  const g = all[i];
  let from = 0, to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < g.start) from = m.index + m[0].length;
    else if (m.index >= g.end) { to = m.index; break; }
  }
  let best = -1, bestGap = Infinity;
  for (let j = 0; j < all.length; j++) {
    const s = all[j], r = ranked[j];
    if (j === i || !r || r.alt || s.partial || s.start < from || s.end > to || s.key === g.key) continue;
    if (gaz.kind(r.place) !== KIND.city || (focusPlace >= 0 && gaz.cc(r.place) !== gaz.cc(focusPlace))) continue;
    // (a town the sentence places something in: "in Fresno"; not a team, a person's name or a list item)
    if (!IN_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start))) continue;
    const gap = s.start > g.end ? s.start - g.end : g.start - s.end;
    if (gap < bestGap) [best, bestGap] = [r.place, gap];
  }
  return best;
}
