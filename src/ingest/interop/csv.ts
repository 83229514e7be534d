// Streaming CSV/TSV reading for the importers: records come one at a time with their line number,
// and a malformed record is reported (with its line) instead of stopping the file.
//
// Read line by line, joining lines only while a quoted field is open: a stray unclosed quote costs
// one bad row (reported at the line where it opened), never the rest of a million-row file — which
// is what a streaming parser that trusts the quote does (it swallows every following row).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../../core/types.ts';

export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record starts */
  line: number;
}

export interface CsvReadOptions {
  delimiter?: string;
  /** false for GDELT's unquoted TSV, where a `"` is just a character */
  quoted?: boolean;
  /** called for a record that cannot be read (an unclosed quote) */
  onBad?: (line: number, message: string) => void;
}

/** a quoted field left open this many lines (or bytes) later was never closed */
export const MAX_RECORD_LINES = 100;
export const MAX_OPEN_QUOTE_BYTES = 64 * 1024;

export function openInput(path: string): Readable {
  if (path === '-') return process.stdin;
  return createReadStream(path);
}

/**
 * Scans one physical line, continuing the quote state of the record so far; returns whether a
 * quoted field is still open at its end. RFC 4180 with relaxed quotes: a `"` opens a quoted field
 * only at the start of a field; `""` inside is an escaped quote; text after a closing quote is kept.
 */
function scanLine(line: string, delimiter: string, open: boolean): boolean {
  if (!line.includes('"')) return open;
  let inQuotes = open;
  let fieldStart = !open;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"') {
        if (line[i + 1] === '"') i++;
        else inQuotes = false;
      }
    } else if (ch === delimiter) fieldStart = true;
    else {
      if (ch === '"' && fieldStart) inQuotes = true;
      fieldStart = false;
    }
  }
  return inQuotes;
}

/** the cells of one complete record (same rules as scanLine); slices, not per-character appends */
export function splitRecord(text: string, delimiter: string, quoted: boolean): string[] {
  if (!quoted || !text.includes('"')) return text.split(delimiter);
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      // quoted field: up to the closing quote ("" is an escaped quote), then any text up to the delimiter
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          j = text.length;
          break;
        }
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter, j);
      cells.push(value + text.slice(j, d < 0 ? text.length : d));
      if (d < 0) return cells;
      i = d + delimiter.length;
    } else {
      const d = text.indexOf(delimiter, i);
      cells.push(text.slice(i, d < 0 ? text.length : d));
      if (d < 0) return cells;
      i = d + delimiter.length;
    }
  }
}

/** every record of the stream, in order; only an unreadable input throws (InputError) */
export async function* readCsv(input: Readable, opts: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  const delimiter = opts.delimiter ?? ',';
  const quoted = opts.quoted !== false;
  const rl = createInterface({ input, crlfDelay: Infinity });
  // lines of the record being assembled (more than one only while a quote is open)
  let pending: { text: string; line: number }[] = [];
  let pendingBytes = 0;
  let lineNo = 0;

  /** feeds one line; yields complete records; on an unclosed quote, reports it and re-feeds the rest */
  function* feed(text: string, line: number): Generator<CsvRecord> {
    const queue = [{ text, line }];
    while (queue.length) {
      const cur = queue.shift()!;
      if (pending.length === 0) {
        if (cur.line === 1) cur.text = cur.text.replace(/^\uFEFF/, '');
        if (cur.text.trim() === '') continue;
      }
      const open = quoted && scanLine(cur.text, delimiter, pending.length > 0 && quoteOpen);
      pending.push(cur);
      pendingBytes += cur.text.length + 1;
      if (!open) {
        const record = pending.map((p) => p.text).join('\n');
        const first = pending[0].line;
        pending = [];
        pendingBytes = 0;
        quoteOpen = false;
        yield { cells: splitRecord(record, delimiter, quoted), line: first };
      } else if (pending.length > MAX_RECORD_LINES || pendingBytes > MAX_OPEN_QUOTE_BYTES) {
        queue.unshift(...giveUp());
      } else quoteOpen = true;
    }
  }
  let quoteOpen = false;

  /** the record that opened a quote never closed it: one bad row, then read its other lines anew */
  function giveUp(): { text: string; line: number }[] {
    const [first, ...rest] = pending;
    opts.onBad?.(first.line, 'a quoted field opened on this line is never closed');
    pending = [];
    pendingBytes = 0;
    quoteOpen = false;
    return rest;
  }

  try {
    for await (const raw of rl) {
      lineNo++;
      yield* feed(raw, lineNo);
    }
    while (pending.length) {
      const rest = giveUp();
      for (const r of rest) yield* feed(r.text, r.line);
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
