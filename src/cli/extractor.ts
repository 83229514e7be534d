// Builds the configured extractor once per process: the engine plus the geocoder index.
import type { Document, Extraction } from '../core/types.ts';
import type { Geocoder } from '../core/interfaces.ts';

export type ExtractFn = (doc: Document) => Extraction;

let cached: ExtractFn | null = null;

export async function loadGeocoderIfAvailable(): Promise<Geocoder | undefined> {
  if (process.env.SITREP_NO_GEOCODER) return undefined;
  const geo = await import('../geo/index.ts');
  return geo.loadGeocoder();
}

export async function loadExtractor(): Promise<ExtractFn> {
  if (cached) return cached;
  const { extract } = await import('../extract/index.ts');
  const geocoder = await loadGeocoderIfAvailable();
  cached = (doc) => extract(doc, { geocoder });
  return cached;
}
