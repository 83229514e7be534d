// Streaming CSV/TSV reading for the importers: records come one at a time with their line number,
// and a malformed record is reported (with its line) instead of stopping the file.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { InputError } from '../../core/types.ts';

export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record ends */
  line: number;
}

export interface CsvReadOptions {
  delimiter?: string;
  /** false for GDELT's unquoted TSV, where a `"` is just a character */
  quoted?: boolean;
  /** called for a record the parser had to drop (e.g. an unclosed quote) */
  onBad?: (line: number, message: string) => void;
}

export function openInput(path: string): Readable {
  if (path === '-') return process.stdin;
  const s = createReadStream(path);
  return s;
}

/** every record of the stream, in order; only an unreadable input throws (InputError) */
export async function* readCsv(input: Readable, opts: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter: opts.delimiter ?? ',',
    quote: opts.quoted === false ? false : '"',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    bom: true,
    info: true,
    // a runaway quoted field must not swallow a whole 1 GB file into memory
    max_record_size: 1 << 20,
  });
  parser.on('skip', (err: Error & { lines?: number }) => opts.onBad?.(err.lines ?? 0, err.message.split(/(?<=\.)\s/)[0]));
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: rec.record, line: rec.info.lines };
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new InputError(`no such file: ${e.path ?? ''}`);
    if (e.code === 'EISDIR') throw new InputError(`${e.path ?? 'input'} is a folder, not a CSV file`);
    if (e.code === 'EACCES') throw new InputError(`cannot read ${e.path ?? 'input'}: permission denied`);
    throw new InputError(`cannot read the input: ${e.message.split('\n')[0]}`);
  }
}

/** "NA", "" and whitespace are ACLED's and R's missing values */
export function missing(v: string | undefined): boolean {
  if (v === undefined) return true;
  const t = v.trim();
  return t === '' || t === 'NA' || t === 'N/A' || t === 'NULL';
}

export const clean = (v: string | undefined): string => (missing(v) ? '' : (v as string).trim());
