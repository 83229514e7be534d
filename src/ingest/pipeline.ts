// The ingest pipeline shared by `sitrep ingest`, the API's POST /api/documents and the worker:
// document → duplicate check → language → extract → store. One bad document never stops the
// batch: it is counted (and stored as failed when extraction threw), the rest goes on.
import { InputError, type Document, type Extraction } from '../core/types.ts';
import type { Geocoder, IngestResult, Store } from '../core/interfaces.ts';
import { contentHash } from '../store/store.ts';
import { detectLanguage, isSupported } from './language.ts';

export type ExtractFn = (doc: Document) => Extraction;

/** an input that produced no document (unreadable file, blocked URL, page with no article) */
export interface SkippedInput {
  skipped: true;
  where: string;
  reason: string;
  /** the input is already stored (a URL seen before): counted as a duplicate, not a problem */
  duplicate?: boolean;
}

export type IngestItem = Document | SkippedInput;

export const isSkipped = (i: IngestItem): i is SkippedInput => (i as SkippedInput).skipped === true;

export interface IngestSummary {
  /** documents read (skipped inputs not included) */
  read: number;
  new: number;
  duplicate: number;
  unsupported: number;
  failed: number;
  skipped: SkippedInput[];
  events_created: number;
  events_merged: number;
  /** languages of the unsupported documents, with counts */
  languages: Record<string, number>;
  results: IngestResult[];
}

export interface PipelineOptions {
  geocoder?: Geocoder;
  /** the extractor; default: src/extract with `geocoder` */
  extract?: ExtractFn;
  onProgress?: (summary: IngestSummary, last: IngestResult | SkippedInput) => void;
  /** keep every IngestResult in the summary (the API returns them); default true */
  keepResults?: boolean;
}

type DocStore = Pick<Store, 'saveDocument' | 'hasDocument'>;

export function emptySummary(): IngestSummary {
  return { read: 0, new: 0, duplicate: 0, unsupported: 0, failed: 0, skipped: [], events_created: 0, events_merged: 0, languages: {}, results: [] };
}

let defaultExtract: Promise<ExtractFn> | null = null;

async function loadDefaultExtract(geocoder?: Geocoder): Promise<ExtractFn> {
  if (geocoder) {
    const { extract } = await import('../extract/index.ts');
    return (doc) => extract(doc, { geocoder });
  }
  defaultExtract ??= (async () => {
    const { extract } = await import('../extract/index.ts');
    let geo: Geocoder | undefined;
    if (!process.env.SITREP_NO_GEOCODER) geo = await (await import('../geo/index.ts')).loadGeocoder();
    return (doc: Document) => extract(doc, { geocoder: geo });
  })();
  return defaultExtract;
}

/** one document through the pipeline; never throws for a bad document (only for a broken store) */
export async function ingestOne(store: DocStore, doc: Document, extract: ExtractFn): Promise<IngestResult> {
  // cheap duplicate check first: re-ingesting a folder must not re-run the extractor
  if (await store.hasDocument(contentHash(doc.text))) {
    return { doc_id: doc.id, status: 'duplicate', events_created: 0, events_merged: 0 };
  }
  const lang = detectLanguage(doc.text);
  const withLang: Document = lang.language ? { ...doc, language: lang.language } : doc;
  if (!isSupported(lang, doc.text)) {
    return store.saveDocument(withLang, [], 'unsupported', `language "${lang.language}" is not supported (English only); stored, not coded`);
  }
  let extraction: Extraction;
  try {
    extraction = extract(withLang);
  } catch (err) {
    const message = `extraction failed: ${(err as Error).message?.split('\n')[0] ?? String(err)}`;
    return { ...(await store.saveDocument(withLang, [], 'failed', message)), message };
  }
  return store.saveDocument(withLang, extraction.events, 'coded');
}

function tally(s: IngestSummary, r: IngestResult, doc: Document, keep: boolean): void {
  s.read++;
  if (r.status === 'new') s.new++;
  else if (r.status === 'duplicate') s.duplicate++;
  else if (r.status === 'unsupported') {
    s.unsupported++;
    const lang = /language "([^"]+)"/.exec(r.message ?? '')?.[1] ?? doc.language ?? '?';
    s.languages[lang] = (s.languages[lang] ?? 0) + 1;
  } else if (r.status === 'failed') s.failed++;
  s.events_created += r.events_created;
  s.events_merged += r.events_merged;
  if (keep) s.results.push(r);
}

/** runs every item through the pipeline, in order; returns the counts */
export async function ingestDocuments(
  store: DocStore,
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  opts: PipelineOptions = {},
): Promise<IngestSummary> {
  const s = emptySummary();
  const keep = opts.keepResults ?? true;
  let extract = opts.extract;
  for await (const item of items) {
    if (isSkipped(item) && item.duplicate) {
      s.read++;
      s.duplicate++;
      if (keep) s.results.push({ doc_id: item.where, status: 'duplicate', events_created: 0, events_merged: 0, message: item.reason });
      opts.onProgress?.(s, item);
      continue;
    }
    if (isSkipped(item)) {
      s.skipped.push(item);
      opts.onProgress?.(s, item);
      continue;
    }
    if (!item || typeof item.text !== 'string' || !item.text.trim()) {
      const skip: SkippedInput = { skipped: true, where: item?.id ?? '?', reason: 'no text' };
      s.skipped.push(skip);
      // callers that pair results with their documents (the API) get one result per document
      if (keep) s.results.push({ doc_id: String(item?.id ?? ''), status: 'failed', events_created: 0, events_merged: 0, message: 'no text' });
      opts.onProgress?.(s, skip);
      continue;
    }
    extract ??= await loadDefaultExtract(opts.geocoder);
    let r: IngestResult;
    try {
      r = await ingestOne(store, item, extract);
    } catch (err) {
      // a document the store refuses (InputError) is this document's problem; anything else is the store's
      if (!(err instanceof InputError)) throw err;
      r = { doc_id: String(item.id ?? ''), status: 'failed', events_created: 0, events_merged: 0, message: err.message };
    }
    tally(s, r, item, keep);
    if (r.status === 'failed' && r.message) s.skipped.push({ skipped: true, where: item.id, reason: r.message });
    opts.onProgress?.(s, r);
  }
  return s;
}

/** "12 read: 9 new, 2 duplicate, 1 unsupported (fr), 0 failed; 3 skipped; 14 events created, 2 merged" */
export function formatSummary(s: IngestSummary): string {
  const langs = Object.entries(s.languages).map(([l, n]) => `${l}: ${n}`).join(', ');
  const inputSkips = s.skipped.filter((k) => !k.reason.startsWith('extraction failed'));
  return (
    `${s.read} documents read: ${s.new} new, ${s.duplicate} duplicate, ${s.unsupported} unsupported language` +
    (langs ? ` (${langs})` : '') +
    `, ${s.failed} failed; ${inputSkips.length} inputs skipped; ${s.events_created} events created, ${s.events_merged} merged`
  );
}
