// What the scorer needs from the geocoder (kept narrow so a baseline can be plugged in).
import type { Document, PlaceMention, Sentence } from '../../core/types.ts';
import type { PlaceInfo } from '../gazetteer.ts';

export interface GeoIndexLike {
  resolveSpans(doc: Document, spans: { start: number; end: number }[]): (PlaceInfo | null)[];
  findPlaces(doc: Document, sentences: Sentence[], opts?: { keepActors?: boolean; locationsOnly?: boolean }): PlaceMention[];
}
