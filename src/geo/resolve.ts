// Ranks the candidates of every place span with document context, in two passes:
//  1. priors (feature type, population, main vs alternate name) plus local patterns
//     ("Paris, Texas", "Syria's Deir Ezzor", "Tripoli, Lebanon");
//  2. the document's countries and provinces (named outright or implied by the pass-1 winners)
//     and spatial coherence with the other places of the report.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import { oneSense, countyTowns, famousOverSmall, widelyKnown, listKinds, provinceOverCountry, namedOverForeign } from './rank-passes.ts';
import { prior, areaKey, cachedNameScores } from './name-scores.ts';
import { ownAreaMargin, seatTown, townOfWrongProvince } from './own-readings.ts';
import { context, ctxBonuses, distanceKm, sameVotes, type Context, type Vote } from './context.ts';

export { prior, areaKey, distanceKm };

export interface Mention {
  start: number;
  end: number;
  cands: Candidate[];
  suffix?: 'admin1' | 'admin2';
  common?: boolean;
  short?: boolean;
  /** index of a mention that qualifies this one ("Paris, Texas": Texas qualifies Paris) */
  qualifier?: number;
  /** how the qualifier is joined: "X (Y", "X, Y", "X in Y" / "X area of Y" */
  qualGap?: 'paren' | 'comma' | 'in' | 'poss';
  /** an item of a list of names ("Kisii, Wajir, Mandera"): a comma joins siblings there, not a container */
  listed?: boolean;
  /** the list's first mention (set with listed) */
  list?: number;
  /** found only inside a longer name ("Florida" of "Florida Atlantic University") */
  inside?: boolean;
  /** possessive that qualifies the next mention ("Syria's Deir Ezzor") */
  qualifies?: number;
  /** written after "Town, " or inside "Town (…)": the place is probably the town's province */
  areaSlot?: boolean;
  /** the normalized name: mentions of one name vote once in the context */
  key?: string;
  /** the text places a point here ("near X", "10 km west of X"): a town fits better than a province */
  pointy?: boolean;
  towns?: Candidate[]; // towns of the name left out by an admin word after it ("Poonch district")
}

export interface Ranked {
  place: number;
  score: number;
  /** score margin over the best candidate in another country/area, squashed to 0..1 */
  confidence: number;
  /** matched through an alternate spelling only */
  alt?: boolean;
  /** a qualifier ("Paris, Texas") supports the winner */
  qualified?: boolean;
  /** a name we do not know, written with its container ("Bennsh (Idleb)"): place is the container's */
  standIn?: boolean;
}

/** does place q contain place p (its country, province, district, or the town it lies by)? */
export function contains(gaz: Gazetteer, q: number, p: number): boolean {
  const kq = gaz.kind(q);
  if (q === p) return false;
  if (kq === KIND.country) return gaz.cc(q) === gaz.cc(p);
  const kp = gaz.kind(p);
  if (kp === KIND.country) return false;
  // an English county GeoNames lists only by its parts (a curated region about a point) holds the
  // towns about that point
  if (kq === KIND.region) return isCounty(gaz, q) && kp !== KIND.admin1 && gaz.cc(q) === gaz.cc(p) && distanceKm(gaz.lat(q), gaz.lon(q), gaz.lat(p), gaz.lon(p)) < COUNTY_KM;
  if (kq === KIND.admin1) return gaz.cc(q) === gaz.cc(p) && gaz.a1(q) === gaz.a1(p);
  if (kp === KIND.admin1) return false;
  if (kq === KIND.admin2) return gaz.cc(q) === gaz.cc(p) && gaz.a1(q) === gaz.a1(p) && gaz.a2(q) === gaz.a2(p) && gaz.a2(q) >= 0;
  // "Palanpur area of Surat", "Bennsh in Idleb", "Al Hishah (Misrata)": a place by a town lies near it
  // (a town often names its district too: "Baligubadle (Hargeysa, ...)" lies 90 km from the town)
  // (only one of its own country: "Zap (Amadiya)" is not the Turkish village of Zap across the border)
  if (kq === KIND.city && (kp === KIND.city || kp === KIND.site)) return gaz.cc(q) === gaz.cc(p) && distanceKm(gaz.lat(q), gaz.lon(q), gaz.lat(p), gaz.lon(p)) < 100;
  return false;
}

