// Loads a gold file in the format of ../shared/eval/FORMAT.md.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/types.ts';

export interface GoldEvent {
  label?: string;
  required?: boolean;
  event_type?: string;
  sub_event_type?: string[];
  date_range?: [string, string];
  actor1_any?: string[];
  actor2_any?: string[];
  country?: string;
  admin1_any?: string[];
  location_any?: string[];
  near?: { lat: number; lon: number; km: number };
  fatalities?: number;
  injuries?: number | null;
  weapons_any?: string[];
  inter1?: number;
  inter2?: number;
}

export interface GoldDocument {
  id: string;
  published?: string;
  source?: string;
  text: string;
  events: GoldEvent[];
  no_event_sentences: string[];
}

export function loadGold(path: string): GoldDocument[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(e.code === 'ENOENT' ? `no such gold file: ${path}` : `cannot read ${path}: ${e.message}`);
  }
  const docs: GoldDocument[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let o: any;
    try {
      o = JSON.parse(line);
    } catch (err) {
      throw new InputError(`${path}:${i + 1}: invalid JSON (${(err as Error).message})`);
    }
    let text: string | undefined = typeof o.text === 'string' ? o.text : undefined;
    if (text === undefined && typeof o.text_file === 'string') {
      const p = resolve(dirname(path), o.text_file);
      try {
        text = readFileSync(p, 'utf8');
      } catch {
        throw new InputError(`${path}:${i + 1}: text_file ${o.text_file} not readable`);
      }
    }
    if (text === undefined) throw new InputError(`${path}:${i + 1}: needs "text" or "text_file"`);
    docs.push({
      id: String(o.id ?? `line-${i + 1}`),
      published: o.published,
      source: o.source,
      text,
      events: Array.isArray(o.events) ? o.events : [],
      no_event_sentences: Array.isArray(o.no_event_sentences) ? o.no_event_sentences : [],
    });
  }
  return docs;
}
