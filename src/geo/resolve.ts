// Ranks the candidates of every place span with document context, in two passes:
//  1. priors (feature type, population, main vs alternate name) plus local patterns
//     ("Paris, Texas", "Syria's Deir Ezzor", "Tripoli, Lebanon");
//  2. the document's countries and provinces (named outright or implied by the pass-1 winners)
//     and spatial coherence with the other places of the report.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { KIND } from './index-file.ts';

export interface Mention {
  start: number;
  end: number;
  cands: Candidate[];
  suffix?: 'admin1' | 'admin2';
  common?: boolean;
  short?: boolean;
  /** index of a mention that qualifies this one ("Paris, Texas": Texas qualifies Paris) */
  qualifier?: number;
  /** possessive that qualifies the next mention ("Syria's Deir Ezzor") */
  qualifies?: number;
  /** the text places a point here ("near X", "10 km west of X"): a town fits better than a province */
  pointy?: boolean;
}

export interface Ranked {
  place: number;
  score: number;
  /** score margin over the best candidate in another country/area, squashed to 0..1 */
  confidence: number;
}

const R = 6371;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = ((lat2 - lat1) * Math.PI) / 180;
  const dLon = ((lon2 - lon1) * Math.PI) / 180;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos((lat1 * Math.PI) / 180) * Math.cos((lat2 * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

const FCODE_BONUS: Record<string, number> = { PPLC: 2.5, PPLA: 1.6, PPLA2: 0.7, PPLA3: 0.2, PPLA4: 0, PPL: 0, PPLX: -1, PPLL: -0.5, STLMT: -0.5, PPLF: -1, PPLS: -0.5 };

/** context-free score of one candidate */
export function prior(gaz: Gazetteer, c: Candidate, m: Mention): number {
  const p = c.place;
  const k = gaz.kind(p);
  let s: number;
  switch (k) {
    case KIND.country: s = 9; break;
    case KIND.admin1: s = c.flag === 2 ? 6.0 : 6.5; break;
    case KIND.admin2: s = c.flag === 2 ? 2.5 : 5.5; break;
    case KIND.region: s = 8; break;
    case KIND.site: s = 8.5; break;
    default: s = Math.log10(gaz.pop(p) + 10) + (FCODE_BONUS[gaz.fcode(p)] ?? 0);
  }
  if (c.flag === 0) s -= 1.2; // matched only through an alternate spelling
  if (m.suffix) s += k === KIND.admin1 || k === KIND.admin2 ? (m.suffix === 'admin2' ? (k === KIND.admin2 ? 4 : 1) : k === KIND.admin1 ? 4 : 1) : -4;
  if (m.pointy && (k === KIND.city || k === KIND.site)) s += 1.5;
  if (m.short && k !== KIND.country && k !== KIND.admin1) s -= 4; // "US", "Ga." stand for countries and states
  return s;
}

/** does place q contain place p (country or province of it)? */
function contains(gaz: Gazetteer, q: number, p: number): boolean {
  const kq = gaz.kind(q);
  if (kq === KIND.country) return gaz.cc(q) === gaz.cc(p) && q !== p;
  if (kq === KIND.admin1) return gaz.cc(q) === gaz.cc(p) && gaz.a1(q) === gaz.a1(p) && q !== p && gaz.kind(p) !== KIND.country;
  return false;
}

export function rank(gaz: Gazetteer, ms: Mention[]): (Ranked | null)[] {
  // pass 1: priors and local qualifiers
  const local = ms.map((m) => m.cands.map((c) => prior(gaz, c, m)));
  // a province and its capital share a name ("Raqqa", "Idlib"): unless "province" is written, the town is meant
  ms.forEach((m, i) => {
    if (m.suffix) return;
    m.cands.forEach((c, a) => {
      if (gaz.kind(c.place) !== KIND.admin1) return;
      const capital = m.cands.some((d) => gaz.kind(d.place) === KIND.city && gaz.cc(d.place) === gaz.cc(c.place) && gaz.a1(d.place) === gaz.a1(c.place) && /^PPL(A|C)$/.test(gaz.fcode(d.place)));
      if (capital) local[i][a] -= 1.5;
    });
  });
  const qualified = ms.map((m) => m.cands.map(() => false));
  for (let i = 0; i < ms.length; i++) {
    const q = ms[i].qualifier ?? ms[i].qualifies;
    if (q === undefined) continue;
    const qm = ms[q];
    // boost candidate pairs where the qualifier contains the place; the qualifier is boosted too
    ms[i].cands.forEach((c, a) => {
      qm.cands.forEach((qc, b) => {
        if (contains(gaz, qc.place, c.place)) {
          local[i][a] += 6;
          qualified[i][a] = true;
          local[q][b] += 1.5;
        }
      });
    });
  }
  const first = ms.map((m, i) => best(m.cands, local[i]));

  // document context from pass-1 winners: countries and provinces, weighted by how sure we are
  const ccW = new Map<number, number>();
  const a1W = new Map<string, number>();
  const pts: { lat: number; lon: number; w: number; i: number }[] = [];
  first.forEach((b, i) => {
    if (!b) return;
    const p = ms[i].cands[b.idx].place;
    const w = ms[i].common ? 0.3 : Math.min(1, 0.35 + b.margin / 4);
    const k = gaz.kind(p);
    ccW.set(gaz.cc(p), (ccW.get(gaz.cc(p)) ?? 0) + w * (k === KIND.country ? 1.5 : 1));
    if (k !== KIND.country && gaz.a1(p) >= 0) a1W.set(`${gaz.cc(p)}.${gaz.a1(p)}`, (a1W.get(`${gaz.cc(p)}.${gaz.a1(p)}`) ?? 0) + w * (k === KIND.admin1 ? 1.5 : 1));
    if (k === KIND.city || k === KIND.site || k === KIND.admin2) pts.push({ lat: gaz.lat(p), lon: gaz.lon(p), w, i });
  });
  const ccTotal = [...ccW.values()].reduce((a, b) => a + b, 0) || 1;

  // pass 2: context bonuses
  return ms.map((m, i) => {
    if (!m.cands.length) return null;
    const scores = m.cands.map((c, a) => {
      const p = c.place;
      let s = local[i][a];
      const ownCc = gaz.cc(p);
      // leave this mention's own vote out of the context
      const own = first[i] && ms[i].cands[first[i]!.idx].place;
      const ownW = own !== undefined && own !== null && gaz.cc(own) === ownCc ? 1 : 0;
      const ccShare = Math.max(0, (ccW.get(ownCc) ?? 0) - ownW) / ccTotal;
      s += 4 * Math.min(1, ccShare * 1.5);
      if (gaz.kind(p) !== KIND.country) {
        const a1w = (a1W.get(`${ownCc}.${gaz.a1(p)}`) ?? 0) - (own === p ? 1 : 0);
        if (a1w > 0.2) s += Math.min(2.5, 1.5 * a1w);
        // spatial coherence with the other towns of the report
        if (gaz.kind(p) === KIND.city || gaz.kind(p) === KIND.site) {
          let near = 0;
          for (const q of pts) {
            if (q.i === i) continue;
            const d = distanceKm(gaz.lat(p), gaz.lon(p), q.lat, q.lon);
            if (d < 150) near += q.w * (1 - d / 150);
          }
          s += Math.min(2, near);
        }
      }
      return s;
    });
    const b = best(m.cands, scores)!;
    // a common word ("Police", "Mobile") counts only with a qualifier or as a country/province
    if (m.common && !qualified[i][b.idx] && gaz.kind(m.cands[b.idx].place) === KIND.city) return null;
    return { place: m.cands[b.idx].place, score: scores[b.idx], confidence: 1 - Math.exp(-Math.max(0, b.margin) / 2) };
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
