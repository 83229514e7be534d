// PostgreSQL faults under `sitrep worker` processes (pg-boss queue):
//  1. the server is restarted under 4 workers: they reconnect and finish, the queue loses no job,
//     no document is stored twice, no worker process dies;
//  2. every worker is SIGKILLed mid-batch, and the server is down when a new worker starts: the
//     new worker waits for the server, the in-flight jobs expire and are redone, each document is
//     stored exactly once, nothing is left in the queue.
// Runs only when SITREP_TEST_PG is set (source .ci/postgres.sh); it starts its OWN throw-away
// cluster on another port, so restarting it never disturbs the shared one other tests use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { report } from './corpus/reports.ts';
import { REPO, sleep, startCli, tempDir, waitExit, waitFor } from './helpers.ts';

function pgBin(): string | null {
  if (process.env.SITREP_PG_BIN && existsSync(join(process.env.SITREP_PG_BIN, 'pg_ctl'))) return process.env.SITREP_PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const v = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0];
  return v && existsSync(join(base, v, 'bin/pg_ctl')) ? join(base, v, 'bin') : null;
}

const bin = pgBin();
const skip = !process.env.SITREP_TEST_PG ? 'SITREP_TEST_PG not set: PostgreSQL fault tests skipped (source .ci/postgres.sh to run them)' : !bin ? 'no PostgreSQL server binaries' : false;

type Worker = ReturnType<typeof startCli>;
const ENV = { SITREP_NO_GEOCODER: '1' };

let t: ReturnType<typeof tempDir>;
let data = '';
let base = ''; // postgres://postgres@127.0.0.1:PORT
let serverOpts = '';

/** runs a server binary as the postgres user when we are root (initdb refuses root) */
function asPg(cmd: string, args: string[]) {
  // stdio ignored: a postmaster started by pg_ctl inherits the pipes, and a piped execFileSync
  // would wait for it to exit; timeout so that a stuck pg_ctl fails the test instead
  return process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin!, cmd), ...args], { stdio: 'ignore', timeout: 60_000 })
    : execFileSync(join(bin!, cmd), args, { stdio: 'ignore', timeout: 60_000 });
}

const pgCtl = (...args: string[]) => asPg('pg_ctl', ['-D', data, '-l', join(t.dir, 'server.log'), ...args]);

before(() => {
  if (skip) return;
  t = tempDir('sitrep-relpg-');
  const port = 56000 + (process.pid % 1000);
  data = join(t.dir, 'data');
  if (process.getuid?.() === 0) {
    chmodSync(t.dir, 0o777);
    mkdirSync(data, { mode: 0o700 });
    execFileSync('chown', ['postgres', data]);
  }
  asPg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  serverOpts = `-p ${port} -k ${t.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  pgCtl('-w', '-t', '30', '-o', serverOpts, 'start');
  base = `postgres://postgres@127.0.0.1:${port}`;
});

after(() => {
  if (skip || !t) return;
  try {
    pgCtl('-m', 'immediate', 'stop');
  } catch {
    /* not running */
  }
  t.cleanup();
});

/** one value from a query on a fresh connection; -1 while the server is unreachable */
async function scalar(url: string, q: string): Promise<number> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    return Number((await c.query(q)).rows[0].n);
  } catch {
    return -1;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** polls at 4 Hz (a fresh connection per poll: cheap enough, and survives the restart) */
async function until(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(250);
  }
  return false;
}

