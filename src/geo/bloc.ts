// "the West", "Western governments": the political bloc, not a province called Western (Sri Lanka,
// Ghana) nor a town called West. Placed at Western Europe's point, as gazetteers place the bloc.
import type { Gazetteer } from './gazetteer.ts';
import { KIND } from './index-file.ts';

/** plural nouns that "Western" modifies in its political sense ("Western powers", "Western media") */
const BLOC_NOUNS = /^\s+(?:countries|nations|states|powers|governments|allies|partners|leaders|diplomats|officials|capitals|democracies|sanctions|media|intelligence|military|militaries|troops|forces|world|values|interests|companies|investors|donors|embassies|observers|analysts|journalists|press|public|pressure|support|aid|weapons|arms|audiences|society|societies|civilisation|civilization)\b/;

/** the Western Europe region where a given span "West"/"Western" names the political bloc, else -1 */
export function blocPlace(gaz: Gazetteer, text: string, g: { start: number; end: number }): number {
  const surface = text.slice(g.start, g.end);
  const after = text.slice(g.end, g.end + 40);
  const bloc =
    // "relations between Russia and the West", "the West's response"; not "the West of Ireland",
    // "the West Bank" (a longer name) nor the American West of a compass phrase ("the West Coast")
    (surface === 'West' && /\bthe\s+$/i.test(text.slice(Math.max(0, g.start - 5), g.start)) && !/^\s+(?:of\b|[A-Z])/.test(after) && !/^[-‐‑]/.test(after)) ||
    (surface === 'Western' && BLOC_NOUNS.test(after));
  if (!bloc) return -1;
  return gaz.byKey('westerneurope').find((c) => gaz.kind(c.place) === KIND.region)?.place ?? -1;
}
