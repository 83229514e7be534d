// `sitrep geo-eval [DIR] [--json] [--limit N] [--corpus NAME]`: toponym resolution on the geoparsing
// corpora (LGL, GeoVirus, GeoWebNews, WikToR) with gold spans, plus end-to-end place finding.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';
import { loadCorpora } from '../../geo/eval/corpora.ts';
import { evaluate, type CorpusReport } from '../../geo/eval/score.ts';
import { loadGeocoder } from '../../geo/index.ts';
import { evaluateAcled, type AcledProxy } from '../../geo/eval/acled.ts';
import { join } from 'node:path';

const DEFAULT_DIR = fileURLToPath(new URL('../../../../shared/eval/geo', import.meta.url));

const command: Command = {
  summary: 'score toponym resolution on LGL, GeoVirus, GeoWebNews, WikToR (acc@161km, AUC)',
  usage: `Usage: sitrep geo-eval [DIR] [--json] [--limit N] [--corpus NAME] [--show N]

  DIR        folder with lgl/, geovirus/, geowebnews/, wiktor/ (default ../shared/eval/geo)
  --limit    score only the first N documents of each corpus
  --corpus   only this corpus (LGL, GeoVirus, GeoWebNews, WikToR)
  --show     print the N most frequent resolution misses of each corpus (name, answer, gold point)
  --acled    also score the best place per report against ACLED's point (DIR/../acled/dev.gold.jsonl)
  --json     print the report as JSON`,
  async run(args) {
    const { values, positionals } = parse(args, {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      corpus: { type: 'string' },
      acled: { type: 'boolean', default: false },
      show: { type: 'string' },
    });
    const dir = positionals[0] ?? DEFAULT_DIR;
    if (!existsSync(dir)) throw new InputError(`no corpus folder at ${dir}`);
    const limit = values.limit === undefined ? Infinity : Number(values.limit);
    if (!(limit > 0)) throw new InputError(`--limit must be a positive number, not "${values.limit}"`);
    const show = values.show === undefined ? 0 : Number(values.show);
    if (!Number.isInteger(show) || show < 0) throw new InputError(`--show must be a whole number, not "${values.show}"`);
    let corpora = loadCorpora(dir);
    if (values.corpus) corpora = corpora.filter((c) => c.name.toLowerCase() === values.corpus!.toLowerCase());
    if (!corpora.length && !values.acled) throw new InputError(`no known corpus found in ${dir}`);
    const geo = loadGeocoder();
    const reports: CorpusReport[] = [];
    for (const c of corpora) {
      const r = evaluate(c, geo, limit, show);
      reports.push(r);
      if (!values.json) process.stdout.write(formatReport(r) + '\n' + formatMisses(r));
    }
    let acled: AcledProxy | null = null;
    if (values.acled) {
      acled = evaluateAcled(join(dir, '..', 'acled', 'dev.gold.jsonl'), geo, limit);
      if (acled && !values.json) {
        const p = (n: number) => pct(acled!.docs ? n / acled!.docs : 0);
        process.stdout.write(`${acled.corpus}: ${acled.docs} rows, place found ${p(acled.found)}%, within 25 km ${p(acled.within25km)}%, admin1 ${p(acled.admin1_ok)}% (as text ${p(acled.admin1_text_ok)}%), country ${p(acled.country_ok)}%  (${(acled.ms / 1000).toFixed(1)}s)\n`);
      }
    }
    if (values.json) process.stdout.write(JSON.stringify({ reports, acled }, null, 2) + '\n');
    return 0;
  },
};

const pct = (x: number) => (100 * x).toFixed(1);

function formatReport(r: CorpusReport): string {
  const s = r.resolution;
  let line = `${r.corpus.padEnd(11)} n=${s.n}  acc@161=${pct(s.acc161)}  mean=${s.mean_km.toFixed(0)}km  median=${s.median_km.toFixed(1)}km  AUC=${s.auc.toFixed(3)}  unresolved=${s.unresolved}`;
  const e = r.end_to_end;
  if (e) line += `\n${''.padEnd(11)} end-to-end (sitrep geocode): found ${pct(e.recall)}% of ${e.gold}, found+within161 ${pct(e.recall161)}%, precision ${pct(e.precision)}% of ${e.predicted}`;
  const a = r.end_to_end_all;
  if (a) line += `\n${''.padEnd(11)} end-to-end, actor uses kept (geocode --all): found ${pct(a.recall)}%, found+within161 ${pct(a.recall161)}%, precision ${pct(a.precision)}% of ${a.predicted}`;
  return `${line}  (${(r.ms / 1000).toFixed(1)}s)`;
}

function formatMisses(r: CorpusReport): string {
  if (!r.misses?.length) return '';
  return r.misses.map((m) => `  ${String(m.count).padStart(4)}x ${m.name} -> ${m.got}; gold ${m.gold[0].toFixed(2)},${m.gold[1].toFixed(2)} (${m.km} km, e.g. ${m.doc})\n`).join('');
}

export default command;
