// Compare mode: which events sitrep extracted that a reference data set (ACLED, UCDP, GDELT) lacks,
// and which reference events sitrep missed. Two events match when they have the same event type,
// dates at most one day apart, and places at most 25 km apart or in the same admin1 of the same
// country. Matching is one-to-one, closest pairs first, so one reference event is never claimed twice.
import type { SitrepEvent } from '../../core/types.ts';
import { sameCountry } from './countries.ts';

export interface CompareOptions {
  maxDays?: number;
  maxKm?: number;
}

export interface MatchPair {
  sitrep: SitrepEvent;
  reference: SitrepEvent;
  days: number;
  km: number | null;
}

export interface CompareResult {
  sitrep_total: number;
  reference_total: number;
  matched: MatchPair[];
  only_sitrep: SitrepEvent[];
  only_reference: SitrepEvent[];
  /** per event type: counts on each side and matches */
  by_type: Record<string, { sitrep: number; reference: number; matched: number }>;
}

const DAY = 86_400_000;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const dayNo = (d: string) => Math.round(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY);

/** "Nangarhar province" ~ "Nangarhar", "Sanaʼa" ~ "Sanaa" */
function normAdmin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'ʼ’`]/g, '')
    .toLowerCase()
    .replace(/\b(province|governorate|state|region|department|district|oblast|prefecture)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function hasPoint(e: SitrepEvent): boolean {
  return typeof e.latitude === 'number' && typeof e.longitude === 'number' && Number.isFinite(e.latitude) && Number.isFinite(e.longitude);
}

/** null when the two places are too far apart or unknown; else the distance (null km = admin1 match) */
export function placeMatch(a: SitrepEvent, b: SitrepEvent, maxKm: number): { km: number | null } | null {
  if (hasPoint(a) && hasPoint(b)) {
    const km = haversineKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!);
    if (km <= maxKm) return { km };
  }
  if (a.admin1 && b.admin1 && normAdmin(a.admin1) === normAdmin(b.admin1) && sameCountry(a.country, b.country)) {
    return { km: hasPoint(a) && hasPoint(b) ? haversineKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!) : null };
  }
  return null;
}

export function compareEvents(sitrep: SitrepEvent[], reference: SitrepEvent[], opts: CompareOptions = {}): CompareResult {
  const maxDays = opts.maxDays ?? 1;
  const maxKm = opts.maxKm ?? 25;
  // reference events by (type, day) so each sitrep event looks at 2·maxDays+1 buckets only
  const buckets = new Map<string, number[]>();
  reference.forEach((r, i) => {
    const k = `${r.event_type}|${dayNo(r.event_date)}`;
    const list = buckets.get(k);
    if (list) list.push(i);
    else buckets.set(k, [i]);
  });
  const candidates: { s: number; r: number; days: number; km: number | null }[] = [];
  sitrep.forEach((s, si) => {
    const d = dayNo(s.event_date);
    for (let off = -maxDays; off <= maxDays; off++) {
      for (const ri of buckets.get(`${s.event_type}|${d + off}`) ?? []) {
        const p = placeMatch(s, reference[ri], maxKm);
        if (p) candidates.push({ s: si, r: ri, days: Math.abs(off), km: p.km });
      }
    }
  });
  // closest first: same day before a day apart, then by distance (admin1-only matches last)
  candidates.sort((a, b) => a.days - b.days || (a.km ?? maxKm + 1) - (b.km ?? maxKm + 1) || a.s - b.s || a.r - b.r);
  const usedS = new Set<number>();
  const usedR = new Set<number>();
  const matched: MatchPair[] = [];
  for (const c of candidates) {
    if (usedS.has(c.s) || usedR.has(c.r)) continue;
    usedS.add(c.s);
    usedR.add(c.r);
    matched.push({ sitrep: sitrep[c.s], reference: reference[c.r], days: c.days, km: c.km === null ? null : Math.round(c.km * 10) / 10 });
  }
  const by_type: CompareResult['by_type'] = {};
  const bump = (t: string, k: 'sitrep' | 'reference' | 'matched') => {
    by_type[t] ??= { sitrep: 0, reference: 0, matched: 0 };
    by_type[t][k]++;
  };
  for (const s of sitrep) bump(s.event_type, 'sitrep');
  for (const r of reference) bump(r.event_type, 'reference');
  for (const m of matched) bump(m.sitrep.event_type, 'matched');
  return {
    sitrep_total: sitrep.length,
    reference_total: reference.length,
    matched,
    only_sitrep: sitrep.filter((_, i) => !usedS.has(i)),
    only_reference: reference.filter((_, i) => !usedR.has(i)),
    by_type,
  };
}

function line(e: SitrepEvent): string {
  const place = [e.location, e.admin1, e.country].filter(Boolean).join(', ');
  const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
  return `${e.event_date}  ${e.event_type} / ${e.sub_event_type}  ${place || '(no place)'}${actors ? `  — ${actors}` : ''}${e.fatalities ? `  (${e.fatalities} killed)` : ''}  [${e.event_id}]`;
}

/** the report analysts read */
export function formatComparison(r: CompareResult, reference: string, maxList = 100): string {
  const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '—');
  const out = [
    `sitrep ${r.sitrep_total} events, ${reference} ${r.reference_total}; matched ${r.matched.length} ` +
      `(${pct(r.matched.length, r.sitrep_total)} of sitrep's, ${pct(r.matched.length, r.reference_total)} of ${reference}'s)`,
    '',
    `by event type: sitrep / ${reference} / matched`,
  ];
  for (const [t, c] of Object.entries(r.by_type).sort()) out.push(`  ${t.padEnd(28)} ${c.sitrep} / ${c.reference} / ${c.matched}`);
  const list = (title: string, events: SitrepEvent[]) => {
    out.push('', `${title} (${events.length}):`);
    for (const e of events.slice(0, maxList)) out.push(`  ${line(e)}`);
    if (events.length > maxList) out.push(`  … ${events.length - maxList} more (use --json for all)`);
  };
  list(`in sitrep, not in ${reference}`, r.only_sitrep);
  list(`in ${reference}, not in sitrep`, r.only_reference);
  return out.join('\n');
}
