// The dashboard in a real browser: load, filter by type, brush the timeline, open an event and
// see its evidence highlighted; injected markup never runs; phone width works; nothing external.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { seededStore } from '../api/helpers.ts';
import type { Store } from '../../src/core/interfaces.ts';
import { chromiumMissing, launch, serve, shot, watchedPage } from './harness.ts';

const skip = chromiumMissing();
let browser: Browser;
let app: FastifyInstance;
let store: Store;
let base = '';

before(async () => {
  if (skip) return;
  store = await seededStore();
  ({ app, base } = await serve(store));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
});

const rows = `#list-body tr`;

test('dashboard: load, filter by type, brush, open an event with highlighted evidence', { skip: skip ?? false, timeout: 120_000 }, async () => {
  const { page, external, errors } = await watchedPage(browser, { width: 1280, height: 800 });
  await page.goto(base + '/');
  await page.waitForFunction(() => (window as any).__sitrep?.ready === true, null, { timeout: 30_000 });
  assert.equal(await page.locator(rows).count(), 6);
  await page.waitForSelector('#alerts-body .changes li');
  const alerts = await page.locator('#alerts-body').innerText();
  assert.match(alerts, /Syria/);
  assert.match(alerts, /repeat attacks/, 'the repeated attacks in Syria stand out');
  await page.screenshot({ path: shot('dashboard-1280.png') });

  // filter by type: the list, the URL and the map follow
  await page.selectOption('#f-type', 'Protests');
  await page.waitForFunction(() => document.querySelectorAll('#list-body tr').length === 1);
  assert.match(await page.locator(rows).first().innerText(), /Dhaka/);
  assert.match(new URL(page.url()).hash, /event_type=Protests/);
  await page.screenshot({ path: shot('filter-type.png') });
  await page.click('#reset');
  await page.waitForFunction(() => document.querySelectorAll('#list-body tr').length === 6);

  // brush the left half of the timeline: only the earlier days remain
  const over = await page.locator('#timeline .u-over').boundingBox();
  assert.ok(over, 'timeline plot area');
  await page.mouse.move(over.x + 2, over.y + over.height / 2);
  await page.mouse.down();
  await page.mouse.move(over.x + over.width * 0.45, over.y + over.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => /brush=/.test(location.hash));
  const n = await page.locator(rows).count();
  assert.ok(n > 0 && n < 6, `brush keeps some events (kept ${n})`);
  const brush = decodeURIComponent(new URL(page.url()).hash).match(/brush=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/)!;
  const dates = await page.locator(`${rows} td:first-child`).allInnerTexts();
  for (const d of dates) assert.ok(d >= brush[1] && d <= brush[2], `${d} inside ${brush[1]}..${brush[2]}`);
  await page.screenshot({ path: shot('timeline-brush.png') });
  await page.click('#brush-clear');
  await page.waitForFunction(() => document.querySelectorAll('#list-body tr').length === 6);

  // open an event: evidence spans are highlighted by field
  await page.click('button[data-event="ev-kherson-shelling"]');
  await page.waitForSelector('dialog#detail[open] .report-text');
  assert.equal(await page.locator('dialog .report-text mark.ev-casualties').first().innerText(), 'killing two civilians');
  assert.equal(await page.locator('dialog .report-text mark.ev-actor').first().innerText(), 'Russian');
  assert.equal(await page.locator('dialog .report-text mark.ev-place').first().innerText(), 'Kherson');
  assert.equal(await page.locator('dialog .report-text mark.ev-weapon').first().innerText(), 'artillery');
  assert.equal(await page.locator('dialog .report-text mark.ev-date').first().innerText(), 'Monday');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-title', 'focus moves into the dialog');
  assert.match(new URL(page.url()).hash, /event=ev-kherson-shelling/);
  await page.screenshot({ path: shot('event-detail.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog#detail[open]'));
  // the dialog's 'close' event (which drops event= from the address) is queued after [open] goes
  await page.waitForFunction(() => !location.hash.includes('event='), undefined, { timeout: 5000 }).catch(() => {});
  assert.doesNotMatch(new URL(page.url()).hash, /event=/);

  assert.deepEqual(external, [], 'nothing is fetched from outside 127.0.0.1');
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
});

test('dashboard: injected markup in reports and actor names never runs', { skip: skip ?? false, timeout: 60_000 }, async () => {
  const { page, errors } = await watchedPage(browser, { width: 1280, height: 800 });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`${base}/#event=ev-xss`);
  await page.waitForSelector('dialog#detail[open] .report-text');
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    xss: (window as any).__xss,
    imgs: document.querySelectorAll('#detail-body img, #list-body img, #alerts-body img').length,
    scripts: document.querySelectorAll('#detail-body script, #list-body script').length,
    svg: document.querySelectorAll('#detail-body svg, #list-body svg').length,
    text: document.querySelector('#detail-body .report-text')?.textContent ?? '',
    actor: document.querySelector('#detail-body dd[data-field="actor1"]')?.textContent ?? '',
    list: document.querySelector('#list-body')?.textContent ?? '',
  }));
  assert.equal(state.xss, undefined, 'no injected handler ran');
  assert.equal(state.imgs, 0);
  assert.equal(state.scripts, 0);
  assert.equal(state.svg, 0);
  assert.match(state.text, /<script>window\.__xss=2<\/script>/, 'the report shows the markup as text');
  assert.equal(state.actor, '<img src=x onerror="window.__xss=1">');
  assert.match(state.list, /<svg onload=/);
  assert.equal(dialogs, 0);
  await page.screenshot({ path: shot('xss-as-text.png') });
  assert.deepEqual(errors, []);
});

test('dashboard: phone width stacks the panels without horizontal scrolling', { skip: skip ?? false, timeout: 60_000 }, async () => {
  const { page, errors } = await watchedPage(browser, { width: 390, height: 844 });
  await page.goto(base + '/');
  await page.waitForFunction(() => (window as any).__sitrep?.ready === true);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 392, `page is ${width}px wide at 390px`);
  await page.screenshot({ path: shot('dashboard-390.png'), fullPage: true });
  // keyboard: the first Tab reaches the skip link, and the list buttons are reachable
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  assert.deepEqual(errors, []);
});