/** a county of a country that GeoNames lists only by its parts ("Yorkshire", "Cheshire"): a curated region */
export const isCounty = (gaz: Gazetteer, q: number) => gaz.kind(q) === KIND.region && gaz.fcode(q) === 'COUNTY';
const COUNTY_KM = 100;

/** is area a (a province or district) the one that town t lies in? */
function sameNamedArea(gaz: Gazetteer, a: number, t: number): boolean {
  const k = gaz.kind(a);
  if (gaz.cc(a) !== gaz.cc(t) || gaz.a1(a) !== gaz.a1(t)) return false;
  return k === KIND.admin1 || (k === KIND.admin2 && gaz.a2(a) === gaz.a2(t));
}

/** district x and town c in one province, one of them with no GeoNames district code: whether c lies
 * in x is unknown, so only the province can tell */
const unknownDistrict = (gaz: Gazetteer, x: number, c: number) =>
  gaz.kind(x) === KIND.admin2 && (gaz.a2(x) < 0 || gaz.a2(c) < 0) && gaz.a1(x) >= 0 && gaz.cc(x) === gaz.cc(c) && gaz.a1(x) === gaz.a1(c);

const CONTAINER = new Set<number>([KIND.country, KIND.admin1, KIND.admin2, KIND.city]);

/** "Bennsh (Idleb)", "Pati village (Barwani, Madhya Pradesh)": the container is known and none of
 * the name's candidates lies in it, so the name is one we do not know (a village the gazetteer
 * lacks), not the namesake abroad; the container stands in for it */
function unknownInContainer(gaz: Gazetteer, ms: Mention[], win: ({ idx: number } | null)[], eff: number[], i: number): number {
  const m = ms[i];
  const q = m.qualifier;
  const b = win[i];
  if (q === undefined || !m.qualGap || !b) return -1;
  // "BEIRUT (AP)", "Atlanta in June": acronyms and common words are no containers
  const qp = eff[q];
  if (qp < 0 || ms[q].short || ms[q].common) return -1;
  const kq = gaz.kind(qp);
  const county = isCounty(gaz, qp);
  if (!CONTAINER.has(kq) && !county) return -1;
  const wp = m.cands[b.idx].place;
  const kw = gaz.kind(wp);
  // "Beirut's Hamra": after a possessive, only a name with no namesake in the container's country is
  // taken for an unknown quarter ("Utah's Zion" may be a park we do not know, not Zion, Illinois)
  if (m.qualGap === 'poss') return m.cands.some((c) => gaz.cc(c.place) === gaz.cc(qp)) ? -1 : qp;
  // (a province abroad inside a written town, "As Sabaa (Tripoli)", is as unknown as a town abroad)
  if (kw !== KIND.city && kw !== KIND.site && kw !== KIND.admin2 && !(kw === KIND.admin1 && m.qualGap !== 'comma' && kq !== KIND.admin1)) return -1;
  // in brackets a town holds only smaller towns ("Kasserine (Ezzouhour, ...)" is not a place in Ezzouhour)
  // (a bigger town abroad is no such town: "Pati village (Barwani, ...)" is not Pati, Indonesia)
  if (kq === KIND.city && m.qualGap === 'paren' && gaz.pop(qp) <= gaz.pop(wp) && gaz.cc(qp) === gaz.cc(wp)) return -1;
  // the container may also be read as the province or district of the same name ("Al Khawkhah city (Al Hudaydah)")
  const qs = [qp, ...ms[q].cands.map((c) => c.place).filter((p) => p !== qp && gaz.cc(p) === gaz.cc(qp) && (gaz.kind(p) === KIND.admin1 || gaz.kind(p) === KIND.admin2))];
  // "Kharkiv, Zaporizhzhia", "Homs, Lebanon and Iraq": a comma also separates list items
  if (m.qualGap === 'comma' && (m.listed || ms[q].listed || !(county || qs.some((x) => gaz.kind(x) === KIND.admin1 || (gaz.kind(x) === KIND.admin2 && kw !== KIND.admin2))))) return -1;
  // "Kadikoy, Istanbul": where the container is also a province, the province's bounds decide, not
  // the distance to the town (a namesake 50 km off in the next province is not it)
  const areas = qs.filter((x) => gaz.kind(x) !== KIND.city && (kq !== KIND.city || sameNamedArea(gaz, x, qp)));
  const tests = areas.length ? areas : qs;
  // (a town close by is in either reading: "Huarocondo, Cusco" lies in the region, not the district)
  // (but never across a border: "Ash-Shajara town in Dar'a" is not the Jordanian village 15 km from Dar'a)
  const close = (c: number) => kq === KIND.city && gaz.cc(c) === gaz.cc(qp) && distanceKm(gaz.lat(qp), gaz.lon(qp), gaz.lat(c), gaz.lon(c)) < 40;
  // a district cannot say a town lies outside it when either has no GeoNames district code ("Sokode
  // (Tchaoudjo, Centrale)": the town has none): only a province or country that disagrees vetoes the town
  const within = (x: number, c: number) => contains(gaz, x, c) || unknownDistrict(gaz, x, c);
  return m.cands.some((c) => qs.includes(c.place) || close(c.place) || tests.some((x) => within(x, c.place))) ? -1 : qp;
}

