// The `sitrep` command: a registry of subcommands, each in its own file under ./commands,
// loaded lazily so `sitrep extract` never pays for Fastify or the store.
import { InputError } from '../core/types.ts';

export interface Command {
  summary: string;
  usage: string;
  /** returns the process exit code */
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  extract: () => import('./commands/extract.ts'),
  eval: () => import('./commands/eval.ts'),
  'eval-set': () => import('./commands/eval-set.ts'),
  geocode: () => import('./commands/geocode.ts'),
  'geo-eval': () => import('./commands/geo-eval.ts'),
  ingest: () => import('./commands/ingest.ts'),
  import: () => import('./commands/import.ts'),
  export: () => import('./commands/export.ts'),
  compare: () => import('./commands/compare.ts'),
  watch: () => import('./commands/watch.ts'),
  serve: () => import('./commands/serve.ts'),
  worker: () => import('./commands/worker.ts'),
  reextract: () => import('./commands/reextract.ts'),
  start: () => import('./commands/start.ts'),
};

async function load(name: string): Promise<Command | null> {
  const loader = COMMANDS[name];
  if (!loader) return null;
  try {
    return (await loader()).default;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(`commands/${name}.ts`)) return null;
    throw err;
  }
}

async function help(): Promise<string> {
  const lines = ['sitrep — conflict news to structured event data', '', 'Commands:'];
  for (const name of Object.keys(COMMANDS)) {
    const cmd = await load(name).catch(() => null);
    if (cmd) lines.push(`  ${name.padEnd(10)} ${cmd.summary}`);
  }
  lines.push('', 'Run `sitrep <command> --help` for a command\'s flags.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((await help()) + '\n');
    return name ? 0 : 2;
  }
  const cmd = await load(name);
  if (!cmd) {
    process.stderr.write(`sitrep: unknown command "${name}" (see sitrep --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`sitrep ${name}: ${err.message.split('\n')[0]}\n`);
      return 2;
    }
    const e = err as Error;
    process.stderr.write(`sitrep ${name}: ${e.message?.split('\n')[0] ?? String(err)}\n`);
    if (process.env.SITREP_DEBUG) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
