// HRDsAttack (../shared/eval/hrdsattack): news articles about attacks on human-rights defenders with
// article-level gold date, place, perpetrator type and violation types. We score the report's main
// event against them: was an event found, and are its country, province, date and perpetrator right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractFn } from '../../cli/extractor.ts';
import type { SitrepEvent } from '../../core/types.ts';
import { asserted, mainEvent, ratio, type SetReport } from './common.ts';

const stripHtml = (html: string) =>
  html.replace(/<\/p>\s*<p>/g, '\n').replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/[ \t]+/g, ' ').trim();

const VIOLATION_SUBTYPES: Record<string, string[]> = {
  killing: ['Attack', 'Armed clash', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade', 'Excessive force against protesters', 'Mob violence'],
  kidnapping: ['Abduction/forced disappearance'],
  'enforced disappearance': ['Abduction/forced disappearance'],
  'arbitrary detention': ['Arrests'],
};

interface CountryEntry { name: string; aliases: string[]; demonyms: string[] }
let countryNames: Map<string, string> | null = null;

/** every name, alias and demonym of data/lexicons/countries.json, lower-cased, to the country's name */
function countryTable(): Map<string, string> {
  if (countryNames) return countryNames;
  const { countries } = JSON.parse(readFileSync(new URL('../../../data/lexicons/countries.json', import.meta.url), 'utf8')) as { countries: CountryEntry[] };
  countryNames = new Map();
  for (const c of countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) countryNames.set(n.toLowerCase(), c.name);
  // the United Kingdom's constituent countries are the UK in ACLED's country column
  for (const n of ['england', 'scotland', 'wales', 'northern ireland']) countryNames.set(n, 'United Kingdom');
  return countryNames;
}

/** one edit (substitution, insertion or deletion) apart */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The gold country as sitrep names it: annotators typed aliases ('USA'), full names ("People's
 *  Republic of China"), demonyms and one-letter slips; names of six letters or more within one edit
 *  of a single country name are that country. Unknown strings come back as typed. */
export function goldCountry(v: string): string {
  const t = countryTable();
  const k = v.trim().replace(/^the\s+/i, '').toLowerCase();
  const hit = t.get(k);
  if (hit) return hit;
  if (k.length >= 6) {
    const near = new Set([...t].filter(([n]) => n.length >= 6 && oneEdit(n, k)).map(([, c]) => c));
    if (near.size === 1) return [...near][0];
  }
  return v.trim();
}

/** a place the annotator gave, not a placeholder ('unknown', 'N/a', 'None') */
export const givenPlace = (v: unknown): boolean => !!v && !/^\s*(?:unknown|n\/?a|none|null|-)?\s*$/i.test(String(v));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The gold's year/month/date as annotators typed them: '2020.0', '07' or 'July' (sometimes misspelt,
 *  so the first three letters decide), 'unknown'/'None' for not given. Returns 0 for not given. */
export function goldDatePart(v: unknown, part: 'year' | 'month' | 'date'): number {
  const s = String(v ?? '').trim().toLowerCase();
  const n = /^\d+(\.0+)?$/.test(s) ? parseInt(s, 10) : part === 'month' ? MONTHS.indexOf(s.slice(0, 3)) + 1 : 0;
  const max = part === 'year' ? 2100 : part === 'month' ? 12 : 31;
  return n >= (part === 'year' ? 1900 : 1) && n <= max ? n : 0;
}

/** ACLED's inter code of the side that did the violation. In Protests events the protesters are
 *  always actor1 and any force used comes from actor2 (the intervening police or army), so there the
 *  perpetrator is actor2; elsewhere it is actor1. */
export function perpetratorInter(ev: Pick<SitrepEvent, 'event_type' | 'inter1' | 'inter2'>): number {
  return ev.event_type === 'Protests' && ev.inter2 ? ev.inter2 : ev.inter1;
}

/** Is the perpetrator a state actor? ACLED's state forces are inter 1 at home; acting abroad they are
 *  inter 8 ("External/Other forces") but keep their "Military/Police Forces of <country>" names. */
export function perpetratorIsState(ev: Pick<SitrepEvent, 'event_type' | 'inter1' | 'inter2' | 'actor1' | 'actor2'>): boolean {
  const second = ev.event_type === 'Protests' && !!ev.inter2;
  const inter = perpetratorInter(ev);
  const name = (second ? ev.actor2 : ev.actor1) ?? '';
  return inter === 1 || (inter === 8 && /^(?:Military|Police) Forces of /.test(name));
}

export function scoreHrdsAttack(extract: ExtractFn, dir: string, file = 'dev.json', limit?: number): SetReport {
  const rows: any[] = JSON.parse(readFileSync(join(dir, 'hrdsattack', file), 'utf8')).slice(0, limit);
  let found = 0, countryOk = 0, countryN = 0, regionOk = 0, regionN = 0, dayOk = 0, dayN = 0, monthOk = 0, monthN = 0;
  let perpOk = 0, perpN = 0;
  const viol: Record<string, { n: number; ok: number }> = {};
  for (const r of rows) {
    const text = stripHtml(String(r.sample['Input.article_interface'] ?? ''));
    const published = String(r.sample['Input.publish_date'] ?? '').slice(0, 10) || undefined;
    const g = r.merged_sample ?? {};
    const title = stripHtml(String(r.sample['Input.title'] ?? '')) || undefined;
    const events = asserted(extract({ id: String(r.sample['Input.GLOBALEVENTID']), text, published, title }).events);
    const ev = mainEvent(events);
    if (ev) found++;
    if (givenPlace(g.country)) {
      countryN++;
      const want = goldCountry(String(g.country)).toLowerCase();
      if (events.some((e) => e.country.toLowerCase() === want)) countryOk++;
    }
    if (givenPlace(g.region)) {
      regionN++;
      const want = String(g.region).toLowerCase();
      const same = (a: string | undefined) => !!a && (a.toLowerCase().includes(want) || want.includes(a.toLowerCase()));
      // the gold's region is the annotator's province or district: ACLED's admin1 or admin2
      if (events.some((e) => same(e.admin1) || same(e.admin2))) regionOk++;
    }
    const y = goldDatePart(g.year, 'year'), m = goldDatePart(g.month, 'month'), d = goldDatePart(g.date, 'date');
    if (y && m) {
      monthN++;
      const ym = `${y}-${String(m).padStart(2, '0')}`;
      if (ev && ev.event_date.startsWith(ym)) monthOk++;
      if (d) {
        dayN++;
        const day = `${ym}-${String(d).padStart(2, '0')}`;
        const diff = ev ? Math.abs(Date.parse(ev.event_date) - Date.parse(day)) / 86_400_000 : Infinity;
        if (diff <= 1) dayOk++;
      }
    }
    if (g.perpetrator_mention && g.perpetrator_type && !/insufficient/i.test(g.perpetrator_type) && ev) {
      perpN++;
      const state = /state actor/i.test(g.perpetrator_type) && !/non-state|without/i.test(g.perpetrator_type);
      if (perpetratorIsState(ev) === state) perpOk++;
    }
    for (const v of g.violation_types ?? []) {
      const subs = VIOLATION_SUBTYPES[v];
      if (!subs) continue;
      const s = (viol[v] ??= { n: 0, ok: 0 });
      s.n++;
      if (events.some((e) => subs.includes(e.sub_event_type) || (v === 'killing' && e.fatalities > 0))) s.ok++;
    }
  }
  const metrics: SetReport['metrics'] = {
    'articles with an event found': ratio(found, rows.length),
    'country right (any event)': ratio(countryOk, countryN),
    'province right (any event)': ratio(regionOk, regionN),
    'main event in the gold month': ratio(monthOk, monthN),
    'main event within a day of the gold date': ratio(dayOk, dayN),
    'perpetrator state/non-state right': ratio(perpOk, perpN),
  };
  for (const [v, s] of Object.entries(viol)) metrics[`violation "${v}" coded (${s.n} articles)`] = ratio(s.ok, s.n);
  return {
    name: `hrdsattack/${file}`,
    documents: rows.length,
    metrics,
    notes: ['Gold is article-level: the main event is the most confident asserted event.'],
  };
}
