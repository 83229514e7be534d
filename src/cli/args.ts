// Flag parsing shared by every command: node's parseArgs, with errors turned into InputError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/types.ts';

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError((err as Error).message);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** validates a YYYY-MM-DD flag value; undefined passes through */
export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new InputError(`invalid ${flag} "${value}": expected a real date as YYYY-MM-DD`);
  }
  return value;
}
