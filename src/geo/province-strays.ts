// A small town of the report's country that lies in another province than the one the report names,
// far from it and with no other name of the report in its own province ("Lalpur village (East
// Midnapore district, West Bengal)" read as Lalpur in Gujarat), is a namesake of a village we do not
// know: it is dropped, and the event goes to the places the report does place (the named district or
// province) instead of a point 1,800 km off.
import type { Gazetteer } from './gazetteer.ts';
import type { Mention, Ranked } from './resolve.ts';
import { KIND } from './index-file.ts';
import { distanceKm } from './context.ts';

/** a town this close to the named province's places may lie just across its border */
const BORDER_KM = 150;
/** a town this big is named for itself, not as a namesake of a village */
const TOWN_POP = 100_000;

/** a town of note (a seat, or 15,000 people) of a distinctive name: notes sometimes write the wrong
 * province after such a town (own-readings.ts townOfWrongProvince), so only a second name of the
 * written province outvotes it */
const NOTED = /^PPL(?:A|A2|C)$/;
const noted = (gaz: Gazetteer, p: number, m: Mention) =>
  gaz.kind(p) === KIND.city && (NOTED.test(gaz.fcode(p)) || gaz.pop(p) >= 15_000) && !m.common && (m.key?.length ?? 0) >= 6;

/** a sentence's end: a stop, then space and a capital */
const SENTENCE_END = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|\n/u;

export function dropProvinceStrays(gaz: Gazetteer, text: string, ranked: (Ranked | null)[], ms: Mention[]): void {
  // the provinces the report names outright, by country, and where
  const named = new Map<number, Set<number>>();
  const at: number[] = [];
  ranked.forEach((r, i) => {
    if (!r || gaz.kind(r.place) !== KIND.admin1) return;
    const cc = gaz.cc(r.place);
    (named.get(cc) ?? named.set(cc, new Set()).get(cc)!).add(gaz.a1(r.place));
    at.push(i);
  });
  if (!named.size) return;
  // (only a province named in the town's own sentence places it: a long report covers many provinces)
  const sameSentence = (i: number) => at.some((j) => {
    if (gaz.cc(ranked[j]!.place) !== gaz.cc(ranked[i]!.place)) return false;
    const [a, b] = j < i ? [ms[j].end, ms[i].start] : [ms[i].end, ms[j].start];
    return b - a < 300 && !SENTENCE_END.test(text.slice(a, b));
  });
  // the names of the report that lie in a named province (the province's own name included)
  const inNamed = new Set<string>();
  ranked.forEach((r, i) => {
    if (r && gaz.kind(r.place) !== KIND.country && named.get(gaz.cc(r.place))?.has(gaz.a1(r.place))) inNamed.add(ms[i].key ?? String(i));
  });
  const drop: number[] = [];
  ranked.forEach((r, i) => {
    if (!r || r.qualified) return;
    const p = r.place;
    const k = gaz.kind(p);
    if ((k !== KIND.city && k !== KIND.admin2) || gaz.pop(p) >= TOWN_POP) return;
    const cc = gaz.cc(p), a1 = gaz.a1(p);
    const provs = named.get(cc);
    if (!provs || a1 < 0 || provs.has(a1) || !sameSentence(i)) return;
    let supported = false, near = false;
    ranked.forEach((o, j) => {
      if (!o || j === i || (ms[j].key !== undefined && ms[j].key === ms[i].key) || gaz.cc(o.place) !== cc) return;
      const oa = gaz.a1(o.place);
      // (another name of the report in the town's own province supports it)
      if (oa === a1 && gaz.kind(o.place) !== KIND.country) supported = true;
      else if (provs.has(oa) && distanceKm(gaz.lat(p), gaz.lon(p), gaz.lat(o.place), gaz.lon(o.place)) < BORDER_KM) near = true;
    });
    if (!supported && !near && (inNamed.size >= 2 || !noted(gaz, p, ms[i]))) drop.push(i);
  });
  for (const i of drop) ranked[i] = null;
}
