// Passes of rank() over the whole report that look past one name's candidates: one sense per
// report for unknown villages, towns and counties that fit together, world cities over small namesakes.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { areaKey } from './resolve.ts';
import { type Context, a1Key, distanceKm, NEAR_KM, NEAR_LAT } from './context.ts';
import { KIND } from './index-file.ts';

/** one sense per report: an unknown village written once with its container ("near Vodyane,
 * Donetsk") is the same unknown village where the name comes again bare ("the frontline near
 * Vodyane"), not a small namesake elsewhere */
export function oneSense(gaz: Gazetteer, ms: Mention[], win: ({ idx: number } | null)[], qualified: boolean[][], standIn: number[]): void {
  const unknown = new Map<string, number>();
  ms.forEach((m, i) => { if (m.key && standIn[i] >= 0 && !unknown.has(m.key)) unknown.set(m.key, standIn[i]); });
  if (!unknown.size) return;
  ms.forEach((m, i) => {
    const b = win[i];
    const c = m.key ? unknown.get(m.key) : undefined;
    if (c === undefined || !b || standIn[i] >= 0 || qualified[i][b.idx]) return;
    // (a known town or province of the name is no namesake: only small towns give way)
    const p = m.cands[b.idx].place;
    if (gaz.kind(p) === KIND.city && gaz.pop(p) < 50000) standIn[i] = c;
  });
}

/** "Huntsville ... Walker County": a town and a district named anywhere in the report that fit
 * together (the town lies in the district) support each other's readings, whatever their sizes
 * (a report names the county of its own town far more often than a namesake county elsewhere) */
export function countyTowns(gaz: Gazetteer, ms: Mention[], local: number[][]): void {
  // district readings by district index (then told apart by the whole (country, province, district)
  // key: a Map on a small integer is much cheaper than one on that key), with the mention that offers each
  const districts = new Map<number, { key: string; i: number; a: number; area: number }[]>();
  ms.forEach((m, i) => {
    for (const a of areaReadings(gaz, m.cands).districts) {
      const c = m.cands[a];
      const a2 = gaz.a2(c.place);
      (districts.get(a2) ?? districts.set(a2, []).get(a2)!).push({ key: m.key ?? String(i), i, a, area: areaKey(gaz.cc(c.place), gaz.a1(c.place), a2) });
    }
  });
  if (!districts.size) return;
  const done = new Set<string>();
  ms.forEach((m, i) => {
    for (const a of areaReadings(gaz, m.cands).towns) {
      const c = m.cands[a];
      const ds = districts.get(gaz.a2(c.place));
      if (!ds) continue;
      const area = areaKey(gaz.cc(c.place), gaz.a1(c.place), gaz.a2(c.place));
      // (a town and its same-named district are one name, not two witnesses)
      const others = ds.filter((d) => d.area === area && d.key !== (m.key ?? String(i)));
      if (!others.length) continue;
      local[i][a] += 2;
      for (const d of others) {
        const k = `${d.i}:${d.a}`;
        if (!done.has(k)) { done.add(k); local[d.i][d.a] += 2; }
      }
    }
  });
}

/** which readings of a list are districts, and which towns, with a GeoNames district code (once per
 * shared list of the matcher: a common name has dozens of readings) */
const AREA_READINGS = new WeakMap<Candidate[], { districts: number[]; towns: number[] }>();
function areaReadings(gaz: Gazetteer, cands: Candidate[]): { districts: number[]; towns: number[] } {
  let r = AREA_READINGS.get(cands);
  if (!r) {
    r = { districts: [], towns: [] };
    for (let a = 0; a < cands.length; a++) {
      const p = cands[a].place;
      if (gaz.a2(p) < 0) continue;
      if (gaz.kind(p) === KIND.admin2) r.districts.push(a);
      else if (gaz.kind(p) === KIND.city) r.towns.push(a);
    }
    AREA_READINGS.set(cands, r);
  }
  return r;
}

/** "London" in a report on Washington: a small namesake that only shares the report's country
 * (no named or implied province of its own, no town of the report near it) gives way to a city
 * of a million or more abroad; the country of a report is weak evidence against a world city */
