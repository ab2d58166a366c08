// The single-file edition (dist/standalone/yinchuan-policy-calculator.html): one file with the
// CSS, the JS, the Wasm and the long texts inline, opened from disk (file://) with no server and
// no network. It does what the served app does: examples, questionnaire, results, print, export
// and import, autosave. The served index.html opened from disk names the real cause instead.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, FIXED_NOW, VIEWPORTS, guardPage, launchBrowser, readResults, savedAnswers, screenshot, waitForHeading, pageSays, says } from './harness.mjs';
import { buildStandalone, publicUrl } from '../../scripts/standalone.mjs';

const FILE = path.join(DIST, 'standalone', 'yinchuan-policy-calculator.html');
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A page on a file:// URL under the journeys' guard: a file page's origin is "null", so any
 * request off disk is one to another origin. */
async function openFile(file, viewport = VIEWPORTS.desktop) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const guard = await guardPage(page, 'null');
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems: guard.problems, close: () => context.close() };
}

test('the build writes one self-contained file', async () => {
  const html = await readFile(FILE, 'utf8');
  assert.equal(html.match(/(?:src|href)="(?!data:|#)[^"]+"/), null, 'no reference to another file');
  assert.match(html, /<meta name="yc-edition" content="standalone">/);
  // The start page written at build time names this edition, as the app will.
  assert.match(html, /<div id="app" data-prerender="zh">.*<p data-edition="standalone" class="edition">单文件版（无需网络，可复制到U盘） · /s);
  // (The texts files inline below hold the words of both editions: the page before them.)
  const page = html.slice(0, html.indexOf('<script type="text/plain" id="yc-texts-zh">'));
  assert.ok(page.includes('<div id="app" data-prerender="zh">'));
  assert.ok(!page.includes('在线版'), 'the prerendered page does not say "online edition"');
  // The texts of both languages are inline (the web edition fetches one file each).
  assert.match(html, /<script type="text\/plain" id="yc-texts-zh"># yc-texts [0-9a-f]{16} zh\n/);
  assert.match(html, /<script type="text\/plain" id="yc-texts-en"># yc-texts [0-9a-f]{16} en\n/);
  assert.ok(!/<link rel="preload"[^>]*texts-/.test(html), 'no preload of a file that is not there');
  const { size } = await stat(FILE);
  console.log(`standalone file: ${size.toLocaleString('en')} bytes`);
});

for (const [label, viewport] of [['desktop', VIEWPORTS.desktop], ['phone', VIEWPORTS.phone]]) {
  test(`from file://: edition named, an example's results, print, export, import and autosave (${label})`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'yc-standalone-'));
    const { page, problems, close } = await openFile(FILE, viewport);
    try {
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      const edition = page.locator('[data-edition="standalone"]');
      assert.match(await edition.textContent(), /单文件版.*规则版本 \d{4}\.\d{2}-\d+/);
      assert.equal(await page.locator('[data-no-autosave]').count(), 0, 'Chromium keeps what a file page saves');
      // The footer opens the workbench's single file, written beside this one.
      const workbench = await page.locator('footer a[data-open="staff"]').getAttribute('href');
      assert.equal(workbench, 'yinchuan-policy-workbench.html');
      assert.ok(existsSync(path.join(path.dirname(FILE), workbench)), 'the workbench file is beside the calculator file');

      // A short questionnaire: start, answer the first questions, move on a step.
      await page.locator('[data-start="true"]').click();
      await waitForHeading(page, '基本情况');
      await page.locator('[data-fact="location"] input[value="xixia"]').check();
      await page.locator('[data-fact="state_owned"] input[value="n"]').check();
      await page.locator('section.step button[type="submit"]').click();
      await page.waitForFunction(() => document.querySelector('h1#page-heading')?.textContent.trim() !== '基本情况');
      assert.equal((await savedAnswers(page)).location, 'xixia');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });

      await page.locator('[data-example="new-materials-pilot"]').click();
      const results = await readResults(page);
      assert.equal(results.pilotBase, '15000000');
      assert.ok(Object.keys(results.cards).length > 20);
      assert.ok(await pageSays(page, '人才类项目推行经费包干制。'), 'the long texts are there');
      // The English texts are inline too: switching language needs no network.
      await page.locator('[data-action="switch-language"]').click();
      await says(page.locator('#app'), 'Talent projects are funded as a lump sum (经费包干制).', { state: 'attached' });
      await page.locator('[data-action="switch-language"]').click();
      await says(page.locator('#app'), '人才类项目推行经费包干制。', { state: 'attached' });

      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'it prints');

      await page.locator('details[data-menu="save-share"] > summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="export"]').click(),
      ]);
      const file = path.join(dir, 'exported.json');
      await download.saveAs(file);
      const doc = JSON.parse(await readFile(file, 'utf8'));
      assert.equal(doc.answers.location, 'helan');

      // Autosave: a reload from disk comes back with the answers.
      await page.reload();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      assert.equal((await savedAnswers(page)).location, 'helan');

      // Import the exported file over fresh answers.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await page.locator('input[data-import="profile"]').setInputFiles(file);
      await waitForHeading(page, '核对回答');
      await page.locator('[data-action="see-results"]').click();
      assert.deepEqual((await readResults(page)).cards, results.cards, 'the same results after import');
      assert.deepEqual(problems, [], problems.join('\n'));
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}

