// Shared by the geo resolution tests: resolve every occurrence of some names in an invented text as
// gold spans, the way geo-eval hands the corpora's toponyms to the resolver.
import { loadGeocoder } from '../../src/geo/index.ts';

export const geo = loadGeocoder();

/** resolves every occurrence of the given names in text as gold spans */
export function resolve(text: string, names: string[]) {
  const spans: { start: number; end: number; name: string }[] = [];
  for (const n of names) for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) spans.push({ start: at, end: at + n.length, name: n });
  spans.sort((a, b) => a.start - b.start);
  return geo.resolveSpans({ id: 't', text }, spans).map((r, i) => ({ name: spans[i].name, r }));
}