export function famousOverSmall(gaz: Gazetteer, ctx: Context, ms: Mention[], win: ({ idx: number; margin: number } | null)[], scores: number[][], qualified: boolean[][]): void {
  ms.forEach((m, i) => {
    const b = win[i];
    if (!b || qualified[i][b.idx]) return;
    const p = m.cands[b.idx].place;
    if (gaz.kind(p) !== KIND.city || gaz.pop(p) >= FAMOUS_SMALL) return;
    let big = -1;
    m.cands.forEach((c, a) => {
      if (gaz.kind(c.place) !== KIND.city || c.flag !== 1 || gaz.cc(c.place) === gaz.cc(p)) return;
      if (gaz.pop(c.place) >= FAMOUS_POP && (big < 0 || scores[i][a] > scores[i][big])) big = a;
    });
    if (big >= 0 && provinceSupport(gaz, ctx, m, p) <= 0) { win[i] = { idx: big, margin: 0 }; return; }
    // "Cairo airport" in a report that names Egypt: the capital of a country the report names
    // outright, over a village of under 20,000 however near the report's other towns
    if (gaz.pop(p) >= CAPITAL_OVER) return;
    const cap = m.cands.findIndex((c) => c.flag === 1 && gaz.fcode(c.place) === 'PPLC' && gaz.cc(c.place) !== gaz.cc(p) && ctx.namedCc.has(gaz.cc(c.place)));
    if (cap >= 0) win[i] = { idx: cap, margin: 0 };
  });
}
const CAPITAL_OVER = 20_000;

/** "Insurgents attacked Palma. Mozambique said ...": in a report that names one country outright, a
 * town abroad of under a million, neither a capital nor widely known, with nothing else of the report in its country (nor
 * its country named or cued) gives way to the name's own reading (a town, site or district) in the
 * named country: the report's country is stronger evidence than a foreign namesake's size */
export function namedOverForeign(gaz: Gazetteer, ctx: Context, ms: Mention[], win: ({ idx: number; margin: number } | null)[], scores: number[][], qualified: boolean[][]): void {
  if (ctx.namedCc.size !== 1) return;
  const [cc] = ctx.namedCc;
  ms.forEach((m, i) => {
    const b = win[i];
    if (!b || qualified[i][b.idx] || m.inside) return;
    const p = m.cands[b.idx].place;
    const pc = gaz.cc(p);
    // (a world city, a capital or a widely known town abroad keeps its reading: "the game from Manchester")
    if (pc === cc || gaz.kind(p) !== KIND.city || gaz.pop(p) >= FAMOUS_POP || gaz.fcode(p) === 'PPLC' || gaz.alts(p) >= KNOWN_ALTS) return;
    const own = ctx.byKey.get(m.key ?? '');
    if ((ctx.ccW.get(pc) ?? 0) - (own && gaz.cc(own.place) === pc ? own.w : 0) > 0) return;
    let alt = -1;
    m.cands.forEach((c, a) => {
      const k = gaz.kind(c.place);
      if (gaz.cc(c.place) !== cc || c.flag === 0 || (k !== KIND.city && k !== KIND.site && k !== KIND.admin2)) return;
      if (alt < 0 || scores[i][a] > scores[i][alt]) alt = a;
    });
    if (alt >= 0) win[i] = { idx: alt, margin: 0 };
  });
}

/** "Hollywood", "Venice", "Alexandria" with nothing in the report for any one reading: the namesake
 * known far more widely (many more alternate names in GeoNames than any other town of the name) is
 * meant, whatever the sizes or the report's country. A town the report supports (its province
 * named, towns of the report near it) or a qualifier keeps its reading */
export function widelyKnown(gaz: Gazetteer, ctx: Context, ms: Mention[], win: ({ idx: number; margin: number } | null)[], qualified: boolean[][]): void {
  ms.forEach((m, i) => {
    const b = win[i];
    if (!b || qualified[i][b.idx]) return;
    const p = m.cands[b.idx].place;
    if (gaz.kind(p) !== KIND.city) return;
    // (a town that only lists the name among its alternate spellings, Richmond for "Manchester",
    // gives way to the widely known town of that very name however known it is itself)
    const alt = m.cands[b.idx].flag === 0;
    const f = alt ? mostKnownMain(gaz, m.cands) : mostKnown(gaz, m.cands);
    // ("Louisville" in a sports report that names Ohio: a town dwarfed by a namesake of its own
    // country keeps its reading only with towns of the report close by; its province named, or towns
    // somewhere in it, are no support: they also fit the report's other towns)
    const d = dwarfedBy(gaz, m.cands, p);
    if (d >= 0 && (alt || f < 0 || f === b.idx || f === d)) {
      if (!townNear(gaz, ctx, m, p, DWARF_NEAR_KM)) win[i] = { idx: d, margin: 0 };
      return;
    }
    if (f < 0 || f === b.idx) return;
    const fp = m.cands[f].place;
    // (an exonym of a world city, "New Delhi" for Delhi, may be as widely known as the namesake)
    if (gaz.alts(fp) < (alt ? 1 : 2) * gaz.alts(p)) return;
    // (for a town called so only by an alternate spelling, its province named is no support: only
    // towns of the report close by are)
    if (alt ? townNear(gaz, ctx, m, p, NEAR_KM) : provinceSupport(gaz, ctx, m, p) > 0) return;
    win[i] = { idx: f, margin: 0 };
  });
}

