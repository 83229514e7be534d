// `sitrep serve --workers N`: N server processes (node:cluster) behind one port, each a full
// Fastify server with its own store connection, reader threads and response cache; the primary
// only forks, restarts and stops them. Connections are dealt round-robin by the primary.
//  - Writes stay safe: every write is one SQLite transaction under BEGIN IMMEDIATE (one writer at a
//    time across processes, others wait up to busy_timeout), and a report's id makes a repeated
//    POST a duplicate whichever process gets it.
//  - A write clears the cache of every worker (the worker tells the primary, which tells the rest).
//  - The rate limiter counts per process: each worker allows ceil(limit / N) per client, so a
//    client spread round-robin over N workers gets about the configured limit in total.
import cluster, { type Worker } from 'node:cluster';

export const CLUSTER_ENV = 'SITREP_CLUSTER_WORKERS';
const CLEAR = 'sitrep:cache-clear';
const LISTENING = 'sitrep:listening';

/** in a worker: the number of workers in its cluster (1 outside a cluster) */
export function clusterSize(): number {
  return cluster.isWorker ? Math.max(1, Number(process.env[CLUSTER_ENV]) || 1) : 1;
}

/** in a worker: tells the primary it listens on `port` */
export function reportListening(port: number): void {
  process.send?.({ type: LISTENING, port });
}

/** in a worker: `clear` runs when another worker wrote; returns the function that announces a local write */
export function shareCacheClears(clear: () => void): () => void {
  process.on('message', (m: { type?: string }) => {
    if (m?.type === CLEAR) clear();
  });
  return () => process.send?.({ type: CLEAR });
}

export interface PrimaryOptions {
  workers: number;
  displayHost: string;
  /** a line for stderr once all workers listen (e.g. that writes are disabled) */
  notice?: string;
}

/** the primary: forks the workers (same command line), prints the URL once, stops them on SIGINT/SIGTERM */
export async function runPrimary(o: PrimaryOptions): Promise<number> {
  let stopping = false;
  let printed = false;
  const listening = new Set<number>();
  const restarts: number[] = [];
  const fork = (): Worker => cluster.fork({ [CLUSTER_ENV]: String(o.workers) });

  return new Promise<number>((resolve) => {
    let code = 0;
    const stop = (exitCode: number) => {
      if (stopping) return;
      stopping = true;
      code = exitCode;
      process.stderr.write('sitrep: shutting down workers\n');
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      if (alive.length === 0) return resolve(code);
      for (const w of alive) w.process.kill('SIGTERM');
      // a worker that does not close in 15 s is killed
      setTimeout(() => alive.forEach((w) => !w.isDead() && w.process.kill('SIGKILL')), 15_000).unref();
    };
    cluster.on('message', (from, m: { type?: string; port?: number }) => {
      if (m?.type === CLEAR) {
        for (const w of Object.values(cluster.workers ?? {})) if (w && w !== from && !w.isDead()) w.send({ type: CLEAR });
      } else if (m?.type === LISTENING) {
        listening.add(from.id);
        if (!printed && listening.size >= o.workers) {
          printed = true;
          process.stdout.write(`sitrep: serving http://${o.displayHost}:${m.port} (${o.workers} worker processes)\n`);
          if (o.notice) process.stderr.write(o.notice + '\n');
        }
      }
    });
    cluster.on('exit', (w, exitCode, signal) => {
      listening.delete(w.id);
      if (stopping) {
        if (Object.values(cluster.workers ?? {}).every((x) => !x || x.isDead())) resolve(code);
        return;
      }
      // a crashed worker is replaced; one that keeps dying (5 times a minute) stops the server
      process.stderr.write(`sitrep: worker ${w.process.pid} exited (${signal ?? exitCode}); starting another\n`);
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
      if (restarts.length > 5 || !printed) {
        process.stderr.write('sitrep: workers keep exiting; stopping\n');
        stop(1);
        return;
      }
      setTimeout(() => !stopping && fork(), 500);
    });
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    for (let i = 0; i < o.workers; i++) fork();
  });
}
