// SQL is always parameterized. This test reads every source file and finds each place where SQL
// text is handed to a driver or to Kysely's raw escape hatches (sql.raw, sql.lit, db.exec, prepare,
// query, pragma). A call whose SQL is not a plain string literal — a template with ${...}, a `+`
// concatenation, or a variable — fails the test unless it is on the reviewed list below, where
// each entry says why the interpolated part cannot carry user input. Kysely's sql`...${v}` tag is
// NOT flagged: it binds v as a parameter. A reviewed entry that disappears from the code fails too,
// so the list cannot rot. (An entry matches a call whose SQL starts with its snippet.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './helpers.ts';

const REVIEWED: { file: string; snippet: string; why: string }[] = [
  { file: 'src/store/event-indexes.ts', snippet: 'sql.raw(ix.where)', why: 'partial-index predicate from the constant index table in the same file' },
  { file: 'src/store/migrations.ts', snippet: 'sql.raw(stmt)', why: 'stmt iterates the constant FTS_TRIGGERS DDL' },
  { file: 'src/store/migrations.ts', snippet: 'sql.raw(`drop trigger if exists ${t}`)', why: 't iterates a literal array of trigger names' },
  { file: 'src/store/query.ts', snippet: 'sql.ref(name)', why: 'name is one of four literal column names passed by the same function (an identifier, not a value)' },
  { file: 'src/store/bulk.ts', snippet: 'db.exec(`drop trigger if exists ${t}`)', why: 't iterates a literal array of trigger names' },
  { file: 'src/store/bulk.ts', snippet: 'db.prepare(`insert into events (${cols}) values ${Array(rows).fill(`(${COLUMNS.map(() => \'?\').join(\', \')})`)', why: 'column names from the constant COLUMNS list; every value is a ? placeholder, repeated for a number of rows the same file passes (1 or the constant ROWS)' },
  { file: 'src/store/bulk.ts', snippet: 'db.exec(t)', why: 't iterates the constant FTS_TRIGGERS DDL' },
  { file: 'src/store/bulk.ts', snippet: 'db.pragma(`cache_size = ${Number(cache) || -2000}`)', why: 'a number read back from the pragma itself, coerced with Number()' },
  { file: 'src/store/bulk.ts', snippet: 'db.pragma(`synchronous = ${Number(sync)', why: 'a number read back from the pragma itself, range-checked 0–3, else 1' },
  { file: 'src/api/planned-reads.ts', snippet: 'sqlite.prepare(text)', why: 'text is SQL compiled by Kysely (c.sql), whose values travel separately as c.parameters' },
  { file: 'src/store/bulk-pg.ts', snippet: 'client.query(copyFrom(`copy ${table} (${cols}) from stdin`))', why: "table is one of two literals ('events', 'sitrep_bulk') at the call sites; cols joins the constant EVENT_COLUMNS" },
  { file: 'src/store/bulk-pg.ts', snippet: 'sql.raw(`delete from ${t}`)', why: 't iterates a literal array of rollup table names' },
  { file: 'src/store/bulk-pg.ts', snippet: 'sql.raw(ROLLUP_ONE_SCAN_PG)', why: 'a constant statement from rollup-detail.ts, built only from literal column names' },
  { file: 'src/store/bulk-pg.ts', snippet: 'sql.raw(`vacuum analyze ${t}`)', why: 't iterates a literal array of rollup table names' },
];

const CALL = /\b(sql\.(?:raw|lit|id|table|ref|join)|(?:[A-Za-z_$][\w$]*?)?(?:db|Db|sqlite|Sqlite|database|conn|client|pool|Pool|trx|tx)\s*\.\s*(?:exec|prepare|query|pragma|executeQuery))\s*\(/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|js|mjs)$/.test(name)) yield p;
  }
}

/** the call's first argument, from "(" to its matching ")" or the first top-level comma */
function firstArg(src: string, open: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < src.length && i < open + 2000; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return src.slice(open + 1, i).trim();
    } else if (c === ',' && depth === 1) return src.slice(open + 1, i).trim();
  }
  return src.slice(open + 1, open + 200);
}

function isStatic(arg: string): boolean {
  if (arg === '') return true;
  // pg-copy-streams: client.query(copyFrom('copy t from stdin')) hands over the literal unchanged
  const copy = /^copy(?:From|To)\(([\s\S]*)\)$/.exec(arg);
  if (copy) return copy[1].trim() !== '' && isStatic(copy[1].trim());
  if (/^'(?:[^'\\\n]|\\.)*'$/.test(arg) || /^"(?:[^"\\\n]|\\.)*"$/.test(arg)) return true;
  if (/^`[^`]*`$/.test(arg) && !arg.includes('${')) return true;
  return false;
}

test('no string-built SQL in src/ outside the reviewed list', () => {
  const found: { file: string; snippet: string; line: number }[] = [];
  for (const path of sourceFiles(join(REPO, 'src'))) {
    const src = readFileSync(path, 'utf8');
    const code = src.replace(/\/\/[^\n]*/g, (m) => ' '.repeat(m.length)); // comments may mention SQL
    for (const m of code.matchAll(CALL)) {
      const open = m.index! + m[0].length - 1;
      const arg = firstArg(code, open);
      if (m[1].startsWith('sql.') && /^(ref|table|id)$/.test(m[1].slice(4)) && isStatic(arg)) continue;
      if (isStatic(arg)) continue;
      const snippet = `${m[1].replace(/\s+/g, '')}(${arg})`;
      found.push({ file: relative(REPO, path), snippet, line: code.slice(0, m.index).split('\n').length });
    }
  }
  const unreviewed = found.filter((f) => !REVIEWED.some((r) => r.file === f.file && f.snippet.startsWith(r.snippet)));
  assert.deepEqual(unreviewed.map((f) => `${f.file}:${f.line} ${f.snippet}`), [], 'dynamic SQL: bind the values (Kysely sql`${v}` or ? placeholders), or review and list it here');
  const stale = REVIEWED.filter((r) => !found.some((f) => f.file === r.file && f.snippet.startsWith(r.snippet)));
  assert.deepEqual(stale.map((r) => `${r.file} ${r.snippet}`), [], 'reviewed entries no longer in the code: remove them');
});

test('the detector itself catches the usual mistakes', () => {
  const bad = [
    "db.exec(`delete from events where id = '${id}'`)",
    "sqlite.prepare('select * from events where country = ' + country)",
    'pool.query(`select * from documents where id = ${req.params.id}`)',
    'sql.raw(userInput)',
    "sql.lit(name)",
    'this.db.pragma(`table_info(${table})`)',
    'client.query(copyFrom(`copy ${table} from stdin`))',
  ];
  for (const b of bad) {
    const m = [...b.matchAll(CALL)][0];
    assert.ok(m, `not matched: ${b}`);
    assert.equal(isStatic(firstArg(b, m.index! + m[0].length - 1)), false, b);
  }
  const good = ["db.exec('begin')", 'sqlite.prepare(`select 1`)', "db.pragma('journal_mode = WAL')", "client.query(copyFrom('copy sitrep_bulk from stdin'))"];
  for (const g of good) {
    const m = [...g.matchAll(CALL)][0];
    assert.equal(isStatic(firstArg(g, m.index! + m[0].length - 1)), true, g);
  }
});