// The single file's share link is its own file:// address unless the build was given the
// calculator's public address (YC_PUBLIC_URL): said plainly, and no QR code for others to scan
// (issue 20). Built with the address, the link and the QR code carry it. (example.org stands
// for the bureau's real address, which is a deployment's setting, not the project's.)
for (const lang of ['zh', 'en']) {
  test(`from file://: the share link says it opens only on this computer, without the address (${lang})`, async () => {
    const { page, problems, close } = await openFile(FILE, VIEWPORTS.phone);
    try {
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      if (lang === 'en') await page.locator('[data-action="switch-language"]').click();
      await page.locator('[data-example="software-startup"]').click();
      await page.locator('section.results').waitFor();
      await page.locator('details[data-menu="save-share"] > summary').click();
      assert.match(await page.locator('input#share-link').inputValue(), /^file:\/\//);
      const local = page.locator('[data-link-local]');
      assert.match(await local.textContent(), lang === 'zh' ? /只能在这台电脑上打开/ : /opens only here/);
      assert.equal(await page.locator('.qr-box').count(), 0, 'no QR code (and no projector view) for a link that cannot open elsewhere');
      await local.screenshot({ path: (await screenshot(page, `standalone-link-local-${lang}`)).replace(/\.png$/, '-note.png') });
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

test('from file://, built with the public address: the share link and the QR code carry that address', async () => {
  assert.throws(() => publicUrl('ftp://example.org/'), /http\(s\)/);
  assert.throws(() => publicUrl('https://example.org/#x'), /fragment/);
  const dir = await mkdtemp(path.join(tmpdir(), 'yc-public-'));
  const file = path.join(dir, 'yinchuan-policy-calculator.html');
  await buildStandalone(DIST, { publicAddress: publicUrl('https://calculator.example.org/yinchuan/'), out: file });
  const { page, problems, close } = await openFile(file, VIEWPORTS.phone);
  try {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.locator('[data-example="software-startup"]').click();
    await page.locator('section.results').waitFor();
    await page.locator('details[data-menu="save-share"] > summary').click();
    assert.match(await page.locator('input#share-link').inputValue(), /^https:\/\/calculator\.example\.org\/yinchuan\/#v=2&p=/);
    assert.equal(await page.locator('[data-link-local]').count(), 0);
    assert.equal(await page.locator('.qr-box').count(), 1, 'the QR code is there');
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the served index.html opened from disk says to use its address or the single file', async () => {
  const { page, close } = await openFile(path.join(DIST, 'index.html'));
  try {
    const box = page.locator('[data-boot-error="file"]');
    await box.waitFor({ timeout: 10_000 });
    assert.match(await box.textContent(), /需要通过网址访问.*单文件版 yinchuan-policy-calculator\.html/);
    assert.doesNotMatch(await box.textContent(), /过旧/);
  } finally {
    await close();
  }
});
