// ConfliBERT's CAMEO sets (../shared/eval/conflibert_cameo): news sentences with a five-way class and,
// for the same sentences, the source and target actor spans as CoNLL token tags.
// The class labels are undocumented upstream; their sentences read as 0 statement, 1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (protest included).
// The per-class event rates printed below are the check on that reading: sitrep codes only the last.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractFn } from '../../cli/extractor.ts';
import type { SitrepEvent } from '../../core/types.ts';
import { asserted, mainEvent, ratio, type SetReport } from './common.ts';

const MATERIAL_CONFLICT = '4';
/** the sentences carry no date; sitrep drops an event it cannot date, so each gets a nominal
 * publication day (detection and actors are scored here, never dates) */
const NOMINAL_PUBLISHED = '2020-01-01';

function readClassRows(dir: string, split: string): { text: string; label: string }[] {
  return readFileSync(join(dir, 'conflibert_cameo', 'cameo_class', `${split}.tsv`), 'utf8')
    .split('\n')
    .map((l) => { const i = l.lastIndexOf('\t'); return i < 0 ? null : { text: l.slice(0, i).trim(), label: l.slice(i + 1).trim() }; })
    .filter((r): r is { text: string; label: string } => !!r && !!r.text && /^[0-4]$/.test(r.label));
}

/** the two files tokenize differently: compare letters and digits only */
const joinKey = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

export function scoreConflibertClass(extract: ExtractFn, dir: string, split: string, limit?: number): SetReport {
  const rows = readClassRows(dir, split).slice(0, limit);
  const perClass = new Map<string, { n: number; withEvent: number }>();
  for (const [i, r] of rows.entries()) {
    const events = asserted(extract({ id: `cameo-class-${i}`, text: r.text, published: NOMINAL_PUBLISHED }).events);
    const c = perClass.get(r.label) ?? { n: 0, withEvent: 0 };
    c.n++;
    if (events.length) c.withEvent++;
    perClass.set(r.label, c);
  }
  const conflict = perClass.get(MATERIAL_CONFLICT) ?? { n: 0, withEvent: 0 };
  const others = [...perClass].filter(([k]) => k !== MATERIAL_CONFLICT).reduce((a, [, c]) => ({ n: a.n + c.n, withEvent: a.withEvent + c.withEvent }), { n: 0, withEvent: 0 });
  const rates = [...perClass].sort().map(([k, c]) => `${k}: ${(100 * ratio(c.withEvent, c.n)).toFixed(0)}% of ${c.n}`).join(', ');
  return {
    name: `conflibert_cameo/cameo_class/${split}.tsv`,
    documents: rows.length,
    metrics: {
      'material-conflict sentences (class 4)': String(conflict.n),
      'of those with an event': ratio(conflict.withEvent, conflict.n),
      'other sentences (classes 0-3)': String(others.n),
      'other sentences wrongly given an event': ratio(others.withEvent, others.n),
    },
    notes: [`sentences given an event, per class: ${rates}`, 'Labels read as 0 statement .. 4 material conflict (undocumented upstream).', `Sentences are undated: each is read as published on ${NOMINAL_PUBLISHED}.`],
  };
}

interface NerSentence { text: string; source: [number, number][]; target: [number, number][] }

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|’s|n't|'re|'ve|'ll|'d|'m)$/i;

/** CoNLL "token TAG" lines → sentences rebuilt as text, with the gold S and T spans as offsets */
export function parseCameoNer(raw: string): NerSentence[] {
  const out: NerSentence[] = [];
  let cur: NerSentence = { text: '', source: [], target: [] };
  let open: { role: 'S' | 'T'; start: number } | null = null;
  const close = () => {
    if (open) (open.role === 'S' ? cur.source : cur.target).push([open.start, cur.text.length]);
    open = null;
  };
  const flush = () => {
    close();
    if (cur.text) out.push(cur);
    cur = { text: '', source: [], target: [] };
  };
  for (const line of raw.split('\n')) {
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m) { flush(); continue; }
    const [, token, tag] = m;
    if (!tag.startsWith('I-') || open?.role !== tag.slice(2)) close();
    if (cur.text && !NO_SPACE_BEFORE.test(token) && !cur.text.endsWith('(')) cur.text += ' ';
    const start = cur.text.length;
    cur.text += token;
    if (tag.startsWith('B-') && (tag[2] === 'S' || tag[2] === 'T')) open = { role: tag[2] as 'S' | 'T', start };
  }
  flush();
  return out;
}

function overlapsAny(e: SitrepEvent, field: string, spans: [number, number][]): boolean {
  return e.evidence.some((v) => v.field === field && spans.some(([s, t]) => v.start < t && s < v.end));
}

export function scoreConflibertNer(extract: ExtractFn, dir: string, split: string, limit?: number): SetReport {
  const sentences = parseCameoNer(readFileSync(join(dir, 'conflibert_cameo', 'cameo_ner', `${split}.txt`), 'utf8')).slice(0, limit);
  // CAMEO's source and target belong to whatever the sentence codes (a statement's speaker, too):
  // score sitrep's actors only on the material-conflict sentences, found in the class file by text
  const labels = new Map(readClassRows(dir, split).map((r) => [joinKey(r.text), r.label]));
  let conflict = 0, withEvent = 0, srcGold = 0, srcOk = 0, srcGiven = 0, tgtGold = 0, tgtOk = 0, tgtGiven = 0;
  for (const [i, s] of sentences.entries()) {
    if (labels.get(joinKey(s.text)) !== MATERIAL_CONFLICT) continue;
    conflict++;
    const e = mainEvent(extract({ id: `cameo-ner-${i}`, text: s.text, published: NOMINAL_PUBLISHED }).events);
    if (!e) continue;
    withEvent++;
    if (s.source.length) {
      srcGold++;
      if (e.evidence.some((v) => v.field === 'actor1')) srcGiven++;
      if (overlapsAny(e, 'actor1', s.source)) srcOk++;
    }
    if (s.target.length) {
      tgtGold++;
      if (e.evidence.some((v) => v.field === 'actor2')) tgtGiven++;
      if (overlapsAny(e, 'actor2', s.target)) tgtOk++;
    }
  }
  return {
    name: `conflibert_cameo/cameo_ner/${split}.txt`,
    documents: sentences.length,
    metrics: {
      'material-conflict sentences (class 4, joined by text)': String(conflict),
      'of those given an event': String(withEvent),
      'of those with a gold source: actor1 given': ratio(srcGiven, srcGold),
      'of those with a gold source: actor1 on the source span': ratio(srcOk, srcGold),
      'of those with a gold target: actor2 given': ratio(tgtGiven, tgtGold),
      'of those with a gold target: actor2 on the target span': ratio(tgtOk, tgtGold),
    },
    notes: ['Spans agree when they overlap; sitrep names ACLED actor groups, so a location-named target ("a village") can differ from CAMEO\'s.'],
  };
}
