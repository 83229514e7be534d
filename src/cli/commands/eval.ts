// `sitrep eval GOLD.jsonl [--json] [--limit N] [--show N]` — scores the extractor on a gold file.
import { basename } from 'node:path';
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError, type SitrepEvent } from '../../core/types.ts';
import { loadGold } from '../../eval/gold.ts';
import { scoreDocument, summarize, type DocScore } from '../../eval/score.ts';
import { formatReport } from '../../eval/report.ts';
import { loadExtractor } from '../extractor.ts';

function positiveInt(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new InputError(`${flag} takes a whole number, got "${v}"`);
  return Number(v);
}

const command: Command = {
  summary: 'score the extractor against a gold file (../shared/eval/FORMAT.md)',
  usage: `Usage: sitrep eval GOLD.jsonl [--json] [--limit N] [--show N]

  --json     print the summary and per-document results as JSON
  --limit N  score only the first N documents
  --show N   list at most N misses and false positives (default 30)`,
  async run(args) {
    const { values, positionals } = parse(args, {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      show: { type: 'string' },
    });
    if (positionals.length !== 1) throw new InputError('give one gold file (JSONL)');
    let gold = loadGold(positionals[0]);
    const limit = positiveInt(values.limit, '--limit');
    if (limit !== undefined) gold = gold.slice(0, limit);
    const extract = await loadExtractor();
    const scores: DocScore[] = [];
    let failures = 0;
    const progress = process.stderr.isTTY && gold.length > 200;
    gold.forEach((g, i) => {
      let events: SitrepEvent[] = [];
      try {
        events = extract({ id: g.id, text: g.text, published: g.published, source: g.source }).events;
      } catch (err) {
        failures++;
        process.stderr.write(`sitrep eval: ${g.id}: extraction failed: ${(err as Error).message}\n`);
      }
      scores.push(scoreDocument(g, events));
      if (progress && i % 100 === 0) process.stderr.write(`\r${i}/${gold.length}`);
    });
    if (progress) process.stderr.write('\r');
    const summary = summarize(scores, failures);
    if (values.json) {
      const docs = scores.map((d) => ({
        id: d.id,
        predicted: d.predicted,
        matched: d.matched.map((m) => ({ gold: m.gold.label, event_id: m.pred.event_id, fields: m.fields })),
        misses: d.misses.map((m) => m.label ?? m.event_type),
        false_positives: d.falsePositives.map((f) => ({ event_id: f.pred.event_id, event_type: f.pred.event_type, reason: f.reason, sentences: f.sentences })),
      }));
      process.stdout.write(JSON.stringify({ gold: positionals[0], summary, documents: docs }, null, 2) + '\n');
    } else {
      process.stdout.write(formatReport(basename(positionals[0]), summary, scores, positiveInt(values.show, '--show') ?? 30));
    }
    return 0;
  },
};
export default command;
