// Turns what `sitrep ingest` is given — files, folders (recursive), URLs — into a stream of
// documents or skip notes. Nothing here throws for one bad input: it becomes a SkippedInput.
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, type Document } from '../core/types.ts';
import { documentFromJson, parseBuffer, type ReadOptions } from './documents.ts';
import { articleProblem, isoDay, readHtml } from './html.ts';
import { FetchError, fetchUrl, type FetchOptions } from './fetch.ts';
import type { IngestItem, SkippedInput } from './pipeline.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);
/** a single .txt/.html report larger than this is not a news report */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** one JSONL line larger than this is refused (the rest of the file goes on) */
export const MAX_LINE_CHARS = 2 * 1024 * 1024;

export type Input = { kind: 'file'; path: string; id: string } | { kind: 'url'; url: string } | SkippedInput;

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

const skip = (where: string, reason: string): SkippedInput => ({ skipped: true, where, reason });

function walk(dir: string, root: string, out: Input[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.push(skip(dir, `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (TEXT_EXTENSIONS.has(ext)) out.push({ kind: 'file', path: p, id: relative(root, p).split('\\').join('/') });
      else out.push(skip(p, `not a report file (${ext || 'no extension'}; .txt, .html or .jsonl)`));
    }
  }
}

/** files a manifest .jsonl names with {"file": …} lines (resolved paths); empty if it is not one */
export function manifestFiles(path: string): Set<string> {
  const out = new Set<string>();
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return out;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.includes('"file"')) continue;
      try {
        const o = JSON.parse(line);
        if (o && typeof o.file === 'string' && typeof o.text !== 'string') out.add(resolve(dirname(path), o.file));
      } catch {
        /* a bad line is reported when the manifest is read */
      }
    }
  } catch {
    /* unreadable: reported when read */
  }
  return out;
}

/**
 * A folder with a manifest (index.jsonl of {"id","file","published","source","url"}) is read
 * through the manifest, so each report gets its metadata; the files it names are not read twice.
 */
function preferManifests(files: Input[]): Input[] {
  const named = new Set<string>();
  const manifests: Input[] = [];
  for (const f of files) {
    if ('path' in f && /\.(jsonl|ndjson)$/i.test(f.path)) {
      const m = manifestFiles(f.path);
      if (m.size) {
        manifests.push(f);
        for (const p of m) named.add(p);
      }
    }
  }
  if (!named.size) return files;
  return [...manifests, ...files.filter((f) => !manifests.includes(f) && !('path' in f && named.has(resolve(f.path))))];
}

/** every input named on the command line, folders expanded in name order */
export function expandInputs(args: string[]): Input[] {
  const out: Input[] = [];
  for (const a of args) {
    if (a === '-') {
      out.push({ kind: 'file', path: '-', id: 'stdin' });
      continue;
    }
    if (isUrl(a)) {
      out.push({ kind: 'url', url: a });
      continue;
    }
    let st;
    try {
      st = statSync(a);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.push(skip(a, code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code}`));
      continue;
    }
    if (st.isDirectory()) {
      const found: Input[] = [];
      walk(a, a, found);
      out.push(...preferManifests(found));
    }
    else out.push({ kind: 'file', path: a, id: basename(a) });
  }
  return out;
}

/** a .jsonl file line by line: memory stays flat for any number of documents */
async function* readJsonl(path: string, id: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of rl) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '').trim() : raw.trim();
      if (!line) continue;
      const where = `${id}:${n}`;
      if (line.length > MAX_LINE_CHARS) {
        yield skip(where, `line of ${(line.length / 1e6).toFixed(1)} M characters is over the limit`);
        continue;
      }
      try {
        const obj = JSON.parse(line);
        if (obj && typeof obj === 'object' && typeof obj.file === 'string' && typeof obj.text !== 'string') {
          yield* manifestEntry(obj, dirname(path), where, opts);
          continue;
        }
        const doc = documentFromJson(obj, where, opts);
        yield doc;
      } catch (err) {
        yield skip(where, err instanceof InputError ? err.message.replace(`${where}: `, '') : `invalid JSON (${(err as Error).message})`);
      }
    }
  } catch (err) {
    yield skip(id, `read error: ${(err as Error).message}`);
  }
}

