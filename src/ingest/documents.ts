// Reads documents from a file, a folder or stdin: .txt, .html and .jsonl of {id,text,published,source,url}.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError, type Document } from '../core/types.ts';
import { readHtml, isoDay } from './html.ts';

export interface ReadOptions {
  published?: string;
  source?: string;
}

/** true when the bytes look like binary data rather than text */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) bad++;
  }
  return bad / n > 0.1;
}

function looksHtml(name: string, text: string): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 500));
}

/** one JSONL line → Document; throws InputError naming the line on bad shape */
export function documentFromJson(obj: unknown, where: string, opts: ReadOptions): Document {
  if (!obj || typeof obj !== 'object') throw new InputError(`${where}: not a JSON object`);
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
  const id = o.id === undefined ? where : String(o.id);
  const published = typeof o.published === 'string' ? (isoDay(o.published) ?? undefined) : opts.published;
  return {
    id,
    text: o.text,
    published: published ?? opts.published,
    source: typeof o.source === 'string' ? o.source : opts.source,
    url: typeof o.url === 'string' ? o.url : undefined,
    title: typeof o.title === 'string' ? o.title : undefined,
  };
}

export interface ParsedBatch {
  documents: Document[];
  /** per-line problems in a .jsonl batch: the rest of the batch still goes on */
  errors: { where: string; message: string }[];
}

export function parseJsonl(text: string, name: string, opts: ReadOptions): ParsedBatch {
  const documents: Document[] = [];
  const errors: ParsedBatch['errors'] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${name}:${i + 1}`;
    try {
      documents.push(documentFromJson(JSON.parse(line), where, opts));
    } catch (err) {
      errors.push({ where, message: err instanceof InputError ? err.message : `${where}: invalid JSON (${(err as Error).message})` });
    }
  }
  return { documents, errors };
}

/** A buffer with its name → documents. `name` decides the doc id and the format. */
export function parseBuffer(buf: Buffer, name: string, opts: ReadOptions = {}): ParsedBatch {
  if (looksBinary(buf)) throw new InputError(`${name}: looks like a binary file, not text, HTML or JSONL`);
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  const id = basename(name);
  if (extname(name).toLowerCase() === '.jsonl' || extname(name).toLowerCase() === '.ndjson') return parseJsonl(text, id, opts);
  if (looksHtml(name, text)) {
    const art = readHtml(text);
    return {
      documents: [{ id, text: art.text, published: opts.published ?? art.published, source: opts.source ?? art.outlet, title: art.title }],
      errors: [],
    };
  }
  return { documents: [{ id, text, published: opts.published, source: opts.source }], errors: [] };
}

/** reads `path` ('-' for stdin) into documents; a missing or unreadable file is an InputError */
export function readDocuments(path: string, opts: ReadOptions = {}): ParsedBatch {
  let buf: Buffer;
  if (path === '-') {
    try {
      buf = readFileSync(0);
    } catch (err) {
      throw new InputError(`cannot read standard input: ${(err as Error).message}`);
    }
    return parseBuffer(buf, 'stdin', opts);
  }
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a folder; give a file (sitrep ingest takes folders)`);
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new InputError(e.code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${e.message}`);
  }
  return parseBuffer(buf, path, opts);
}
