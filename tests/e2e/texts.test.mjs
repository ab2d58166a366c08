// The engine's long texts (notes, next steps, criteria, clause texts) are not in the Wasm: the
// build writes them as one file per language, texts-zh-<hash>.txt and texts-en-<hash>.txt,
// beside index.html, whose boot script preloads the file of the visitor's language so it
// arrives with the Wasm. These journeys check the files are delivered like the other hashed
// files, that a visit downloads only its own language, that the results read from it, that a
// change of language fetches the other file, and that a failed download keeps the answers and
// can be retried.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, VIEWPORTS, journey, loadExample, openApp, openPage, settings, sharedApp, waitForReady, FIXED_NOW, savedAnswers } from './harness.mjs';

const app = sharedApp();

/** The two language files of the build and their shared hash. */
async function textsFiles() {
  const files = await readdir(DIST);
  const zh = files.find((f) => /^texts-zh-[0-9a-f]{16}\.txt$/.test(f));
  const en = files.find((f) => /^texts-en-[0-9a-f]{16}\.txt$/.test(f));
  assert.ok(zh && en, `dist/ has texts-zh-<hash>.txt and texts-en-<hash>.txt: ${files.filter((f) => f.startsWith('texts')).join(', ')}`);
  assert.ok(!files.some((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f)), 'no file of both languages is shipped');
  const hash = zh.slice('texts-zh-'.length, -'.txt'.length);
  assert.equal(en, `texts-en-${hash}.txt`, 'both files are of one build');
  return { zh, en, hash };
}

const NOTE_ZH = '人才类项目推行经费包干制。';
const NOTE_EN = 'Talent projects are funded as a lump sum (经费包干制).';

test('each language has its own texts file, named by the build, with none of it in the Wasm', async () => {
  const { zh, en, hash } = await textsFiles();
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.ok(html.includes(`<meta name="yc-texts" content="${hash}">`), 'index.html names the texts of this build');
  assert.ok(!html.includes('<meta name="yc-texts">'), 'the build replaced the marker');
  const zhText = await readFile(path.join(DIST, zh), 'utf8');
  const enText = await readFile(path.join(DIST, en), 'utf8');
  assert.equal(zhText.split('\n')[0], `# yc-texts ${hash} zh`);
  assert.equal(enText.split('\n')[0], `# yc-texts ${hash} en`);
  assert.equal(zhText.split('\n').length, enText.split('\n').length, 'the same texts in both');
  // A note every talent card shows (catalogue.rs, 4.1.2): in its language's file only, and not
  // in the program.
  assert.ok(zhText.includes(`\t${NOTE_ZH}\n`) && !enText.includes(NOTE_ZH));
  assert.ok(enText.includes(`\t${NOTE_EN}\n`) && !zhText.includes(NOTE_EN));
  const wasm = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(path.join(DIST, wasm));
  assert.equal(bytes.indexOf(Buffer.from(NOTE_ZH)), -1, 'the long text is not compiled into the Wasm');
  assert.equal(bytes.indexOf(Buffer.from(NOTE_EN)), -1, 'nor its English');
});

test('the texts files are served compressed and cached like every hashed file', async () => {
  for (const name of Object.values(await textsFiles()).slice(0, 2)) {
    const res = await fetch(new URL(name, app.origin), { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(res.status, 200, name);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('cache-control'), /immutable/);
  }
});

for (const lang of ['zh', 'en']) {
  test(`a visit in ${lang === 'zh' ? 'Chinese' : 'English'} downloads its own language's texts only, from the preload`, async () => {
    const files = await textsFiles();
    const opened = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false, storage: settings({ lang }) });
    const { page, guard, close } = opened;
    try {
      const requested = [];
      page.on('request', (r) => { if (/\/texts-/.test(r.url())) requested.push(path.basename(new URL(r.url()).pathname)); });
      await page.goto(new URL('/', app.origin).href, { waitUntil: 'load' });
      // The preload is in the document before the app has started.
      const preload = await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][href^="texts-"]')].map((l) => l.getAttribute('href')));
      assert.deepEqual(preload, [files[lang]]);
      await waitForReady(page, { guard });
      await loadExample(page, 'team-biotech');
      await page.getByText(lang === 'zh' ? NOTE_ZH : NOTE_EN).first().waitFor({ state: 'attached' });
      assert.deepEqual([...new Set(requested)], [files[lang]], 'only this language\'s file');
      guard.assertClean();
    } finally {
      await close();
    }
  });
}

test('switching the results to English fetches the English texts once, and back needs nothing', async () => {
  const files = await textsFiles();
  const { page, guard, close } = await openApp(app, VIEWPORTS.desktop);
  try {
    const requested = [];
    page.on('request', (r) => { if (/\/texts-/.test(r.url())) requested.push(path.basename(new URL(r.url()).pathname)); });
    await loadExample(page, 'team-biotech');
    await page.getByText(NOTE_ZH).first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByText(NOTE_EN).first().waitFor({ state: 'attached' });
    const blank = await page.evaluate(() => [...document.querySelectorAll('article.card h3, article.card .benefit')].filter((e) => e.textContent.trim() === '').length);
    assert.equal(blank, 0, 'no card is left without its words');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByText(NOTE_ZH).first().waitFor({ state: 'attached' });
    assert.deepEqual(requested, [files.en], 'the Chinese file came with the page; the English one once');
    guard.assertClean();
  } finally {
    await close();
  }
});

for (const [label, viewport] of [['desktop', VIEWPORTS.desktop], ['phone', VIEWPORTS.phone]]) {
  test(`results read every long text from the file (${label})`, async () => {
    await journey(app, async ({ page }) => {
      await loadExample(page, 'software-startup');
      const empty = await page.evaluate(() => {
        const blank = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.textContent.trim() === '').length;
        return {
          names: blank('article.card h3'),
          why: blank('article.card .why li'),
          benefits: blank('article.card .benefit'),
          clauses: blank('article.card .clause p[lang]'),
          cards: document.querySelectorAll('article.card').length,
        };
      });
      assert.ok(empty.cards > 20, `${empty.cards} cards`);
      assert.deepEqual({ ...empty, cards: 0 }, { names: 0, why: 0, benefits: 0, clauses: 0, cards: 0 });
      assert.ok(await page.getByText('人才类项目推行经费包干制。').first().count());
    }, { viewport });
  });
}

test('when the texts file cannot be had, the results say so, keep the answers and retry', async () => {
  const name = (await textsFiles()).zh;
  const opened = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
  const { page, guard, close } = opened;
  try {
    let block = true;
    await page.route(`**/${name}`, (route) => (block ? route.abort('internetdisconnected') : route.fallback()));
    await page.goto(new URL('/', app.origin).href, { waitUntil: 'load' });
    await waitForReady(page, { guard });
    await page.locator('[data-example="software-startup"]').click();
    const alert = page.locator('[data-texts="failed"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /政策条文文件未能载入/);
    assert.ok(await savedAnswers(page), 'the example\'s answers are saved all the same');
    block = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await page.locator('section.results').waitFor();
    assert.ok((await page.locator('article.card').count()) > 20);
    const others = guard.problems.filter((p) => !p.includes(name) && !p.includes('net::ERR_INTERNET_DISCONNECTED'));
    assert.deepEqual(others, [], 'nothing else went wrong');
  } finally {
    await close();
  }
});