/** "Man (Tonkpi, ...)": the written district is in the town's province, and one of the two has no
 * GeoNames district code, so it may well hold the town: a qualifier as good as one that contains it */
function inUncodedDistrict(gaz: Gazetteer, ms: Mention[], win: ({ idx: number } | null)[], i: number): boolean {
  const q = ms[i].qualifier;
  if (q === undefined || !ms[i].qualGap || ms[i].qualGap === 'poss' || !win[q] || !win[i]) return false;
  const x = ms[q].cands[win[q]!.idx].place;
  const c = ms[i].cands[win[i]!.idx].place;
  return gaz.kind(c) === KIND.city && unknownDistrict(gaz, x, c);
}

/** `hintCc`: the country the report's outlets point to (source-country.ts), a weak vote in the context;
 * `cues`: the countries its cue words and home-bound groups point to (country-cues.ts), as weak */
export function rank(gaz: Gazetteer, ms: Mention[], hintCc?: number, cues?: Set<number>): (Ranked | null)[] {
  // pass 1: priors and local qualifiers
  const local = ms.map((m) => cachedNameScores(gaz, m));
  countyTowns(gaz, ms, local);
  const qualified = ms.map((m) => new Array<boolean>(m.cands.length).fill(false));
  const qualBonus = ms.map((m) => new Array<number>(m.cands.length).fill(0));
  for (let i = 0; i < ms.length; i++) {
    const q = ms[i].qualifier ?? ms[i].qualifies;
    if (q === undefined) continue;
    const qm = ms[q];
    // boost candidate pairs where the qualifier contains the place; the qualifier is boosted too
    // in a list ("Clay, Douglas, Grant") a town or district after a comma is a sibling, not a container
    const siblings = ms[i].qualGap === 'comma' && (ms[i].listed || qm.listed);
    // "San Juan (San Juan)": the town and its province share the name; nearby namesakes are no container
    const sameName = ms[i].key !== undefined && ms[i].key === qm.key;
    // a town that also names its own province or district ("Istanbul", "Dar'a") contains by the area's bounds
    const cityIsArea = (qc: number) => qm.cands.some((d) => sameNamedArea(gaz, d.place, qc));
    // each side is boosted once, however many pairs fit (Oaxaca has dozens of "San Juan …" towns)
    const qBoost = new Set<number>();
    // which readings of the qualifier may contain by this rule (the same for every candidate: decided once)
    const skip = qm.cands.map((qc) => {
      const kq = gaz.kind(qc.place);
      return (siblings || sameName || (kq === KIND.city && cityIsArea(qc.place))) && kq !== KIND.country && kq !== KIND.admin1;
    });
    ms[i].cands.forEach((c, a) => {
      // a place inside several readings of the qualifier (Mexico the country and Mexico the state) fits best
      let fits = 0;
      qm.cands.forEach((qc, b) => {
        if (skip[b]) return;
        if (contains(gaz, qc.place, c.place)) {
          fits++;
          qBoost.add(b);
        }
      });
      if (fits) {
        local[i][a] += (qualBonus[i][a] = 6 + 2 * Math.min(2, fits - 1));
        qualified[i][a] = true;
      }
    });
    for (const b of qBoost) local[q][b] += 3;
  }
  // passes 2-3: re-rank with the context implied by the current winners
  let win = ms.map((m, i) => best(m.cands, local[i]));
  let scores: number[][] = local;
  // the context bonus depends only on (name, place): a name repeated 50 times is scored once
  const repeats = repeatOf(ms);
  let last: Vote[] | null = null;
  for (let round = 0; round < 2; round++) {
    const ctx = context(gaz, ms, win, hintCc, cues);
    // (the same votes make the same context, bonuses, scores and winners: pass 3 then only runs the rules below)
    if (!last || !sameVotes(last, ctx.votes)) rescore(gaz, ctx, ms, repeats, local, scores = new Array<number[]>(ms.length), win);
    last = ctx.votes;
    if (round === 1) {
      famousOverSmall(gaz, ctx, ms, win, scores, qualified);
      widelyKnown(gaz, ctx, ms, win, qualified);
      provinceOverCountry(gaz, ctx, ms, win, qualified);
      namedOverForeign(gaz, ctx, ms, win, scores, qualified);
      listKinds(gaz, ms, win, scores, qualified);
    }
  }
  looseQualifiers(gaz, ms, win, scores, qualified, qualBonus);
  // names we do not know inside a written container, right to left so chains ("Savar city (Savar, Dhaka)") resolve
  const eff = ms.map((m, i) => (win[i] ? m.cands[win[i]!.idx].place : -1));
  const standIn = ms.map(() => -1);
  let wrong = -1;
  for (let i = ms.length - 1; i >= 0; i--) {
    standIn[i] = unknownInContainer(gaz, ms, win, eff, i);
    // (a district GeoNames lacks in its written province, but whose seat town is there: the town)
    if (standIn[i] >= 0 && seatTown(gaz, ms[i], win, scores, i, standIn[i])) [standIn[i], eff[i]] = [-1, ms[i].cands[win[i]!.idx].place];
    else if (standIn[i] >= 0 && (wrong = townOfWrongProvince(gaz, ms[i], standIn[i])) >= 0) {
      // (a town of a distinctive name in the same country, written with the wrong province: the town)
      win[i] = { idx: wrong, margin: win[i]!.margin };
      [standIn[i], eff[i]] = [-1, ms[i].cands[wrong].place];
    } else if (standIn[i] >= 0) eff[i] = standIn[i];
  }
  oneSense(gaz, ms, win, qualified, standIn);
  return ms.map((m, i) => {
    const b = win[i];
    if (!b) return null;
    // a common word ("Police", "Mobile") counts only with a qualifier or as a country/province
    const wk = gaz.kind(m.cands[b.idx].place);
    if (m.common && !qualified[i][b.idx] && wk !== KIND.country && wk !== KIND.region && !inUncodedDistrict(gaz, ms, win, i)) return null;
    // an acronym ("NAS") with no country or state behind it
    if (m.short && wk === KIND.city && !qualified[i][b.idx]) return null;
    const container = standIn[i];
    if (container >= 0) return { place: container, score: 0, confidence: 0.3, standIn: true };
    const margin = ownAreaMargin(gaz, m.cands, scores[i], b);
    return { place: m.cands[b.idx].place, score: scores[i][b.idx], confidence: 1 - Math.exp(-Math.max(0, margin) / 2), alt: m.cands[b.idx].flag !== 1, qualified: qualified[i][b.idx] };
  });
}

