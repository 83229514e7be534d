// Pass 1 of rank(): the scores a name's readings get from the name alone, before the report's
// context: priors (feature type, population, main vs alternate name, the words written with it) and
// what the readings say of each other (a town over the province or district it names, a country or
// state over its namesake towns, an exonym of a big city).
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { KIND } from './index-file.ts';

const NO_COUNTRY = 0xffff;
const FCODE_BONUS: Record<string, number> = { PPLC: 2.5, PPLA: 1.6, PPLA2: 0.7, PPLA3: 0.2, PPLA4: 0, PPL: 0, PPLX: -1, PPLL: -0.5, STLMT: -0.5, PPLF: -1, PPLS: -0.5 };

/** context-free score of one candidate */
export function prior(gaz: Gazetteer, c: Candidate, m: Mention): number {
  const p = c.place;
  const k = gaz.kind(p);
  let s: number;
  switch (k) {
    case KIND.country: s = 10; break;
    // provinces: by the population of their towns, so a US state outranks a Jamaican parish
    case KIND.admin1: s = Math.min(8.5, Math.max(5.5, 2.5 + 0.7 * Math.log10(gaz.pop(p) + 10))) - (c.flag === 2 ? 1 : 0); break;
    // (a district with no town in the city list is a weaker reading than a town of the name)
    case KIND.admin2: s = (c.flag === 2 ? 2.5 : 5.5) - (gaz.fcode(p) === 'ADM2X' ? 2 : 0); break;
    case KIND.region: s = 8; break;
    case KIND.site: s = 8.5; break;
    default: s = Math.log10(gaz.pop(p) + 10) + (FCODE_BONUS[gaz.fcode(p)] ?? 0);
  }
  // matched only through an alternate spelling (old names, neighbourhoods, exonyms)
  if (c.flag === 0) s -= 1.2;
  if (m.suffix) s += k === KIND.admin1 || k === KIND.admin2 ? (m.suffix === 'admin2' ? (k === KIND.admin2 ? 4 : 1) : k === KIND.admin1 ? 4 : 1) : -4;
  if (m.pointy && (k === KIND.city || k === KIND.site)) s += 1.5;
  if (m.areaSlot && (k === KIND.admin1 || k === KIND.admin2)) s += 2;
  if (m.short && k !== KIND.country && k !== KIND.admin1) s -= 4; // "US", "Ga." stand for countries and states
  return s;
}

/** (country, province, district) as one number; indices are >= -1 (province < 8191, district < 65535) */
export const areaKey = (cc: number, a1: number, a2: number) => (cc * 8192 + a1 + 1) * 65536 + a2 + 1;

/** the provinces (or, with district, the districts) that the candidate towns passing keep lie in */
function townAreas(gaz: Gazetteer, cands: Candidate[], keep: (p: number) => boolean, district: boolean): Set<number> {
  const out = new Set<number>();
  for (const d of cands) {
    if (gaz.kind(d.place) === KIND.city && keep(d.place)) out.add(areaKey(gaz.cc(d.place), gaz.a1(d.place), district ? gaz.a2(d.place) : -1));
  }
  return out;
}

// These scores are the same in every report: computed once per candidate list (the matcher's lists
// are shared across reports) and mention flags, and copied for each mention.
let nameScoresFor: unknown = null;
let NAME_SCORES = new WeakMap<Candidate[], Map<number, number[]>>();

/** the flags of a mention that its name scores read (prior: suffix, pointy, areaSlot, short; inside) */
const scoreFlags = (m: Mention) => (m.suffix === 'admin1' ? 1 : m.suffix === 'admin2' ? 2 : 0) | (m.pointy ? 4 : 0) | (m.areaSlot ? 8 : 0) | (m.short ? 16 : 0) | (m.inside ? 32 : 0);

export function cachedNameScores(gaz: Gazetteer, m: Mention): number[] {
  if (nameScoresFor !== gaz.ix) { NAME_SCORES = new WeakMap(); nameScoresFor = gaz.ix; }
  let byFlags = NAME_SCORES.get(m.cands);
  if (!byFlags) NAME_SCORES.set(m.cands, (byFlags = new Map()));
  const f = scoreFlags(m);
  let v = byFlags.get(f);
  if (!v) byFlags.set(f, (v = nameScores(gaz, m)));
  return v.slice();
}

/** pass 1 for one mention: priors and what its own readings say of each other */
function nameScores(gaz: Gazetteer, m: Mention): number[] {
  const local = m.cands.map((c) => prior(gaz, c, m));
  townOverArea(gaz, m, local);
  areaOverNamesakes(gaz, m, local);
  exonymOfBigCity(gaz, m, local);
  return local;
}

