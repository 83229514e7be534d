// Readings of one name that are one place to a reader: a town and the district or province of its
// name around it are no rivals for the resolver's confidence, and a district written with its province
// that GeoNames lacks there is stood for by the town of its name (its seat).
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { contains } from './resolve.ts';
import { KIND } from './index-file.ts';

/** "Poonch district (J&K)": no district of the name lies in the written province, but a town of the
 * name does: the district's seat, which names it. The town wins instead of the province standing in */
export function seatTown(gaz: Gazetteer, m: Mention, win: ({ idx: number; margin: number } | null)[], scores: number[][], i: number, container: number): boolean {
  const k = gaz.kind(container);
  if (!m.towns || (k !== KIND.admin1 && k !== KIND.admin2)) return false;
  const t = m.towns.find((c) => contains(gaz, container, c.place));
  if (!t || !win[i]) return false;
  m.cands = m.cands.concat(t);
  scores[i] = scores[i].concat(scores[i][win[i]!.idx]);
  win[i] = { idx: m.cands.length - 1, margin: win[i]!.margin };
  return true;
}

/** the winner's margin over readings of another place: a town and the district or province of the same
 * name around it ("Tchaourou" the town and the commune) are one place to a reader, not rivals */
const area = (k: number) => k === KIND.admin1 || k === KIND.admin2;

export function ownAreaMargin(gaz: Gazetteer, cands: Candidate[], scores: number[], b: { idx: number; margin: number }): number {
  const w = cands[b.idx].place;
  const wk = gaz.kind(w);
  if (wk !== KIND.city && wk !== KIND.admin2 && wk !== KIND.admin1) return b.margin;
  let second = -Infinity;
  let rival = false;
  for (let a = 0; a < cands.length; a++) {
    if (a === b.idx) continue;
    const p = cands[a].place;
    const k = gaz.kind(p);
    // (only a town against an area, or an area against a town, in one province)
    if ((area(k) !== area(wk)) && gaz.cc(p) === gaz.cc(w) && gaz.a1(p) === gaz.a1(w) && gaz.a1(w) >= 0) { rival = true; continue; }
    if (scores[a] > second) second = scores[a];
  }
  if (!rival) return b.margin;
  return second === -Infinity ? 5 : scores[b.idx] - second;
}

/** "Marrowby, Kent state" where Marrowby lies in another province of the same country: notes
 * sometimes write the wrong province after a town. Where the name has one reading in the province's
 * country (a town, with the district of its name around it) and a distinctive name (no common word,
 * no acronym, one reading only there) and is a town of note, the town is meant rather than the province standing in.
 * Returns the town's candidate index, or -1. */
const NOTED = /^PPL(?:A|A2|C)$/;

export function townOfWrongProvince(gaz: Gazetteer, m: Mention, container: number): number {
  const k = gaz.kind(container);
  if ((k !== KIND.admin1 && k !== KIND.admin2) || m.common || m.short || (m.key?.length ?? 0) < 6) return -1;
  const cc = gaz.cc(container);
  let town = -1;
  for (let a = 0; a < m.cands.length; a++) {
    const p = m.cands[a].place;
    if (gaz.cc(p) !== cc) continue;
    const kp = gaz.kind(p);
    if (kp === KIND.city) {
      if (town >= 0) return -1;
      town = a;
    } else if (kp !== KIND.admin2) return -1;
  }
  if (town < 0) return -1;
  // (a town of note: a district's seat or 15,000 people; a village of the name elsewhere is more
  // likely a namesake of one the gazetteer lacks in the written province)
  const t0 = m.cands[town].place;
  if (!NOTED.test(gaz.fcode(t0)) && gaz.pop(t0) < 15000) return -1;
  // (a district of the name counts only as the town's own: near it, in its province)
  const t = m.cands[town].place;
  for (const c of m.cands) if (gaz.cc(c.place) === cc && gaz.kind(c.place) === KIND.admin2 && gaz.a1(c.place) !== gaz.a1(t)) return -1;
  return town;
}