/** a fresh database with N documents queued through the store's queue API */
async function queuedDatabase(name: string, N: number, first: number, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: `${base}/postgres` });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = `${base}/${name}`;
  const docs = Array.from({ length: N }, (_, i) => report(first + i));
  const enq = join(t.dir, 'enqueue.mts');
  writeFileSync(
    enq,
    `import { openStore } from ${JSON.stringify(join(REPO, 'src/store/index.ts'))};
     import { openQueue } from ${JSON.stringify(join(REPO, 'src/store/queue.ts'))};
     const store = await openStore(process.argv[2]);
     const q = await openQueue(store, () => { throw new Error('not used'); });
     await q.enqueueDocuments(JSON.parse(process.argv[3]));
     await q.close(); await store.close();`,
  );
  const e = spawnSync(process.execPath, ['--import', 'tsx', enq, url, JSON.stringify(docs)], { cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  assert.equal(e.status, 0, e.stderr);
  return url;
}

const tails = (ws: Worker[], n = 500) => ws.map((w, i) => `worker ${i} (exit ${w.exitCode ?? w.signalCode ?? 'running'}): ${w.err().slice(-n)}`).join('\n---\n');

async function stopAll(ws: Worker[]) {
  for (const w of ws) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
  await Promise.all(ws.map((w) => Promise.race([waitExit(w), sleep(8000).then(() => w.kill('SIGKILL'))])));
}

/** the end state both tests demand: N documents, each once, each extraction merged once, no job left */
async function assertComplete(url: string, N: number, ws: Worker[], ms: number) {
  const docs = () => scalar(url, 'select count(*) as n from documents');
  const finished = await until(async () => (await docs()) === N, ms);
  assert.ok(finished, `only ${await docs()} of ${N} documents were stored:\n${tails(ws)}`);
  assert.equal(await scalar(url, 'select count(*) as n from (select id from documents group by id having count(*) > 1) d'), 0, 'a document stored twice');
  assert.equal(await scalar(url, 'select count(*) as n from (select extraction_id from event_sources group by extraction_id having count(*) > 1) d'), 0, 'an extraction merged twice');
  // no job lost: every job completed (none failed for good, none stranded active or waiting)
  const left = () => scalar(url, "select count(*) as n from pgboss.job where name = 'sitrep-ingest' and state <> 'completed'");
  assert.ok(await until(async () => (await left()) === 0, 20_000), `${await left()} jobs not completed`);
  assert.equal(await scalar(url, "select count(*) as n from pgboss.job where name = 'sitrep-ingest'"), N, 'jobs lost from the queue');
}

test('PostgreSQL restarted under 4 workers: they reconnect and finish, no job lost, no document twice', { skip, timeout: 180_000 }, async (tc) => {
  const N = 60;
  const url = await queuedDatabase('restart', N, 5000);
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < 4; i++) workers.push(startCli(['worker', '--db', url, '--concurrency', '1'], ENV));
    let before = 0;
    const t0 = Date.now();
    assert.ok(await until(async () => (before = await scalar(url, 'select count(*) as n from documents')) >= 8, 120_000), `workers stored ${before} documents:\n${tails(workers)}`);
    assert.ok(before < N * 0.75, `${before} of ${N} stored before the restart: too late to test anything`);
    const t1 = Date.now();
    pgCtl('-m', 'fast', '-w', '-t', '30', 'restart');
    const t2 = Date.now();
    await assertComplete(url, N, workers, 90_000);
    tc.diagnostic(`workers up and 8 stored in ${t1 - t0} ms; restart took ${t2 - t1} ms with ${before} of ${N} stored; the rest done ${Date.now() - t2} ms later`);
    const dead = workers.filter((w) => w.exitCode !== null || w.signalCode !== null);
    assert.equal(dead.length, 0, `a worker died instead of reconnecting:\n${tails(dead, 1500)}`);
    // the restart must actually have hit the workers (else this test proves nothing)
    assert.ok(workers.some((w) => /terminat|unavailable|Connection|ECONNREFUSED|57P01/i.test(w.err())), `no worker saw the restart:\n${tails(workers)}`);
  } finally {
    await stopAll(workers);
  }
});

test('every PostgreSQL worker SIGKILLed mid-batch, a new one started while the server is down: it waits, in-flight jobs are redone, each document stored once', { skip, timeout: 180_000 }, async (tc) => {
  const N = 48;
  // short expiry so that the killed workers' jobs come back within seconds (fixed at queue creation)
  const env = { ...ENV, SITREP_QUEUE_EXPIRE_SECONDS: '4', SITREP_QUEUE_MAINTENANCE_SECONDS: '1' };
  const url = await queuedDatabase('killed', N, 6000, env);
  const first: Worker[] = [];
  const second: Worker[] = [];
  try {
    for (let i = 0; i < 4; i++) first.push(startCli(['worker', '--db', url, '--concurrency', '1'], env));
    let before = 0;
    assert.ok(await until(async () => (before = await scalar(url, 'select count(*) as n from documents')) >= 8, 120_000), `workers stored ${before} documents:\n${tails(first)}`);
    for (const w of first) w.kill('SIGKILL');
    await Promise.all(first.map(waitExit));
    const stored = await scalar(url, 'select count(*) as n from documents');
    const inFlight = await scalar(url, "select count(*) as n from pgboss.job where name = 'sitrep-ingest' and state = 'active'");
    assert.ok(stored < N, 'the queue was finished before the kill: nothing tested');
    // four workers busy on one job each: at the kill some hold a job no one will acknowledge
    assert.ok(inFlight > 0, 'no job was in flight at the kill: nothing tested');
    // and the new worker is started while the server is down: it must wait for it, not exit
    pgCtl('-m', 'fast', '-w', '-t', '30', 'stop');
    const t0 = Date.now();
    second.push(startCli(['worker', '--db', url, '--concurrency', '2'], env)); // one process: starting node is the slow part here
    // it has tried, found no server, and is still there, waiting
    const waiting = await waitFor(() => /database unavailable/.test(second[0].err()) || second[0].exitCode !== null, 60_000);
    assert.ok(waiting && second[0].exitCode === null, `the worker exited (or never tried) while the database was down:\n${tails(second)}`);
    await sleep(1000);
    pgCtl('-w', '-t', '30', '-o', serverOpts, 'start');
    await assertComplete(url, N, second, 90_000);
    assert.equal(second[0].exitCode, null, `the new worker died:\n${tails(second)}`);
    // the stranded jobs were fetched again (retry_count counts fetches), not dropped
    const redone = await scalar(url, "select count(*) as n from pgboss.job where name = 'sitrep-ingest' and retry_count > 0");
    assert.ok(redone >= inFlight, `${inFlight} jobs in flight at the kill, only ${redone} redone`);
    tc.diagnostic(`killed 4 workers with ${stored} of ${N} stored and ${inFlight} jobs in flight; new workers finished ${Date.now() - t0} ms later`);
  } finally {
    await stopAll([...first, ...second]);
  }
});
