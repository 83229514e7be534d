// The extraction thread behind POST /api/documents: language check + extract + geocode run here,
// off the server's event loop, so a report being coded never stalls the reads. It loads the same
// extractor and gazetteer as the in-process pipeline (SITREP_NO_GEOCODER is honoured the same way).
// Messages: {id, doc} → {id, events} | {id, skipped: true} (not a supported language) | {id, error}.
import { parentPort } from 'node:worker_threads';
import type { Document, SitrepEvent } from '../core/types.ts';
import type { Geocoder } from '../core/interfaces.ts';
import { detectLanguage, isSupported } from '../ingest/language.ts';
import { extract } from '../extract/index.ts';

export interface ExtractRequest {
  id: number;
  doc: Document;
}

export interface ExtractResponse {
  id: number;
  events?: SitrepEvent[];
  skipped?: boolean;
  error?: string;
}

export async function runExtractor(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('extract-worker must run in a worker thread');
  let geocoder: Geocoder | undefined;
  if (!process.env.SITREP_NO_GEOCODER) geocoder = (await import('../geo/index.ts')).loadGeocoder();
  port.on('message', (m: ExtractRequest | 'close') => {
    if (m === 'close') return port.close();
    // the same steps, in the same order, as ingestOne in src/ingest/pipeline.ts
    const lang = detectLanguage(m.doc.text);
    const doc: Document = lang.language ? { ...m.doc, language: lang.language } : m.doc;
    let out: ExtractResponse;
    if (!isSupported(lang, m.doc.text)) out = { id: m.id, skipped: true };
    else {
      try {
        out = { id: m.id, events: extract(doc, { geocoder }).events };
      } catch (err) {
        out = { id: m.id, error: String((err as Error)?.message ?? err) };
      }
    }
    port.postMessage(out);
  });
  port.postMessage({ ready: true });
}
