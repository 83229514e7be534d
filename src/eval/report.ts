// Formats an eval run as the human report printed by `sitrep eval`.
import type { DocScore, EvalSummary } from './score.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function fieldTable(title: string, fields: EvalSummary['fields']): string[] {
  const out = [title];
  for (const [k, f] of Object.entries(fields).sort()) out.push(`  ${k.padEnd(15)} ${pct(f.accuracy).padStart(6)}  (${f.correct}/${f.total})`);
  return out;
}

export function formatReport(name: string, s: EvalSummary, docs: DocScore[], showErrors: number): string {
  const lines = [
    `sitrep eval ${name}`,
    `documents ${s.documents}, required gold events ${s.required_gold}, predicted ${s.predicted}${s.failures ? `, extraction failures ${s.failures}` : ''}`,
    `event recall    ${pct(s.recall)}`,
    `event precision ${pct(s.precision)}`,
    `F1              ${pct(s.f1)}`,
    '',
    ...fieldTable('field accuracy over matched pairs:', s.fields),
    '',
    ...fieldTable('field accuracy per required gold event (best prediction in its document, matched or not):', s.fields_best),
    '',
    'reliability (confidence bin: predictions, mean confidence, share correct):',
    ...s.reliability.map((r) => `  ${r.bin}  ${String(r.count).padStart(6)}  ${r.mean_confidence.toFixed(2)}  ${pct(r.accuracy)}`),
  ];
  let shown = 0;
  const errs: string[] = [];
  for (const d of docs) {
    for (const m of d.misses) {
      if (shown++ >= showErrors) break;
      errs.push(`  MISS ${d.id}: ${m.label ?? m.event_type} (${m.event_type}${m.date_range ? `, ${m.date_range.join('..')}` : ''})`);
    }
    for (const fp of d.falsePositives) {
      if (shown++ >= showErrors) break;
      errs.push(`  FALSE POSITIVE ${d.id}: ${fp.pred.event_type} / ${fp.pred.sub_event_type} ${fp.pred.event_date} ${fp.pred.location || fp.pred.country} — ${fp.reason}`);
      for (const sent of fp.sentences.slice(0, 2)) errs.push(`      “${sent.length > 200 ? sent.slice(0, 200) + '…' : sent}”`);
    }
  }
  const total = docs.reduce((a, d) => a + d.misses.length + d.falsePositives.length, 0);
  if (total) {
    lines.push('', `misses and false positives (${Math.min(total, showErrors)} of ${total}; --show N for more):`, ...errs);
  }
  return lines.join('\n') + '\n';
}
