// MUC-4 (../shared/eval/muc4): lower-cased Latin-American news with role fillers (perpetrator,
// target, victim, weapon). We score document-level event detection and head-noun matches of the
// role fillers against the evidence spans of our actor1 / actor2 / weapons fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractFn } from '../../cli/extractor.ts';
import { asserted, prf, type SetReport } from './common.ts';

/** head noun: the last word, singular ("guerrillas" and "guerrilla" are the same filler) */
const head = (s: string) => (s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).pop() ?? '').replace(/(?<=[a-z]{3})(es|s)$/, '');

function fillers(extracts: Record<string, [string, number][][]>, roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const entity of extracts[r] ?? []) if (entity[0]) out.add(head(entity[0][0]));
  return out;
}

export function scoreMuc4(extract: ExtractFn, dir: string, file = 'dev.jsonl', limit?: number): SetReport {
  const lines = readFileSync(join(dir, 'muc4', file), 'utf8').split('\n').filter(Boolean).slice(0, limit);
  let tpDoc = 0, predDoc = 0, goldDoc = 0;
  const roles = {
    perpetrator: { gold: ['PerpInd', 'PerpOrg'], field: 'actor1', tp: 0, p: 0, g: 0 },
    target_or_victim: { gold: ['Target', 'Victim'], field: 'actor2', tp: 0, p: 0, g: 0 },
    weapon: { gold: ['Weapon'], field: 'weapons', tp: 0, p: 0, g: 0 },
  };
  for (const line of lines) {
    const o = JSON.parse(line);
    const events = asserted(extract({ id: o.docid, text: o.doctext }).events);
    const goldHas = Object.values(o.extracts as Record<string, unknown[]>).some((v) => v.length > 0);
    if (goldHas) goldDoc++;
    if (events.length) predDoc++;
    if (goldHas && events.length) tpDoc++;
    for (const r of Object.values(roles)) {
      const gold = fillers(o.extracts, r.gold);
      const pred = new Set<string>();
      for (const e of events) for (const ev of e.evidence) if (ev.field === r.field || ev.field.startsWith(`${r.field}`)) pred.add(head(ev.text));
      r.g += gold.size;
      r.p += pred.size;
      for (const h of pred) if (gold.has(h)) r.tp++;
    }
  }
  const metrics: SetReport['metrics'] = {};
  const d = prf(tpDoc, predDoc, goldDoc);
  metrics['event documents precision'] = d.precision;
  metrics['event documents recall'] = d.recall;
  for (const [name, r] of Object.entries(roles)) {
    const s = prf(r.tp, r.p, r.g);
    metrics[`${name} head-noun P`] = s.precision;
    metrics[`${name} head-noun R`] = s.recall;
    metrics[`${name} head-noun F1`] = s.f1;
  }
  return { name: `muc4/${file}`, documents: lines.length, metrics, notes: ['Text is lower-cased, which removes the capitalization cues sitrep uses for names.'] };
}
