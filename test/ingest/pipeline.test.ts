import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openStore } from '../../src/store/index.ts';
import { ingestDocuments, formatSummary, type IngestItem } from '../../src/ingest/pipeline.ts';
import { expandInputs, readInputs } from '../../src/ingest/sources.ts';
import { detectLanguage, isSupported } from '../../src/ingest/language.ts';
import { stubExtract, tempDir, article } from './helpers.ts';

const EN = 'Soldiers and militants clash near the market on Monday, residents said; two were wounded in the fighting.';
const FR = "Des soldats et des insurgés se sont affrontés lundi près du marché, selon des habitants; deux blessés.";

test('language: English coded, other languages detected, short texts undecided', () => {
  assert.equal(detectLanguage(EN).language, 'en');
  assert.equal(detectLanguage(FR).language, 'fr');
  assert.equal(detectLanguage('Hombres armados mataron a tres soldados cerca de Culiacán, según la fiscalía.').language, 'es');
  assert.equal(detectLanguage('Clash in Gao').language, undefined);
  for (const t of [FR, 'Unbekannte Bewaffnete haben am Dienstag drei Soldaten getötet, teilte die Polizei mit.', 'Homens armados atacaram uma esquadra da polícia em Pemba na segunda-feira, matando dois agentes.']) {
    assert.equal(isSupported(detectLanguage(t), t), false, t);
  }
  // English notes dense with names fool n-gram models; the function words keep them coded
  const names = 'On 3 May, Kata Ibrahima Bouba and Ouedraogo Salif of the Koglweogo were killed by JNIM in Djibo (Soum, Sahel).';
  assert.equal(isSupported(detectLanguage(names), names), true);
});

test('pipeline: new, duplicate, unsupported, failed and empty documents; one bad document never stops the batch', async () => {
  const t = tempDir();
  const store = await openStore(join(t.dir, 'p.db'));
  try {
    const items: IngestItem[] = [
      { id: 'a', text: EN },
      { id: 'a-again', text: `  ${EN}\n` },
      { id: 'fr', text: FR },
      { id: 'boom', text: `${EN} EXPLODE` },
      { id: 'empty', text: '   ' },
      { skipped: true, where: 'x.pdf', reason: 'not a report file' },
      { id: 'b', text: 'A second clash was reported on Tuesday in another district, officials said.' },
    ];
    const progress: number[] = [];
    const s = await ingestDocuments(store, items, { extract: stubExtract, onProgress: (sum) => progress.push(sum.read) });
    assert.equal(s.read, 5);
    assert.equal(s.new, 2);
    assert.equal(s.duplicate, 1);
    assert.equal(s.unsupported, 1);
    assert.deepEqual(s.languages, { fr: 1 });
    assert.equal(s.failed, 1);
    assert.equal(s.events_created + s.events_merged, 2, 'two coded documents, one stub event each');
    assert.deepEqual(s.skipped.map((k) => k.where), ['boom', 'empty', 'x.pdf']);
    assert.match(s.skipped[0].reason, /extraction failed: stub extractor exploded/);
    assert.equal(progress.length, items.length);
    // one result per document, in order (the API pairs them with what was posted)
    assert.deepEqual(s.results.map((r) => r.status), ['new', 'duplicate', 'unsupported', 'failed', 'failed', 'new']);
    const fr = await store.getDocument('fr');
    assert.equal(fr?.status, 'unsupported');
    assert.equal(fr?.language, 'fr');
    assert.equal((await store.getDocument('boom'))?.status, 'failed');
    assert.match(formatSummary(s), /5 documents read: 2 new, 1 duplicate, 1 unsupported language \(fr: 1\), 1 failed; 2 inputs skipped; \d events created/);
    // running the same batch again changes nothing stored
    const before = await store.stats();
    const again = await ingestDocuments(store, items, { extract: stubExtract });
    assert.equal(again.new, 0);
    assert.equal(again.duplicate, 5);
    assert.deepEqual(await store.stats(), before);
  } finally {
    await store.close();
    t.cleanup();
  }
});

test('sources: folders recursively, .jsonl lines with bad ones reported by line, binary and empty files skipped, manifests', async () => {
  const t = tempDir();
  try {
    const d = join(t.dir, 'in');
    mkdirSync(join(d, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(d, 'm'));
    writeFileSync(join(d, 'one.txt'), EN);
    writeFileSync(join(d, 'sub', 'page.html'), article('A clash', `${EN}\nMore text about the clash and its aftermath in the district.`, '<meta property="article:published_time" content="2024-06-03">'));
    writeFileSync(join(d, 'sub', 'deeper', 'batch.jsonl'), [
      JSON.stringify({ id: 'j1', text: 'First jsonl clash report, long enough to be a report.', published: '2024-06-01', source: 'S', url: 'https://example.org/j1' }),
      '{not json',
      JSON.stringify({ id: 'j3', text: 42 }),
      '',
      JSON.stringify({ id: 'j5', text: 'Fifth line report.' }),
    ].join('\n'));
    writeFileSync(join(d, 'sub', 'empty.txt'), '');
    writeFileSync(join(d, 'sub', 'blob.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    writeFileSync(join(d, 'sub', 'nav.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(d, 'notes.pdf'), '%PDF');
    writeFileSync(join(d, '.hidden.txt'), 'hidden');
    writeFileSync(join(d, 'm', 'r1.txt'), 'Manifest report one about a clash.');
    writeFileSync(join(d, 'm', 'index.jsonl'), JSON.stringify({ id: 'r1', file: 'r1.txt', published: '2024-07-01', source: 'Manifest Wire', url: 'https://example.org/r1' }) + '\n' + JSON.stringify({ id: 'gone', file: 'missing.txt' }) + '\n');
    const inputs = expandInputs([d, join(t.dir, 'nope.txt')]);
    const items: IngestItem[] = [];
    for await (const i of readInputs(inputs, { published: '2024-05-05' })) items.push(i);
    const docs = items.filter((i): i is Extract<IngestItem, { text: string }> => 'text' in i);
    const skips = items.filter((i) => 'skipped' in i) as { where: string; reason: string }[];
    assert.deepEqual(docs.map((x) => x.id).sort(), ['j1', 'j5', 'one.txt', 'r1', 'sub/page.html'].sort());
    const page = docs.find((x) => x.id === 'sub/page.html')!;
    assert.equal(page.published, '2024-05-05', '--published wins over the page for file inputs');
    assert.equal(docs.find((x) => x.id === 'j1')!.published, '2024-06-01', 'the line’s own date wins');
    const r1 = docs.find((x) => x.id === 'r1')!;
    assert.deepEqual([r1.published, r1.source, r1.url], ['2024-07-01', 'Manifest Wire', 'https://example.org/r1']);
    const why = (re: RegExp) => skips.find((k) => re.test(k.where))?.reason ?? '';
    assert.match(why(/batch\.jsonl:2$/), /invalid JSON/);
    assert.match(why(/batch\.jsonl:3$/), /"text" must be a string/);
    assert.match(why(/empty\.txt$/), /empty/);
    assert.match(why(/blob\.txt$/), /binary/);
    assert.match(why(/nav\.html$/), /no article/);
    assert.match(why(/notes\.pdf$/), /not a report file/);
    assert.match(why(/nope\.txt$/), /no such file/);
    assert.match(why(/index\.jsonl:2/), /no such file|cannot read/);
    assert.ok(!items.some((i) => 'id' in i && /hidden/.test(String(i.id))));
  } finally {
    t.cleanup();
  }
});
