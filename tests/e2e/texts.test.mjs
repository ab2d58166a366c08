// The engine's long texts (notes, next steps, criteria, clause texts) are not in the Wasm: the
// build writes them as texts-<hash>.txt beside index.html, which preloads the file so it arrives
// with the Wasm. These journeys check the file is delivered like the other hashed files, that
// the results read from it, and that a failed download keeps the answers and can be retried.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, VIEWPORTS, journey, loadExample, openPage, sharedApp, waitForReady, FIXED_NOW, savedAnswers } from './harness.mjs';

const app = sharedApp();

async function textsFile() {
  const name = (await readdir(DIST)).find((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f));
  assert.ok(name, 'dist/ has a texts-<hash>.txt');
  return name;
}

test('index.html preloads the texts file, which carries its own hash and is not in the Wasm', async () => {
  const name = await textsFile();
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<link rel="preload" href="${name}" as="fetch" crossorigin>`));
  assert.ok(!html.includes('<meta name="yc-texts">'), 'the build replaced the marker');
  const text = await readFile(path.join(DIST, name), 'utf8');
  const hash = name.slice('texts-'.length, -'.txt'.length);
  assert.equal(text.split('\n')[0], `# yc-texts ${hash}`);
  const wasm = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(path.join(DIST, wasm));
  // A note every talent card shows (catalogue.rs, 4.1.2): in the file, not in the program.
  const note = '人才类项目推行经费包干制。';
  assert.ok(text.includes(note));
  assert.equal(bytes.indexOf(Buffer.from(note)), -1, 'the long text is not compiled into the Wasm');
});

test('the texts file is served compressed and cached like every hashed file', async () => {
  const name = await textsFile();
  const res = await fetch(new URL(name, app.origin), { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.match(res.headers.get('cache-control'), /immutable/);
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
  const name = await textsFile();
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
