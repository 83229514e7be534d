// Shared pieces of the external-set scorers: where ../shared/eval lives, and small metric helpers.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SitrepEvent } from '../../core/types.ts';

/** ../shared/eval beside the repository, or SITREP_EVAL_DIR */
export function evalDir(): string | null {
  const dir = process.env.SITREP_EVAL_DIR ?? resolve(new URL('../../../', import.meta.url).pathname, '../shared/eval');
  return existsSync(dir) ? dir : null;
}

export const ratio = (a: number, b: number) => (b ? a / b : 0);

export function prf(tp: number, predicted: number, gold: number) {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
}

/** events an analyst would see: background mentions are not events of the report */
export const asserted = (events: SitrepEvent[]) => events.filter((e) => e.modality !== 'background');

/** the event the report is mostly about: most confident, then most fields filled */
export function mainEvent(events: SitrepEvent[]): SitrepEvent | undefined {
  return [...asserted(events)].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length)[0];
}

export interface SetReport {
  name: string;
  documents: number;
  metrics: Record<string, number | string>;
  notes: string[];
}
