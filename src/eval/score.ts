// Scores predicted events against gold events, exactly as ../shared/eval/FORMAT.md defines it:
// matching (type, date ±1 day, location), one predicted event per gold event (best agreement
// first), recall over required gold events, precision over non-background predictions, and
// per-constraint field accuracy over matched pairs.
import type { SitrepEvent } from '../core/types.ts';
import type { GoldDocument, GoldEvent } from './gold.ts';

export const CONSTRAINT_KEYS = [
  'event_type', 'sub_event_type', 'date_range', 'actor1_any', 'actor2_any', 'country', 'admin1_any',
  'location_any', 'near', 'fatalities', 'injuries', 'weapons_any', 'inter1', 'inter2',
] as const;
export type ConstraintKey = (typeof CONSTRAINT_KEYS)[number];

const DAY = 86_400_000;
const dayNum = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const containsAny = (value: string | null | undefined, any: string[]) => {
  const v = (value ?? '').toLowerCase();
  return v !== '' && any.some((s) => v.includes(s.toLowerCase()));
};

/** whether one constraint of a gold event holds for a predicted event */
export function holds(key: ConstraintKey, g: GoldEvent, p: SitrepEvent): boolean {
  switch (key) {
    case 'event_type': return p.event_type === g.event_type;
    case 'sub_event_type': return (g.sub_event_type ?? []).includes(p.sub_event_type);
    case 'date_range': return !!g.date_range && p.event_date >= g.date_range[0] && p.event_date <= g.date_range[1];
    case 'actor1_any': return containsAny(p.actor1, g.actor1_any ?? []);
    case 'actor2_any': return containsAny(p.actor2, g.actor2_any ?? []);
    case 'country': return (p.country ?? '').toLowerCase() === (g.country ?? '').toLowerCase();
    case 'admin1_any': return containsAny(p.admin1, g.admin1_any ?? []);
    case 'location_any': return containsAny(p.location, g.location_any ?? []);
    case 'near':
      return !!g.near && p.latitude != null && p.longitude != null && haversineKm(g.near.lat, g.near.lon, p.latitude, p.longitude) <= g.near.km;
    case 'fatalities': return p.fatalities === g.fatalities;
    case 'injuries': return g.injuries === null ? p.injuries == null : p.injuries === g.injuries;
    case 'weapons_any': return containsAny((p.weapons ?? []).join(' | '), g.weapons_any ?? []);
    case 'inter1': return p.inter1 === g.inter1;
    case 'inter2': return p.inter2 === g.inter2;
  }
}

export function constraintsOf(g: GoldEvent): ConstraintKey[] {
  return CONSTRAINT_KEYS.filter((k) => (g as Record<string, unknown>)[k] !== undefined);
}

/** the matching rule: same type, date within the range widened by a day, location agrees */
export function matches(g: GoldEvent, p: SitrepEvent): boolean {
  if (g.event_type !== undefined && p.event_type !== g.event_type) return false;
  if (g.date_range) {
    const d = dayNum(p.event_date);
    if (!(d >= dayNum(g.date_range[0]) - 1 && d <= dayNum(g.date_range[1]) + 1)) return false;
  }
  if (g.near) return holds('near', g, p);
  if (g.admin1_any && !holds('admin1_any', g, p)) return false;
  if (g.country !== undefined && !holds('country', g, p)) return false;
  return true;
}

/** the sentence around a character offset (bounded by . ! ? or a newline) */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(s, Math.min(text.length, e + 1));
}

/** true when every evidence span of the event lies in a sentence naming a no-event string */
export function onlyInNoEventSentences(text: string, p: SitrepEvent, noEvent: string[]): boolean {
  if (!noEvent.length || !p.evidence?.length) return false;
  return p.evidence.every((ev) => {
    const s = sentenceAround(text, ev.start, ev.end).toLowerCase();
    return noEvent.some((n) => s.includes(n.toLowerCase()));
  });
}

export function evidenceSentences(text: string, p: SitrepEvent): string[] {
  const out = new Set<string>();
  for (const ev of p.evidence ?? []) out.add(sentenceAround(text, ev.start, ev.end).trim());
  return [...out];
}

export interface DocScore {
  id: string;
  matched: { gold: GoldEvent; pred: SitrepEvent; fields: Partial<Record<ConstraintKey, boolean>> }[];
  misses: GoldEvent[];
  falsePositives: { pred: SitrepEvent; reason: string; sentences: string[] }[];
  predicted: number;
  requiredGold: number;
  matchedRequired: number;
  correctPredictions: number;
  /** (confidence, correct) per counted prediction, for the reliability table */
  calibration: [number, boolean][];
  /** per required gold event: its constraints against the best-agreeing prediction, matched or not
   * (all false when nothing was predicted) — field accuracy that also counts wrong types and dates */
  bestFields: Partial<Record<ConstraintKey, boolean>>[];
}

