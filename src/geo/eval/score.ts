// Geocoding scores as the corpora's authors define them (Gritta et al. 2018):
// acc@161 km, mean and median error, and AUC = trapz(log(err+1)) / (log(20039) * (n-1)) over the
// sorted errors, lower is better. A toponym left unresolved counts as the maximum error, 20039 km.
import type { GeoIndexLike } from './types.ts';
import type { Corpus } from './corpora.ts';
import { distanceKm } from '../resolve.ts';

export const MAX_KM = 20039;

export interface Scores {
  n: number;
  acc161: number;
  mean_km: number;
  median_km: number;
  auc: number;
  unresolved: number;
}

export function score(errors: number[]): Scores {
  const e = [...errors].sort((a, b) => a - b);
  const n = e.length;
  if (!n) return { n: 0, acc161: 0, mean_km: 0, median_km: 0, auc: 0, unresolved: 0 };
  let trap = 0;
  for (let i = 1; i < n; i++) trap += (Math.log(e[i - 1] + 1) + Math.log(e[i] + 1)) / 2;
  const median = n % 2 ? e[(n - 1) / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
  return {
    n,
    acc161: e.filter((x) => x <= 161).length / n,
    mean_km: e.reduce((a, b) => a + b, 0) / n,
    median_km: median,
    auc: n > 1 ? trap / (Math.log(MAX_KM) * (n - 1)) : Math.log(e[0] + 1) / Math.log(MAX_KM),
    unresolved: e.filter((x) => x >= MAX_KM).length,
  };
}

export interface EndToEnd {
  gold: number;
  found: number;
  found_resolved161: number;
  predicted: number;
  predicted_on_gold: number;
}

export interface CorpusReport {
  corpus: string;
  resolution: Scores;
  end_to_end?: EndToEnd & { recall: number; recall161: number; precision: number };
  /** the same with countries and capitals used as actors or adjectives kept (`sitrep geocode --all`):
   * the corpora annotate "Beijing said" and "a US base" as toponyms */
  end_to_end_all?: EndToEnd & { recall: number; recall161: number; precision: number };
  /** resolution misses (over 161 km), grouped by name, answer and gold point, most frequent first */
  misses?: Miss[];
  ms: number;
}

export interface Miss {
  name: string;
  /** what the geocoder answered: name, feature, country code, admin1 (or "unresolved") */
  got: string;
  gold: [number, number];
  km: number;
  count: number;
  /** the first document it happened in */
  doc: string;
}

export function evaluate(corpus: Corpus, geo: GeoIndexLike, limit = Infinity, showMisses = 0): CorpusReport {
  const t0 = performance.now();
  const errors: number[] = [];
  const misses = new Map<string, Miss>();
  const e2e = newE2E();
  const all = newE2E();
  for (const doc of corpus.docs.slice(0, limit)) {
    if (!doc.tops.length) continue;
    const doc0 = { id: doc.id, text: doc.text };
    const res = geo.resolveSpans(doc0, doc.tops);
    res.forEach((r, i) => {
      const t = doc.tops[i];
      const km = r ? Math.min(MAX_KM, distanceKm(r.latitude, r.longitude, t.lat, t.lon)) : MAX_KM;
      errors.push(km);
      if (km > 161) {
        const got = r ? `${r.name} (${r.feature}, ${r.country_code}${r.admin1 ? `, ${r.admin1}` : ''})` : 'unresolved';
        const key = `${t.name}|${got}|${t.lat.toFixed(2)},${t.lon.toFixed(2)}`;
        const m = misses.get(key);
        if (m) m.count++;
        else misses.set(key, { name: t.name, got, gold: [t.lat, t.lon], km: Math.round(km), count: 1, doc: doc.id });
      }
    });
    if (corpus.namesOnly) continue;
    // exactly what `sitrep geocode` prints, and what `sitrep geocode --all` prints
    countE2E(e2e, doc, geo.findPlaces(doc0, [], { locationsOnly: true }));
    countE2E(all, doc, geo.findPlaces(doc0, [], { keepActors: true, locationsOnly: true }));
  }
  const out: CorpusReport = { corpus: corpus.name, resolution: score(errors), ms: Math.round(performance.now() - t0) };
  if (showMisses > 0) out.misses = [...misses.values()].sort((a, b) => b.count - a.count || b.km - a.km).slice(0, showMisses);
  if (!corpus.namesOnly) {
    out.end_to_end = rates(e2e);
    out.end_to_end_all = rates(all);
  }
  return out;
}

const newE2E = (): EndToEnd => ({ gold: 0, found: 0, found_resolved161: 0, predicted: 0, predicted_on_gold: 0 });

/** gold toponyms found by span overlap, and found and resolved within 161 km */
function countE2E(e2e: EndToEnd, doc: Corpus['docs'][number], found: { start: number; end: number; latitude: number; longitude: number; point?: { latitude: number; longitude: number } }[]): void {
  e2e.predicted += found.length;
  e2e.predicted_on_gold += found.filter((f) => doc.spans.some((g) => f.start < g.end && g.start < f.end)).length;
  for (const g of doc.tops) {
    e2e.gold++;
    const hit = found.find((f) => f.start < g.end && g.start < f.end);
    if (!hit) continue;
    e2e.found++;
    const p = hit.point ?? hit;
    if (distanceKm(p.latitude, p.longitude, g.lat, g.lon) <= 161) e2e.found_resolved161++;
  }
}

function rates(e: EndToEnd): EndToEnd & { recall: number; recall161: number; precision: number } {
  return { ...e, recall: e.gold ? e.found / e.gold : 0, recall161: e.gold ? e.found_resolved161 / e.gold : 0, precision: e.predicted ? e.predicted_on_gold / e.predicted : 0 };
}