/** the town by the name (main name) in p's country with at least KNOWN_ALTS alternate names, three
 * times p's, and ten times p's people (the most known of such), or -1 */
function dwarfedBy(gaz: Gazetteer, cands: Candidate[], p: number): number {
  let r = -1;
  const cc = gaz.cc(p), n = Math.max(KNOWN_ALTS, 3 * gaz.alts(p)), pop = 10 * gaz.pop(p);
  cands.forEach((c, a) => {
    const q = c.place;
    if (c.flag !== 1 || q === p || gaz.kind(q) !== KIND.city || gaz.cc(q) !== cc || gaz.alts(q) < n || gaz.pop(q) < pop) return;
    if (r < 0 || gaz.alts(q) > gaz.alts(cands[r].place)) r = a;
  });
  return r;
}
const DWARF_NEAR_KM = 100;
const KNOWN_ALTS = 25;

/** a town, site or district of the report (other than this name) within km of p */
function townNear(gaz: Gazetteer, ctx: Context, m: Mention, p: number, km: number): boolean {
  const key = m.key ?? '';
  const lat = gaz.lat(p), lon = gaz.lon(p);
  return ctx.points.some((v) => v.key !== key && Math.abs(v.lat - lat) <= NEAR_LAT && distanceKm(lat, lon, v.lat, v.lon) < km);
}

/** the town by the name (main name) with at least KNOWN_ALTS alternate names and twice as many as
 * any other, or -1 (once per shared candidate list) */
const MOST_KNOWN = new WeakMap<Candidate[], number>();
function mostKnown(gaz: Gazetteer, cands: Candidate[]): number {
  let r = MOST_KNOWN.get(cands);
  if (r === undefined) {
    let n1 = 0, n2 = 0;
    r = -1;
    cands.forEach((c, a) => {
      if (gaz.kind(c.place) !== KIND.city || c.flag !== 1) return;
      const n = gaz.alts(c.place);
      if (n > n1) { n2 = n1; n1 = n; r = a; } else if (n > n2) n2 = n;
    });
    if (n1 < KNOWN_ALTS || n1 < 2 * n2) r = -1;
    MOST_KNOWN.set(cands, r);
  }
  return r;
}
/** the town by the name (main name) with the most alternate names, at least KNOWN_ALTS, or -1 */
function mostKnownMain(gaz: Gazetteer, cands: Candidate[]): number {
  let r = -1;
  cands.forEach((c, a) => {
    if (gaz.kind(c.place) === KIND.city && c.flag === 1 && gaz.alts(c.place) >= KNOWN_ALTS && (r < 0 || gaz.alts(c.place) > gaz.alts(cands[r].place))) r = a;
  });
  return r;
}
const FAMOUS_POP = 1_000_000;
const FAMOUS_SMALL = 50_000;

/** the province-level part of the context bonus: the province named, towns of the report in it or near p */
function provinceSupport(gaz: Gazetteer, ctx: Context, m: Mention, p: number): number {
  const key = m.key ?? '';
  const cc = gaz.cc(p);
  const own = ctx.byKey.get(key);
  let s = 0;
  const pa1 = gaz.a1(p);
  if (pa1 >= 0) {
    const a1 = a1Key(cc, pa1);
    if (ctx.namedA1.has(a1)) s += 1;
    const a1w = (ctx.a1W.get(a1) ?? 0) - (own && gaz.a1(own.place) === pa1 && gaz.cc(own.place) === cc ? own.w : 0);
    if (a1w > 0.2) s += a1w;
  }
  const lat = gaz.lat(p), lon = gaz.lon(p);
  for (const v of ctx.points) {
    if (v.key === key || Math.abs(v.lat - lat) > NEAR_LAT) continue;
    if (distanceKm(lat, lon, v.lat, v.lon) < NEAR_KM) s += v.w;
  }
  return s;
}

/** "California or Washington", "Georgia, Alabama and Tennessee": a name listed with provinces (or
 * with countries) only is a province (a country) like them, if it has such a reading: the state of
 * Washington, not the capital; the state of Georgia, not the country */
