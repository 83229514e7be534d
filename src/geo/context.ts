// The document context that pass 2 of the ranking reads: each distinct name's winning reading votes
// for its country, its province and its point, and every reading of a mention gets a bonus from the
// other names' votes (country share, named country or province, towns nearby).
import type { Gazetteer } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import type { Mention } from './resolve.ts';

/** great-circle distance (haversine, mean earth radius) */
const R = 6371;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = ((lat2 - lat1) * Math.PI) / 180;
  const dLon = ((lon2 - lon1) * Math.PI) / 180;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos((lat1 * Math.PI) / 180) * Math.cos((lat2 * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** distanceKm with the cosines of both latitudes given (Math.cos((lat * Math.PI) / 180), the same
 * expression): the same arithmetic in the same order, so the same number (test/geo/context.test.ts);
 * the spatial loop below computes each point's cosine once instead of at every pair */
export function distanceKmCos(lat1: number, lon1: number, cos1: number, lat2: number, lon2: number, cos2: number): number {
  const dLat = ((lat2 - lat1) * Math.PI) / 180;
  const dLon = ((lon2 - lon1) * Math.PI) / 180;
  const a = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}
export const cosLat = (lat: number) => Math.cos((lat * Math.PI) / 180);

export interface Vote { key: string; place: number; w: number }
/** a town, site or district vote, with its coordinates read once for the spatial loop */
interface PointVote { key: string; lat: number; lon: number; cos: number; w: number }
export interface Context {
  /** per distinct name: the winner and how sure it is (several mentions of one name vote once) */
  votes: Vote[];
  /** the vote of each name (names vote once, so the key is unique) */
  byKey: Map<string, Vote>;
  /** per country: the first country vote for it */
  countryVote: Map<number, number>;
  /** the town, site and district votes, in vote order */
  points: PointVote[];
  /** the points' latitudes, in the same order (the spatial loop's cheap test reads only these) */
  pointLat: number[];
  ccW: Map<number, number>;
  ccTotal: number;
  /** countries and provinces named outright */
  namedCc: Set<number>;
  namedA1: Set<number>;
  a1W: Map<number, number>;
}

/** a province as one number (country index, admin1 index >= -1): cheaper than a string key */
export const a1Key = (cc: number, a1: number) => cc * 1048576 + a1 + 1;

/** what the outlets' country (source-country.ts) weighs: one more place of that country in the report */
const SOURCE_HINT_W = 1;

/** what a cue country (country-cues.ts) weighs: one more place of that country in the report */
const CUE_W = 1;

export function context(gaz: Gazetteer, ms: Mention[], win: ({ idx: number; margin: number } | null)[], hintCc?: number, cues?: Set<number>): Context {
  const byKey = new Map<string, Vote>();
  ms.forEach((m, i) => {
    const b = win[i];
    if (!b) return;
    const key = m.key ?? String(i);
    const w = (m.common ? 0.3 : 1) * Math.min(1, 0.4 + b.margin / 4);
    const old = byKey.get(key);
    if (!old || old.w < w) byKey.set(key, { key, place: m.cands[b.idx].place, w });
  });
  const votes = [...byKey.values()];
  const ccW = new Map<number, number>();
  const a1W = new Map<number, number>();
  const namedCc = new Set<number>();
  const namedA1 = new Set<number>();
  const countryVote = new Map<number, number>();
  const points: PointVote[] = [];
  for (const v of votes) {
    const k = gaz.kind(v.place);
    const cc = gaz.cc(v.place);
    const a1 = gaz.a1(v.place);
    ccW.set(cc, (ccW.get(cc) ?? 0) + v.w);
    if (k === KIND.country) {
      namedCc.add(cc);
      if (!countryVote.has(cc)) countryVote.set(cc, v.place);
    }
    // ("English" says which country a report is about, not that its places lie in England)
    const nation = k === KIND.admin1 && gaz.ix.demonyms[v.key] === v.place;
    if (k === KIND.admin1 && !nation) namedA1.add(a1Key(cc, a1));
    if (k !== KIND.country && a1 >= 0 && !nation) a1W.set(a1Key(cc, a1), (a1W.get(a1Key(cc, a1)) ?? 0) + v.w);
    if (k === KIND.city || k === KIND.site || k === KIND.admin2) {
      const lat = gaz.lat(v.place);
      points.push({ key: v.key, lat, lon: gaz.lon(v.place), cos: cosLat(lat), w: v.w });
    }
  }
  if (hintCc !== undefined && hintCc >= 0) ccW.set(hintCc, (ccW.get(hintCc) ?? 0) + SOURCE_HINT_W);
  // (as telling as the country's name: its readings get the named country's bonus too)
  if (cues) for (const c of cues) { ccW.set(c, (ccW.get(c) ?? 0) + CUE_W); namedCc.add(c); }
  const ccTotal = [...ccW.values()].reduce((a, b) => a + b, 0) || 1;
  // (a plain array of doubles: a typed array's backing store costs more to make than the few
  // points of a report are read; Float64Array.from with a map function walks the iterator protocol)
  const pointLat: number[] = [];
  for (let j = 0; j < points.length; j++) pointLat.push(points[j].lat);
  return { votes, byKey, countryVote, points, pointLat, ccW, ccTotal, namedCc, namedA1, a1W };
}

/** 300 km, the reach of spatial support, is 2.70 degrees of latitude; any two points further apart
 * in latitude alone are further apart than that (with a margin for rounding), so the haversine is skipped */
export const NEAR_KM = 300;
export const NEAR_LAT = 2.75;
/** the most spatial support a reading gets from the report's towns around it; a name written as a
 * town's container ("Nihm (Sanaa)") stays at 3, so towns near the one it holds do not turn the
 * province into its namesake town */
const SPATIAL_CAP = 4;
const SPATIAL_CAP_AREA = 3;

/** the context bonus of each reading of a mention */
export function ctxBonuses(gaz: Gazetteer, ctx: Context, m: Mention): number[] {
  const key = m.key ?? '';
  // this name's own vote is left out of its context
  const own = ctx.byKey.get(key);
  const cs = m.cands;
  const out = new Array<number>(cs.length);
  const cap = m.areaSlot ? SPATIAL_CAP_AREA : SPATIAL_CAP;
  for (let a = 0; a < cs.length; a++) out[a] = ctxBonus(gaz, ctx, key, own, cs[a].place, cap);
  return out;
}

function ctxBonus(gaz: Gazetteer, ctx: Context, key: string, own: Vote | undefined, p: number, cap: number): number {
  const cc = gaz.cc(p);
  const kind = gaz.kind(p);
  const ownCc = own && gaz.cc(own.place) === cc ? own.w : 0;
  const share = Math.max(0, (ctx.ccW.get(cc) ?? 0) - ownCc) / Math.max(1, ctx.ccTotal - (own?.w ?? 0));
  let s = 3.5 * share;
  if (kind === KIND.country) return s;
  if (ctx.namedCc.has(cc) && !(own && own.place === ctx.countryVote.get(cc))) s += 2;
  const pa1 = gaz.a1(p);
  if (pa1 >= 0) {
    const a1 = a1Key(cc, pa1);
    if (ctx.namedA1.has(a1) && !(own && gaz.kind(own.place) === KIND.admin1 && own.place === p)) s += 3;
    const a1w = (ctx.a1W.get(a1) ?? 0) - (own && gaz.a1(own.place) === pa1 && gaz.cc(own.place) === cc ? own.w : 0);
    // towns of the report inside this province: support for the province itself as much as for its towns
    if (a1w > 0.2) s += kind === KIND.admin1 ? Math.min(4, 2 * a1w) : Math.min(2, 1.2 * a1w);
  }
  if (kind === KIND.city || kind === KIND.site || kind === KIND.admin2) {
    // spatial coherence with the other towns of the report
    let near = 0;
    const lat = gaz.lat(p), lon = gaz.lon(p);
    const pl = ctx.pointLat, pts = ctx.points;
    // (the reading's cosine, made at its first near point)
    let cos = NaN;
    for (let j = 0; j < pl.length; j++) {
      // (the cheap test first: most towns of the report are far in latitude alone)
      if (Math.abs(pl[j] - lat) > NEAR_LAT) continue;
      const v = pts[j];
      if (v.key === key) continue;
      if (cos !== cos) cos = cosLat(lat);
      const d = distanceKmCos(lat, lon, cos, v.lat, v.lon, v.cos);
      if (d < NEAR_KM) near += v.w * (1 - d / NEAR_KM);
    }
    s += Math.min(cap, 1.5 * near);
  }
  return s;
}

/** whether two rounds' votes are the same (same names, readings and weights): the scores they give are too */
export const sameVotes = (a: Vote[], b: Vote[]) => a.length === b.length && a.every((v, i) => v.key === b[i].key && v.place === b[i].place && v.w === b[i].w);
