// De-duplication rules, as pure functions: when a newly extracted event is the same incident as a
// stored one (mergeDecision), and how the reports of one incident fuse into one record (fuse).
import type { Attribution, SitrepEvent } from '../core/types.ts';
import { dayNumber, fromDayNumber } from './rows.ts';

export const MAX_DISTANCE_KM = 25;

export interface MergeDecision {
  merge: boolean;
  /** fields on which the two records agree (shown to analysts as the reason for a merge) */
  agreed: string[];
  /** one line per rule: why it passed or failed */
  reasons: string[];
  /** lower is a closer match; used to pick among several mergeable candidates */
  distance: number;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function range(e: SitrepEvent): [number, number] {
  const d = dayNumber(e.event_date);
  const r = Array.isArray(e.date_range) ? e.date_range : [e.event_date, e.event_date];
  const a = dayNumber(r[0] ?? e.event_date);
  const b = dayNumber(r[1] ?? e.event_date);
  return [Number.isFinite(a) ? a : d, Number.isFinite(b) ? b : d];
}

/** a range wider than this (month-level dates) is too vague to prove two reports are one incident */
const MAX_OVERLAP_SPAN_DAYS = 8;

function dateRule(a: SitrepEvent, b: SitrepEvent): { ok: boolean; exact: boolean; why: string; gap: number } {
  const gap = Math.abs(dayNumber(a.event_date) - dayNumber(b.event_date));
  if (gap <= 1) return { ok: true, exact: gap === 0, why: `dates ${a.event_date} and ${b.event_date} within ±1 day`, gap };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  const narrow = a1 - a0 <= MAX_OVERLAP_SPAN_DAYS && b1 - b0 <= MAX_OVERLAP_SPAN_DAYS;
  if (narrow && a0 <= b1 && b0 <= a1) return { ok: true, exact: false, why: 'date ranges overlap', gap };
  return { ok: false, exact: false, why: `dates ${a.event_date} and ${b.event_date} too far apart`, gap };
}

function placeRule(a: SitrepEvent, b: SitrepEvent): { ok: boolean; why: string; km: number; same: string[] } {
  const same: string[] = [];
  if (norm(a.country) !== norm(b.country)) return { ok: false, why: `countries differ (${a.country} / ${b.country})`, km: Infinity, same };
  same.push('country');
  if (a.admin1 && norm(a.admin1) === norm(b.admin1)) same.push('admin1');
  const sameAdmin2 = !!a.admin2 && norm(a.admin2) === norm(b.admin2) && same.includes('admin1');
  if (sameAdmin2) same.push('admin2');
  if (a.location && norm(a.location) === norm(b.location)) same.push('location');
  let km = Infinity;
  if (a.latitude != null && a.longitude != null && b.latitude != null && b.longitude != null) {
    km = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
  }
  if (km <= MAX_DISTANCE_KM) return { ok: true, why: `places ${km.toFixed(1)} km apart`, km, same };
  if (sameAdmin2) return { ok: true, why: `same admin2 (${a.admin2})`, km: Number.isFinite(km) ? km : MAX_DISTANCE_KM, same };
  if (same.includes('location')) return { ok: true, why: `same location (${a.location})`, km: Number.isFinite(km) ? km : 0, same };
  return { ok: false, why: Number.isFinite(km) ? `places ${km.toFixed(0)} km apart` : 'no common place', km, same };
}

/** actors agree when every role named on both sides holds the same actor (roles may be swapped) */
function actorRule(a: SitrepEvent, b: SitrepEvent): { ok: boolean; why: string; same: string[] } {
  const match = (x: string | null, y: string | null) => !x || !y || norm(x) === norm(y);
  const straight = match(a.actor1, b.actor1) && match(a.actor2, b.actor2);
  const swapped = match(a.actor1, b.actor2) && match(a.actor2, b.actor1);
  const same: string[] = [];
  if (a.actor1 && norm(a.actor1) === norm(b.actor1)) same.push('actor1');
  if (a.actor2 && norm(a.actor2) === norm(b.actor2)) same.push('actor2');
  if (straight) return { ok: true, why: same.length ? `actors agree (${same.join(', ')})` : 'actors compatible (unnamed on one side)', same };
  if (swapped) return { ok: true, why: 'actors agree with roles swapped', same: [...same, 'actors (swapped)'] };
  return { ok: false, why: `actors conflict (${a.actor1} / ${a.actor2} vs ${b.actor1} / ${b.actor2})`, same };
}

/**
 * Is `a` (a newly extracted event) the same incident as `b` (a stored event)? All four rules must
 * pass: same event_type; dates within ±1 day or overlapping ranges of ≤ 8 days; places ≤ 25 km
 * apart or in the same admin2 (or the same named location); actors compatible.
 */
export function mergeDecision(a: SitrepEvent, b: SitrepEvent): MergeDecision {
  const agreed: string[] = [];
  const reasons: string[] = [];
  if (a.event_type !== b.event_type) {
    return { merge: false, agreed, reasons: [`event types differ (${a.event_type} / ${b.event_type})`], distance: Infinity };
  }
  agreed.push('event_type');
  reasons.push(`same event_type (${a.event_type})`);
  if (a.sub_event_type === b.sub_event_type) agreed.push('sub_event_type');

  const date = dateRule(a, b);
  reasons.push(date.why);
  if (date.ok) agreed.push(date.exact ? 'event_date' : 'date_range');
  const place = placeRule(a, b);
  reasons.push(place.why);
  if (place.ok) agreed.push(...place.same, ...(place.km <= MAX_DISTANCE_KM ? ['coordinates'] : []));
  const actors = actorRule(a, b);
  reasons.push(actors.why);
  if (actors.ok) agreed.push(...actors.same);
  if (a.fatalities === b.fatalities) agreed.push('fatalities');

  const merge = date.ok && place.ok && actors.ok;
  const distance = merge ? date.gap * 10 + Math.min(place.km, MAX_DISTANCE_KM) - agreed.length : Infinity;
  return { merge, agreed: [...new Set(agreed)], reasons, distance };
}

/**
 * Fatalities rule: the highest credible figure. Reports only grow as bodies are counted, so the
 * highest figure is usually the latest; but with three or more sources a single top figure more
 * than twice the next one (and at least 10 more) is treated as an outlier and the next is used.
 * Each source's own figure stays in event_sources.
 */
export function fuseFatalities(figures: number[]): number {
  const xs = figures.filter((x) => Number.isFinite(x) && x >= 0).sort((p, q) => q - p);
  if (xs.length === 0) return 0;
  if (xs.length >= 3 && xs[0] > 2 * xs[1] && xs[0] - xs[1] >= 10) return xs[1];
  return xs[0];
}

function splitList(s: string | null | undefined): string[] {
  return (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
}

function union(lists: string[][]): string[] {
  const seen = new Map<string, string>();
  for (const l of lists) for (const x of l) if (!seen.has(x.toLowerCase())) seen.set(x.toLowerCase(), x);
  return [...seen.values()];
}

/**
 * Fuses the extractions of one incident (in ingest order; the first is the anchor) into one record.
 * Identity, notes and evidence come from the anchor; the date from the most precise report; the
 * place from the most precise report; actors from the report naming most of them; fatalities by
 * fuseFatalities; injuries the highest reported; weapons, sources and attributions are unions;
 * confidence the highest of the reports. Deterministic: the same inputs give the same record.
 */
export function fuse(parts: SitrepEvent[], docCount = parts.length): SitrepEvent {
  if (parts.length === 0) throw new Error('fuse: nothing to fuse');
  const anchor = parts[0];
  const best = <T>(score: (e: SitrepEvent) => number): SitrepEvent =>
    parts.reduce((b, e) => (score(e) < score(b) ? e : b), anchor) as SitrepEvent & T;
  const byDate = best((e) => e.time_precision);
  const byPlace = best((e) => e.geo_precision * 10 + (e.latitude == null ? 5 : 0));
  const byActors = best((e) => -((e.actor1 ? 1 : 0) + (e.actor2 ? 1 : 0)));

  // narrow the date range to what all reports allow, when they overlap
  let range: [string, string] = byDate.date_range ?? [byDate.event_date, byDate.event_date];
  const lo = Math.max(...parts.map((e) => dayNumber(e.date_range?.[0] ?? e.event_date)));
  const hi = Math.min(...parts.map((e) => dayNumber(e.date_range?.[1] ?? e.event_date)));
  const d = dayNumber(byDate.event_date);
  if (lo <= hi && lo <= d && d <= hi) range = [fromDayNumber(lo), fromDayNumber(hi)];

  const injuries = parts.map((e) => e.injuries).filter((x): x is number => typeof x === 'number');
  const attribution: Attribution[] = [];
  const seenAttr = new Set<string>();
  for (const e of parts) {
    for (const a of e.attribution ?? []) {
      const k = `${norm(a.claim_by)}|${norm(a.via)}`;
      if (!seenAttr.has(k)) {
        seenAttr.add(k);
        attribution.push(a);
      }
    }
  }
  return {
    ...anchor,
    event_date: byDate.event_date,
    date_range: range,
    time_precision: byDate.time_precision,
    actor1: byActors.actor1,
    actor2: byActors.actor2,
    assoc_actor_1: union(parts.map((e) => splitList(e.assoc_actor_1))).join('; '),
    assoc_actor_2: union(parts.map((e) => splitList(e.assoc_actor_2))).join('; '),
    inter1: byActors.inter1,
    inter2: byActors.inter2,
    interaction: byActors.interaction,
    affiliation1: byActors.affiliation1,
    affiliation2: byActors.affiliation2,
    country: byPlace.country,
    admin1: byPlace.admin1,
    admin2: byPlace.admin2,
    location: byPlace.location,
    latitude: byPlace.latitude,
    longitude: byPlace.longitude,
    geo_precision: byPlace.geo_precision,
    fatalities: fuseFatalities(parts.map((e) => e.fatalities)),
    injuries: injuries.length ? Math.max(...injuries) : null,
    weapons: union(parts.map((e) => e.weapons ?? [])),
    source: union(parts.map((e) => splitList(e.source))).join('; '),
    attribution,
    confidence: Math.max(...parts.map((e) => Number(e.confidence) || 0)),
    sources_count: docCount,
  };
}