/** one manifest line: the file it names, read with the line's metadata */
async function* manifestEntry(o: Record<string, unknown>, dir: string, where: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const file = resolve(dir, String(o.file));
  const meta: ReadOptions = {
    published: typeof o.published === 'string' ? (isoDay(o.published) ?? opts.published) : opts.published,
    source: typeof o.source === 'string' ? o.source : opts.source,
  };
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : basename(file);
  for await (const item of readFile({ path: file, id }, meta)) {
    if ('skipped' in item) yield { ...item, where: `${where} (${o.file})` };
    else yield { ...item, url: typeof o.url === 'string' ? o.url : item.url, title: typeof o.title === 'string' ? o.title : item.title };
  }
}

/** standard input: JSONL when its first line is a JSON object, else one text or HTML report */
function* readStdin(opts: ReadOptions): Generator<IngestItem> {
  let buf: Buffer;
  try {
    buf = readFileSync(0);
  } catch (err) {
    yield skip('stdin', `cannot read: ${(err as Error).message}`);
    return;
  }
  const first = buf.subarray(0, 65536).toString('utf8').replace(/^\uFEFF/, '').trimStart().split('\n')[0];
  let jsonl = false;
  try {
    jsonl = first.startsWith('{') && typeof JSON.parse(first) === 'object';
  } catch {
    jsonl = false;
  }
  try {
    const batch = parseBuffer(buf, jsonl ? 'stdin.jsonl' : 'stdin', opts);
    for (const e of batch.errors) yield skip(e.where, e.message.replace(`${e.where}: `, ''));
    for (const d of batch.documents) yield d.text.trim() ? d : skip(d.id, 'empty input');
  } catch (err) {
    yield skip('stdin', (err as Error).message.replace('stdin: ', ''));
  }
}

async function* readFile(input: { path: string; id: string }, opts: ReadOptions): AsyncGenerator<IngestItem> {
  if (input.path === '-') {
    yield* readStdin(opts);
    return;
  }
  const ext = extname(input.path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonl(input.path, input.id, opts);
    return;
  }
  let buf: Buffer;
  try {
    const size = statSync(input.path).size;
    if (size > MAX_FILE_BYTES) {
      yield skip(input.path, `${(size / 1048576).toFixed(1)} MB is too large for one report (limit 5 MB)`);
      return;
    }
    buf = readFileSync(input.path);
  } catch (err) {
    yield skip(input.path, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return;
  }
  try {
    const batch = parseBuffer(buf, input.path, opts);
    for (const d of batch.documents) {
      const doc = { ...d, id: input.id };
      if (!doc.text.trim()) yield skip(input.path, 'empty file');
      else if (/\.html?$/.test(ext) && doc.text.trim().length < 80) yield skip(input.path, 'no article text in the page');
      else yield doc;
    }
  } catch (err) {
    yield skip(input.path, (err as Error).message.replace(`${input.path}: `, ''));
  }
}

/** fetches a URL and reads the article out of it */
export async function documentFromUrl(url: string, opts: ReadOptions & { fetch?: FetchOptions } = {}): Promise<Document> {
  const res = await fetchUrl(url, opts.fetch);
  const media = res.contentType.split(';')[0].trim().toLowerCase();
  if (media === 'text/plain') {
    if (!res.body.trim()) throw new FetchError('content_type', `${res.url}: empty response`);
    return { id: res.url, url: res.url, text: res.body.trim(), published: opts.published, source: opts.source ?? new URL(res.url).hostname };
  }
  const art = readHtml(res.body);
  const problem = articleProblem(art);
  if (problem) throw new FetchError('content_type', `${res.url}: ${problem}`);
  return {
    id: res.url,
    url: res.url,
    text: art.text,
    title: art.title,
    published: opts.published ?? isoDay(art.published),
    source: opts.source ?? art.outlet ?? new URL(res.url).hostname.replace(/^www\./, ''),
  };
}

export interface SourceOptions extends ReadOptions {
  fetch?: FetchOptions;
  /** true when a URL is already stored: skip the download */
  known?: (url: string) => Promise<boolean>;
  /** called once per input as it is finished (progress bars) */
  onInput?: (input: Input) => void;
}

/** the documents of every input, in order */
export async function* readInputs(inputs: Input[], opts: SourceOptions = {}): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if ('skipped' in input) yield input;
    else if (input.kind === 'file') yield* readFile(input, opts);
    else {
      try {
        if (opts.known && (await opts.known(input.url))) yield { ...skip(input.url, 'already stored (same URL)'), duplicate: true };
        else yield await documentFromUrl(input.url, opts);
      } catch (err) {
        yield skip(input.url, err instanceof FetchError ? err.message.replace(`${input.url}: `, '') : `fetch failed: ${(err as Error).message}`);
      }
    }
    opts.onInput?.(input);
  }
}
