// `sitrep import` as a function: stream a reference file (ACLED/UCDP CSV, GDELT TSV) row by row,
// map rows to events, store them in batches. Bad rows are counted and listed with their line;
// rows with no sound ACLED equivalent are counted by reason; neither stops the file.
import type { Readable } from 'node:stream';
import { InputError, type SitrepEvent } from '../../core/types.ts';
import { readCsv } from './csv.ts';
import { AcledHeader, acledRowToEvent } from './acled.ts';
import { UcdpHeader, ucdpRowToEvent } from './ucdp.ts';
import { gdeltRowToEvent } from './gdelt.ts';
import { RowError, isSkip, type RowResult } from './reference.ts';

export const REFERENCE_KINDS = ['acled', 'ucdp', 'gdelt'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface ImportReport {
  origin: ReferenceKind;
  /** data rows read (header excluded) */
  rows: number;
  /** rows that became events */
  imported: number;
  /** valid rows left out, by reason */
  skipped: Record<string, number>;
  /** malformed rows: the first `maxBadListed`, with their line number */
  bad: { line: number; message: string }[];
  badCount: number;
}

export interface ImportOptions {
  maxBadListed?: number;
}

type Mapper = (cells: string[]) => RowResult;

function mapperFor(kind: ReferenceKind, header: string[] | null): Mapper {
  try {
    if (kind === 'acled') {
      const h = new AcledHeader(header ?? []);
      return (cells) => acledRowToEvent(h, cells);
    }
    if (kind === 'ucdp') {
      const h = new UcdpHeader(header ?? []);
      return (cells) => ucdpRowToEvent(h, cells);
    }
  } catch (err) {
    if (err instanceof RowError) throw new InputError(err.message);
    throw err;
  }
  return gdeltRowToEvent;
}

/** the events of a reference file, in order; fills `report` as it goes */
export async function* referenceEvents(
  kind: ReferenceKind,
  input: Readable,
  report: ImportReport,
  opts: ImportOptions = {},
): AsyncGenerator<SitrepEvent> {
  const maxBad = opts.maxBadListed ?? 50;
  const bad = (line: number, message: string) => {
    report.badCount++;
    if (report.bad.length < maxBad) report.bad.push({ line, message });
  };
  const hasHeader = kind !== 'gdelt';
  let mapper: Mapper | null = hasHeader ? null : mapperFor(kind, null);
  const records = readCsv(input, { delimiter: kind === 'gdelt' ? '\t' : ',', quoted: kind !== 'gdelt', onBad: bad });
  for await (const rec of records) {
    if (!mapper) {
      mapper = mapperFor(kind, rec.cells);
      continue;
    }
    report.rows++;
    let r: RowResult;
    try {
      r = mapper(rec.cells);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      bad(rec.line, err.message);
      continue;
    }
    if (isSkip(r)) {
      report.skipped[r.skip] = (report.skipped[r.skip] ?? 0) + 1;
      continue;
    }
    report.imported++;
    yield r;
  }
  if (!mapper) throw new InputError(`the ${kind} file is empty`);
}

export function emptyReport(origin: ReferenceKind): ImportReport {
  return { origin, rows: 0, imported: 0, skipped: {}, bad: [], badCount: 0 };
}

export interface ReferenceSink {
  importReference(origin: string, events: SitrepEvent[]): Promise<number>;
}

/** reads `input` into `sink` in batches; returns the report (stored = what the sink accepted) */
export async function importReferenceStream(
  kind: ReferenceKind,
  input: Readable,
  sink: ReferenceSink,
  opts: ImportOptions & { batchSize?: number; onBatch?: (r: ImportReport) => void } = {},
): Promise<ImportReport & { stored: number }> {
  const report = { ...emptyReport(kind), stored: 0 };
  const size = opts.batchSize ?? 1000;
  let batch: SitrepEvent[] = [];
  for await (const ev of referenceEvents(kind, input, report, opts)) {
    batch.push(ev);
    if (batch.length >= size) {
      report.stored += await sink.importReference(kind, batch);
      batch = [];
      opts.onBatch?.(report);
    }
  }
  if (batch.length) report.stored += await sink.importReference(kind, batch);
  return report;
}

/** one-paragraph summary for stderr */
export function formatImportReport(r: ImportReport & { stored?: number }, file: string): string {
  const lines = [
    `${file}: ${r.rows} rows read, ${r.imported} imported as ${r.origin} events` +
      (r.stored !== undefined ? ` (${r.stored} stored)` : '') +
      `, ${Object.values(r.skipped).reduce((a, b) => a + b, 0)} skipped, ${r.badCount} bad`,
  ];
  for (const [why, n] of Object.entries(r.skipped).sort((a, b) => b[1] - a[1])) lines.push(`  skipped ${n}: ${why}`);
  for (const b of r.bad) lines.push(`  bad row at line ${b.line}: ${b.message}`);
  if (r.badCount > r.bad.length) lines.push(`  … and ${r.badCount - r.bad.length} more bad rows`);
  return lines.join('\n');
}
