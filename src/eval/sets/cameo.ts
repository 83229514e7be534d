// CAMEO / PLOVER agreement on real and manual sentences: PETRARCH2's GSR validation records
// (../shared/eval/petrarch) and the PLOVER gold-standard records (../shared/eval/plover).
// sitrep codes only ACLED-relevant events, so we report (a) detection and root-code agreement on
// sentences whose gold code is material conflict or protest, and (b) the false-event rate on
// sentences whose gold codes are only verbal or cooperative.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractFn } from '../../cli/extractor.ts';
import { asserted, ratio, type SetReport } from './common.ts';

/** CAMEO roots sitrep should code: protest, coerce (arrests), assault, fight, mass violence */
const CONFLICT_ROOTS = new Set(['14', '17', '18', '19', '20']);

export function scorePetrarchGsr(extract: ExtractFn, dir: string, limit?: number): SetReport {
  const xml = readFileSync(join(dir, 'petrarch', 'UniversalPetrarch_PETR2_GSR_validation.xml'), 'utf8');
  const blocks = xml.split(/<Sentence\s/).slice(1, limit === undefined ? undefined : limit + 1);
  let conflict = 0, detected = 0, rootOk = 0, verbal = 0, falseEvents = 0;
  for (const b of blocks) {
    const date = /date="(\d{4})(\d{2})(\d{2})"/.exec(b);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(b)?.[1].replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const roots = [...b.matchAll(/eventcode="(\d{2})\d*"/g)].map((m) => m[1]);
    if (!roots.length) continue;
    const published = date ? `${date[1]}-${date[2]}-${date[3]}` : undefined;
    const events = asserted(extract({ id: 'gsr', text, published }).events);
    const ours = new Set(events.map((e) => e.cameo.slice(0, 2)));
    if (roots.some((r) => CONFLICT_ROOTS.has(r))) {
      conflict++;
      if (events.length) detected++;
      if (roots.some((r) => ours.has(r))) rootOk++;
    } else {
      verbal++;
      if (events.length) falseEvents++;
    }
  }
  return {
    name: 'petrarch/PETR2_GSR_validation',
    documents: blocks.length,
    metrics: {
      'conflict sentences': String(conflict),
      'conflict sentences with an event': ratio(detected, conflict),
      'conflict sentences with the gold CAMEO root': ratio(rootOk, conflict),
      'verbal/cooperative sentences': String(verbal),
      'verbal/cooperative sentences wrongly given an event': ratio(falseEvents, verbal),
    },
    notes: ['Gold codes are PETRARCH-2 output hand-corrected, not independent human coding.'],
  };
}

/** PLOVER 0.5b1 names → current names */
const PLOVER_RENAME: Record<string, string> = { FIGHT: 'ASSAULT', DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE' };
const PLOVER_SITREP = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'AGREE']);

export function scorePlover(extract: ExtractFn, dir: string, limit?: number): SetReport {
  const rows: any[] = JSON.parse(readFileSync(join(dir, 'plover', 'PLOVER_GSR_CAMEO.json'), 'utf8'))
    .filter((r: any) => typeof r.text === 'string' && r.event)
    .slice(0, limit);
  let relevant = 0, detected = 0, typeOk = 0, other = 0, falseEvents = 0;
  for (const r of rows) {
    const gold = PLOVER_RENAME[r.event] ?? r.event;
    const events = asserted(extract({ id: r.id, text: r.text, published: '2000-01-01' }).events);
    const ours = new Set(events.map((e) => e.plover.split('/')[0]));
    if (PLOVER_SITREP.has(gold)) {
      relevant++;
      if (events.length) detected++;
      if (ours.has(gold)) typeOk++;
    } else {
      other++;
      if (events.length) falseEvents++;
    }
  }
  return {
    name: 'plover/PLOVER_GSR_CAMEO',
    documents: rows.length,
    metrics: {
      'ASSAULT/FIGHT/PROTEST/COERCE/AGREE sentences': String(relevant),
      'of those with an event': ratio(detected, relevant),
      'of those with the gold PLOVER type': ratio(typeOk, relevant),
      'other sentences': String(other),
      'other sentences wrongly given an event': ratio(falseEvents, other),
    },
    notes: ['The sentences are CAMEO manual examples, edited, with the codings the manual gives; COERCE covers more than arrests.'],
  };
}
