// `sitrep eval-set hrdsattack --split train` scores the training file, so causes can be looked for
// on train and confirmed on dev. The article below is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-evalset-'));
mkdirSync(join(dir, 'hrdsattack'));
const row = {
  sample: {
    'Input.article_interface': '<p>Police in Kisumu, Kenya arrested the activist Amina Otieno on Monday, her lawyer said.</p>',
    'Input.publish_date': '2020-03-04 10:00:00',
    'Input.GLOBALEVENTID': '1',
  },
  merged_sample: { country: 'Kenya', region: 'Kisumu', year: '2020', month: '3', date: '2', perpetrator_mention: true, perpetrator_type: 'state actor', violation_types: ['arbitrary detention'] },
};
writeFileSync(join(dir, 'hrdsattack', 'train.json'), JSON.stringify([row]));
writeFileSync(join(dir, 'hrdsattack', 'dev.json'), '[]');

const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'eval-set', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SITREP_EVAL_DIR: dir } });

test('eval-set --split train reads the training file', () => {
  const r = run(['hrdsattack', '--split', 'train', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const [rep] = JSON.parse(r.stdout);
  assert.equal(rep.name, 'hrdsattack/train.json');
  assert.equal(rep.documents, 1);
  assert.equal(rep.metrics['country right (any event)'], 1);
});

test('eval-set defaults to dev and refuses an unknown split', () => {
  assert.equal(JSON.parse(run(['hrdsattack', '--json']).stdout)[0].name, 'hrdsattack/dev.json');
  assert.equal(run(['hrdsattack', '--split', 'test']).status, 2);
});