export function scoreDocument(gold: GoldDocument, predicted: SitrepEvent[]): DocScore {
  const counted = predicted.filter((p) => p.modality !== 'background');
  const eligible = counted.map((p) => !onlyInNoEventSentences(gold.text, p, gold.no_event_sentences));
  // every (gold, pred) pair that matches, best field agreement first; greedy one-to-one
  const pairs: { gi: number; pi: number; score: number }[] = [];
  gold.events.forEach((g, gi) => {
    const keys = constraintsOf(g);
    counted.forEach((p, pi) => {
      if (!eligible[pi] || !matches(g, p)) return;
      const agree = keys.filter((k) => holds(k, g, p)).length;
      pairs.push({ gi, pi, score: agree / Math.max(1, keys.length) + (g.required === false ? 0 : 0.001) });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const { gi, pi } of pairs) {
    if (goldTaken.has(gi) || predTaken.has(pi)) continue;
    goldTaken.set(gi, pi);
    predTaken.add(pi);
  }
  const matched: DocScore['matched'] = [];
  for (const [gi, pi] of goldTaken) {
    const g = gold.events[gi];
    const fields: DocScore['matched'][number]['fields'] = {};
    for (const k of constraintsOf(g)) fields[k] = holds(k, g, counted[pi]);
    matched.push({ gold: g, pred: counted[pi], fields });
  }
  const misses = gold.events.filter((g, gi) => g.required !== false && !goldTaken.has(gi));
  const falsePositives: DocScore['falsePositives'] = [];
  counted.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    const reason = !eligible[pi] ? 'from a no-event sentence' : gold.events.some((g) => matches(g, p)) ? 'duplicate of a matched event' : 'matches no gold event';
    falsePositives.push({ pred: p, reason, sentences: evidenceSentences(gold.text, p) });
  });
  const requiredGold = gold.events.filter((g) => g.required !== false).length;
  const bestFields = gold.events
    .filter((g) => g.required !== false)
    .map((g) => {
      const keys = constraintsOf(g);
      let best: Partial<Record<ConstraintKey, boolean>> = Object.fromEntries(keys.map((k) => [k, false]));
      let bestN = -1;
      for (const p of counted) {
        const f = Object.fromEntries(keys.map((k) => [k, holds(k, g, p)])) as Partial<Record<ConstraintKey, boolean>>;
        const n = Object.values(f).filter(Boolean).length;
        if (n > bestN) [best, bestN] = [f, n];
      }
      return best;
    });
  return {
    bestFields,
    id: gold.id,
    matched,
    misses,
    falsePositives,
    predicted: counted.length,
    requiredGold,
    matchedRequired: matched.filter((m) => m.gold.required !== false).length,
    correctPredictions: predTaken.size,
    calibration: counted.map((p, pi) => [p.confidence ?? 0, predTaken.has(pi)]),
  };
}

export interface EvalSummary {
  documents: number;
  required_gold: number;
  predicted: number;
  recall: number;
  precision: number;
  f1: number;
  fields: Record<string, { correct: number; total: number; accuracy: number }>;
  /** field accuracy per required gold event against its best prediction in the document */
  fields_best: Record<string, { correct: number; total: number; accuracy: number }>;
  reliability: { bin: string; count: number; mean_confidence: number; accuracy: number }[];
  failures: number;
}

export function summarize(scores: DocScore[], failures = 0): EvalSummary {
  const required = scores.reduce((a, s) => a + s.requiredGold, 0);
  const matchedReq = scores.reduce((a, s) => a + s.matchedRequired, 0);
  const predicted = scores.reduce((a, s) => a + s.predicted, 0);
  const correct = scores.reduce((a, s) => a + s.correctPredictions, 0);
  const recall = required ? matchedReq / required : 1;
  const precision = predicted ? correct / predicted : 1;
  const fields: EvalSummary['fields'] = {};
  for (const s of scores)
    for (const m of s.matched)
      for (const [k, ok] of Object.entries(m.fields)) {
        const f = (fields[k] ??= { correct: 0, total: 0, accuracy: 0 });
        f.total++;
        if (ok) f.correct++;
      }
  for (const f of Object.values(fields)) f.accuracy = f.total ? f.correct / f.total : 0;
  const fields_best: EvalSummary['fields'] = {};
  for (const s of scores)
    for (const bf of s.bestFields)
      for (const [k, ok] of Object.entries(bf)) {
        const f = (fields_best[k] ??= { correct: 0, total: 0, accuracy: 0 });
        f.total++;
        if (ok) f.correct++;
      }
  for (const f of Object.values(fields_best)) f.accuracy = f.total ? f.correct / f.total : 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, ok: 0 }));
  for (const s of scores)
    for (const [c, ok] of s.calibration) {
      const b = bins[Math.min(9, Math.max(0, Math.floor(c * 10)))];
      b.n++;
      b.conf += c;
      if (ok) b.ok++;
    }
  const reliability = bins
    .map((b, i) => ({ bin: `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}`, count: b.n, mean_confidence: b.n ? b.conf / b.n : 0, accuracy: b.n ? b.ok / b.n : 0 }))
    .filter((b) => b.count > 0);
  return {
    documents: scores.length,
    required_gold: required,
    predicted,
    recall,
    precision,
    f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0,
    fields,
    fields_best,
    reliability,
    failures,
  };
}
