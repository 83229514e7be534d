// The article the project started from (../shared/eval/seed, read at test time, never copied): all
// three required events found with every field right, and no false positive. Skips without ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { evalDir } from '../../src/eval/sets/common.ts';
import { loadGold } from '../../src/eval/gold.ts';
import { scoreDocument, summarize } from '../../src/eval/score.ts';
import { loadExtractor } from '../../src/cli/extractor.ts';

const dir = evalDir();
const gold = dir ? join(dir, 'seed', 'gold.jsonl') : '';

test('the seed article: every required event with every field right, and nothing else', { skip: !gold || !existsSync(gold) ? 'skipped: ../shared/eval/seed is not beside this checkout' : false }, async () => {
  const extract = await loadExtractor();
  const scores = loadGold(gold).map((g) => scoreDocument(g, extract({ id: g.id, text: g.text, published: g.published, source: g.source }).events));
  const s = summarize(scores);
  assert.equal(s.recall, 1, 'every required gold event matched');
  assert.equal(s.precision, 1, `no false positive (${s.predicted} predicted)`);
  for (const [k, f] of Object.entries(s.fields_best)) assert.equal(f.correct, f.total, `field ${k}`);
});