export function listKinds(gaz: Gazetteer, ms: Mention[], win: ({ idx: number; margin: number } | null)[], scores: number[][], qualified: boolean[][]): void {
  // (twice: an item switched makes the list more uniform for the items before it)
  for (let round = 0; round < 2; round++) {
    ms.forEach((m, i) => {
      const b = win[i];
      // (a place found inside a longer name, "Florida Atlantic University", is no item of its own)
      if (m.list === undefined || !b || m.inside) return;
      // "Georgia, Oklahoma, Pennsylvania and Ohio": a qualifier that is the next item of the list is a
      // sibling, unless it holds a city ("Texas and Washington, D.C.")
      if (qualified[i][b.idx] && (m.qualifier === undefined || ms[m.qualifier].list !== m.list || gaz.pop(m.cands[b.idx].place) >= 100000)) return;
      const like = listKind(gaz, ms, win, m.list, i);
      if (!like) return;
      const { kind, cc } = like;
      const wk = gaz.kind(m.cands[b.idx].place);
      // (among towns only a province gives way, to a town of the name of 100,000 or more: "Washington,
      // New York and Boston" are three cities)
      if (wk === kind || (kind === KIND.city && wk !== KIND.admin1)) return;
      let alt = -1;
      m.cands.forEach((c, a) => {
        if (gaz.kind(c.place) !== kind || (kind === KIND.admin1 && gaz.cc(c.place) !== cc)) return;
        // (a province by its name without "Province", Quebec, counts; an alternate spelling does not)
        if (kind === KIND.city ? gaz.pop(c.place) < 100000 || gaz.cc(c.place) !== gaz.cc(m.cands[b.idx].place) : c.flag === 0) return;
        if (alt < 0 || scores[i][a] > scores[i][alt]) alt = a;
      });
      if (alt >= 0) win[i] = { idx: alt, margin: 0 };
    });
  }
}

/** the kind (and, for provinces, the country) that the other items of a list take: all of them, or
 * all but one of four or more ("Ontario, Manitoba, New Brunswick, Alberta and British Columbia" with
 * one read as a town); null if none */
function listKind(gaz: Gazetteer, ms: Mention[], win: ({ idx: number } | null)[], list: number, i: number): { kind: number; cc: number } | null {
  // (kind and country as one number, kind * 2^20 + country + 1: no string per item)
  const counts = new Map<number, number>();
  let n = 0;
  for (let j = list; j < ms.length && ms[j].list === list; j++) {
    if (j === i || ms[j].key === ms[i].key) continue;
    const w = win[j];
    n++;
    if (!w) continue;
    const p = ms[j].cands[w.idx].place;
    const k = gaz.kind(p);
    if (k !== KIND.admin1 && k !== KIND.country && k !== KIND.city) continue;
    const key = k * 1048576 + (k === KIND.admin1 ? gaz.cc(p) : -1) + 1;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, c] of counts) {
    if (c === n || (n >= 3 && c >= n - 1)) {
      return { kind: Math.floor(key / 1048576), cc: (key % 1048576) - 1 };
    }
  }
  return null;
}

/** "Georgia" in a report whose places lie in the United States and none in Georgia the country:
 * the state. A country that shares its name with a province or town abroad is meant unless the
 * report's places lie mostly in that country and none of them in the named country */
export function provinceOverCountry(gaz: Gazetteer, ctx: Context, ms: Mention[], win: ({ idx: number; margin: number } | null)[], qualified: boolean[][]): void {
  ms.forEach((m, i) => {
    const b = win[i];
    if (!b || qualified[i][b.idx]) return;
    const c = m.cands[b.idx].place;
    if (gaz.kind(c) !== KIND.country) return;
    const own = ctx.byKey.get(m.key ?? '');
    const total = ctx.ccTotal - (own?.w ?? 0);
    if (total < 2 || (ctx.ccW.get(gaz.cc(c)) ?? 0) - (own && gaz.cc(own.place) === gaz.cc(c) ? own.w : 0) > 0) return;
    let town = -1, ts = 0;
    m.cands.forEach((a, k) => {
      const ka = gaz.kind(a.place);
      if (a.flag !== 1 || gaz.cc(a.place) === gaz.cc(c) || (ctx.ccW.get(gaz.cc(a.place)) ?? 0) < PROVINCE_SHARE * total) return;
      if (ka === KIND.admin1) win[i] = { idx: k, margin: 0 };
      // (a village like China, Texas, does not outweigh the country even among its neighbours)
      if (ka !== KIND.city || gaz.pop(a.place) < TOWN_POP) return;
      const sp = provinceSupport(gaz, ctx, m, a.place);
      if (sp > ts) [ts, town] = [sp, k];
    });
    // (no province of the name: a town of it of 10,000 or more that the report supports, its
    // province named or towns of the report near it: "Palestine" in a report from East Texas)
    if (town >= 0 && ts >= TOWN_SUPPORT && win[i]!.idx === b.idx) win[i] = { idx: town, margin: 0 };
  });
}
const PROVINCE_SHARE = 0.6;
const TOWN_SUPPORT = 2;
const TOWN_POP = 10000;