/** the scores of every mention (local plus context bonus) and its winner, into scores and win */
function rescore(gaz: Gazetteer, ctx: Context, ms: Mention[], repeats: number[], local: number[][], scores: number[][], win: ({ idx: number; margin: number } | null)[]): void {
  const bonuses: number[][] = [];
  for (let i = 0; i < ms.length; i++) bonuses.push(repeats[i] >= 0 ? bonuses[repeats[i]] : ctxBonuses(gaz, ctx, ms[i]));
  for (let i = 0; i < ms.length; i++) {
    const l = local[i], bo = bonuses[i], n = ms[i].cands.length;
    const s = new Array<number>(n);
    for (let a = 0; a < n; a++) s[a] = l[a] + bo[a];
    scores[i] = s;
    win[i] = best(ms[i].cands, s);
  }
}


/** "After Paris, London is ...": a reading supported by a qualifier only through a reading of it that
 * lost (London, Ontario holds Paris, Ontario; London is London, England) has no such support */
function looseQualifiers(gaz: Gazetteer, ms: Mention[], win: ({ idx: number; margin: number } | null)[], scores: number[][], qualified: boolean[][], qualBonus: number[][]): void {
  // (the qualifier's reading is the one most of its mentions take: the boost the pair gives each
  // other may tip the qualifier's own mention, "London" of "Paris, London", to London, Ontario)
  let sense: Map<string, number> | null = null;
  const senseOf = (q: number) => {
    const key = ms[q].key;
    if (!key) return ms[q].cands[win[q]!.idx].place;
    if (!sense) {
      const n = new Map<string, Map<number, number>>();
      ms.forEach((x, j) => {
        if (!x.key || !win[j]) return;
        const p = x.cands[win[j]!.idx].place;
        const c = n.get(x.key) ?? n.set(x.key, new Map()).get(x.key)!;
        c.set(p, (c.get(p) ?? 0) + 1);
      });
      // (the most frequent reading, the first taken among equals: what a stable sort by count puts first)
      sense = new Map();
      for (const [k, c] of n) {
        let bp = -1, bn = 0;
        for (const [p, cnt] of c) if (cnt > bn) { bp = p; bn = cnt; }
        sense.set(k, bp);
      }
    }
    return sense.get(key)!;
  };
  ms.forEach((m, i) => {
    const b = win[i];
    const q = m.qualifier;
    if (!b || q === undefined || !qualified[i][b.idx] || !win[q]) return;
    const qp = senseOf(q);
    const p = m.cands[b.idx].place;
    if (qp === p || contains(gaz, qp, p)) return;
    const s = scores[i].map((x, a) => x - qualBonus[i][a]);
    const nb = best(m.cands, s);
    if (!nb || nb.idx === b.idx) return;
    win[i] = nb;
    qualified[i][b.idx] = false;
  });
}

/** per mention, an earlier mention of the same name with the same readings in the same order (its
 * context bonuses are this one's), or -1 */
function repeatOf(ms: Mention[]): number[] {
  const first = new Map<string, number>();
  return ms.map((m, i) => {
    if (!m.key) return -1;
    const j = first.get(m.key);
    if (j === undefined) { first.set(m.key, i); return -1; }
    const o = ms[j].cands;
    // (nor where one is written as a container and the other not: the spatial cap differs)
    if (!!ms[j].areaSlot !== !!m.areaSlot) return -1;
    if (o === m.cands) return j;
    if (o.length !== m.cands.length) return -1;
    for (let a = 0; a < o.length; a++) if (o[a].place !== m.cands[a].place) return -1;
    return j;
  });
}

function best(cands: Candidate[], scores: number[]): { idx: number; margin: number } | null {
  if (!cands.length) return null;
  let bi = 0;
  for (let a = 1; a < scores.length; a++) if (scores[a] > scores[bi]) bi = a;
  let second = -Infinity;
  for (let a = 0; a < scores.length; a++) if (a !== bi && scores[a] > second) second = scores[a];
  return { idx: bi, margin: second === -Infinity ? 5 : scores[bi] - second };
}
