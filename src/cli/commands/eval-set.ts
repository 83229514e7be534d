// `sitrep eval-set <hrdsattack|muc4|petrarch|plover|conflibert|all> [--split dev|train] [--limit N] [--json]` — scores the
// extractor on the real data sets under ../shared/eval that are not in the gold-file format.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';
import { loadExtractor } from '../extractor.ts';
import { evalDir, type SetReport } from '../../eval/sets/common.ts';
import { scoreHrdsAttack } from '../../eval/sets/hrdsattack.ts';
import { scoreMuc4 } from '../../eval/sets/muc4.ts';
import { scorePetrarchGsr, scorePlover } from '../../eval/sets/cameo.ts';
import { scoreConflibertClass, scoreConflibertNer } from '../../eval/sets/conflibert.ts';

const SETS = ['hrdsattack', 'muc4', 'petrarch', 'plover', 'conflibert'] as const;

const command: Command = {
  summary: 'score the extractor on HRDsAttack, MUC-4, PETRARCH2, PLOVER and ConfliBERT CAMEO sets in ../shared/eval',
  usage: `Usage: sitrep eval-set <hrdsattack|muc4|petrarch|plover|conflibert|all> [--split dev|train] [--limit N] [--json]

Reads ../shared/eval (or SITREP_EVAL_DIR). Prints detection, field and code agreement figures.
--split train scores HRDsAttack and ConfliBERT on their training files (by default HRDsAttack's dev file and
ConfliBERT's test file; the other sets have one file): look for causes on train, confirm on dev.`,
  async run(args) {
    const { values, positionals } = parse(args, { limit: { type: 'string' }, split: { type: 'string', default: 'dev' }, json: { type: 'boolean', default: false } });
    const which = positionals[0];
    if (!which || (which !== 'all' && !(SETS as readonly string[]).includes(which))) throw new InputError(`name a set: ${SETS.join(', ')} or all`);
    if (values.limit !== undefined && !/^\d+$/.test(values.limit)) throw new InputError(`--limit takes a whole number, got "${values.limit}"`);
    if (values.split !== 'dev' && values.split !== 'train') throw new InputError(`--split takes dev or train, got "${values.split}"`);
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    const dir = evalDir();
    if (!dir) throw new InputError('../shared/eval not found (set SITREP_EVAL_DIR)');
    const extract = await loadExtractor();
    const reports: SetReport[] = [];
    for (const s of which === 'all' ? SETS : [which]) {
      if (s === 'hrdsattack') reports.push(scoreHrdsAttack(extract, dir, `${values.split}.json`, limit));
      if (s === 'muc4') reports.push(scoreMuc4(extract, dir, 'dev.jsonl', limit));
      if (s === 'petrarch') reports.push(scorePetrarchGsr(extract, dir, limit));
      if (s === 'plover') reports.push(scorePlover(extract, dir, limit));
      if (s === 'conflibert') {
        const split = values.split === 'train' ? 'train' : 'test';
        reports.push(scoreConflibertClass(extract, dir, split, limit), scoreConflibertNer(extract, dir, split, limit));
      }
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
      return 0;
    }
    for (const r of reports) {
      process.stdout.write(`\n${r.name} (${r.documents} documents)\n`);
      for (const [k, v] of Object.entries(r.metrics)) {
        const shown = typeof v === 'number' ? `${(100 * v).toFixed(1)}%` : v; // numbers are shares, strings are counts
        process.stdout.write(`  ${k.padEnd(52)} ${shown}\n`);
      }
      for (const n of r.notes) process.stdout.write(`  note: ${n}\n`);
    }
    return 0;
  },
};
export default command;