// a province and its capital share a name ("Raqqa", "Idlib"): unless "province" is written, the town is meant
function townOverArea(gaz: Gazetteer, m: Mention, local: number[]): void {
  // (written as a container, "Sirwah district (Marib)", the province is meant)
  if (m.suffix || m.areaSlot) return;
  // the provinces and districts the name's towns lie in, gathered once per name
  let capitals: Set<number> | null = null;
  let districtTowns: Set<number> | null = null;
  m.cands.forEach((c, a) => {
    if (gaz.kind(c.place) !== KIND.admin1) return;
    // (or its metropolis: "New York" is the city unless "state" is written)
    capitals ??= townAreas(gaz, m.cands, (d) => {
      const f = gaz.fcode(d);
      return f === 'PPLA' || f === 'PPLC' || gaz.pop(d) >= 2000000;
    }, false);
    if (capitals.has(areaKey(gaz.cc(c.place), gaz.a1(c.place), -1))) local[a] -= 2;
  });
  // likewise a district and the town inside it that shares its name ("Bouficha", "Tuban"): the town
  m.cands.forEach((c, a) => {
    if (gaz.kind(c.place) !== KIND.admin2 || gaz.a2(c.place) < 0) return;
    districtTowns ??= townAreas(gaz, m.cands, () => true, true);
    if (districtTowns.has(areaKey(gaz.cc(c.place), gaz.a1(c.place), gaz.a2(c.place)))) local[a] -= 2;
  });
}

// a small town that shares its name with a country or state ("China", Texas; "Oregon", Illinois)
// needs a qualifier: the country or state is what a report means
function areaOverNamesakes(gaz: Gazetteer, m: Mention, local: number[]): void {
  const big = m.cands.filter((c) => c.flag === 1 && (gaz.kind(c.place) === KIND.country || gaz.kind(c.place) === KIND.admin1));
  // (likewise a continent, sea or region across countries over a town named after it: "Middle
  // East", Maryland; but not inside a longer name: "Atlantic Avenue" is a street, not the ocean)
  if (!m.inside && m.cands.some((c) => c.flag === 1 && gaz.kind(c.place) === KIND.region && gaz.cc(c.place) === NO_COUNTRY)) {
    m.cands.forEach((c, a) => { if (gaz.kind(c.place) === KIND.city && gaz.pop(c.place) < 100_000) local[a] -= 5; });
  }
  if (!big.length) return;
  m.cands.forEach((c, a) => {
    // a county called after its state ("Ohio County") is not what a bare "Ohio" means
    if (gaz.kind(c.place) === KIND.admin2 && c.flag === 2) { local[a] -= 3; return; }
    // (a city known by the name only as an alternate spelling, like Mexico City as "Mexico", whatever its size)
    if (gaz.kind(c.place) !== KIND.city || (gaz.pop(c.place) >= 500000 && c.flag !== 0)) return;
    // the province's own capital ("Raqqa") is not a namesake
    if (big.some((b) => gaz.kind(b.place) === KIND.admin1 && gaz.cc(b.place) === gaz.cc(c.place) && gaz.a1(b.place) === gaz.a1(c.place))) return;
    // a state abroad does not overshadow a city ("Manchester": England, not Jamaica's parish), but a
    // big one does overshadow a village ("Ontario": the province, not Ontario, New York)
    const abroadBig = big.some((b) => gaz.kind(b.place) === KIND.admin1 && gaz.pop(b.place) >= 1_000_000) && gaz.pop(c.place) < 20_000;
    if (!abroadBig && !big.some((b) => gaz.kind(b.place) === KIND.country || gaz.cc(b.place) === gaz.cc(c.place))) return;
    // a country's name takes more than a nearby town and a named state to lose ("China" in a
    // report from Houston is the country, not China, Texas)
    local[a] -= big.some((b) => gaz.kind(b.place) === KIND.country) ? 5 : abroadBig && !big.some((b) => gaz.cc(b.place) === gaz.cc(c.place)) ? 2 : 3;
  });
}

// an exonym of a big city ("Geneva" for Genève) when no town by that main name comes close in size
function exonymOfBigCity(gaz: Gazetteer, m: Mention, local: number[]): void {
  let mainPop = 0;
  for (const c of m.cands) if (c.flag === 1 && gaz.kind(c.place) === KIND.city) mainPop = Math.max(mainPop, gaz.pop(c.place));
  m.cands.forEach((c, a) => {
    if (c.flag === 0 && gaz.kind(c.place) === KIND.city && gaz.pop(c.place) >= 100000 && mainPop < 0.2 * gaz.pop(c.place)) local[a] += 0.9;
  });
}
