// Inside the 凤城科技通 mini-program's web-view (told by WeChat's user agent, or by
// window.__wxjs_environment): sharing points to the ··· menu, export shows the answers as text
// to copy (downloads are blocked there), and print says how to open the page in a browser. No
// WeChat script is loaded: every request stays on the page's origin. A plain browser keeps the
// download and the print dialog.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, WECHAT_UA, journey, loadExample, settings, sharedApp, says } from './harness.mjs';

const app = sharedApp();

async function openMenu(page) {
  await loadExample(page, 'software-startup');
  await page.locator('details[data-menu="save-share"] > summary').click();
}

test('in the mini-program: share via ···, export as text to copy, print explained', async () => {
  await journey(app, async ({ page }) => {
    await openMenu(page);
    assert.match(await page.locator('[data-mini-program="share"]').textContent(), /右上角“···”/);
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.locator('[data-action="export"]').click();
    const text = await page.locator('#export-json').inputValue();
    assert.equal(JSON.parse(text).format, 'yc-profile');
    assert.equal(JSON.parse(text).answers.location, 'jinfeng');
    await page.locator('[data-action="print"]').click();
    assert.match(await page.locator('[data-mini-program="print"]').textContent(), /在浏览器打开/);
    assert.equal(downloads, 0, 'no download is attempted where it is blocked');
    // The clipboard is blocked too: copying says so and points at the link to copy by hand.
    await page.locator('[data-action="copy-link"]').click();
    await says(page.locator('[data-notice]'), '请在下方链接框中手动复制');
    assert.match(await page.locator('#share-link').inputValue(), /#v=2&p=/);
  }, {
    viewport: VIEWPORTS.phone,
    userAgent: WECHAT_UA,
    init: () => {
      if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new Error('blocked in the web-view'));
    },
  });
});

test('told by window.__wxjs_environment alone, the page behaves as in the mini-program', async () => {
  await journey(app, async ({ page }) => {
    await openMenu(page);
    assert.equal(await page.locator('[data-mini-program="share"]').count(), 1);
  }, { viewport: VIEWPORTS.phone, init: () => { window.__wxjs_environment = 'miniprogram'; } });
});

// WeChat's own in-app browser (a link opened from a chat): its user agent says MicroMessenger but
// not miniProgram. It ignores downloads and window.print() as the web-view does, so export and
// print take the same way out, in its own words (issue 20).
const WECHAT_BROWSER_UA = WECHAT_UA.replace(/ miniProgram$/, '');
for (const lang of ['zh', 'en']) {
  const w = {
    zh: { export: '导出回答（JSON）', print: '打印 / 存为 PDF', exportSays: /微信内置浏览器无法下载文件/, printSays: /微信内置浏览器无法打印.*在浏览器打开/ },
    en: { export: 'Export answers (JSON)', print: 'Print / save as PDF', exportSays: /WeChat's browser does not download files/, printSays: /WeChat's browser cannot print.*Open in browser/ },
  }[lang];
  test(`in WeChat's in-app browser: export as text to copy, print explained, no dialog (${lang})`, async () => {
    assert.ok(WECHAT_BROWSER_UA.includes('MicroMessenger') && !WECHAT_BROWSER_UA.includes('miniProgram'));
    await journey(app, async ({ page }) => {
      await openMenu(page);
      assert.equal(await page.locator('[data-mini-program="share"]').count(), 0, 'not the mini-program: no ··· forwarding note');
      let downloads = 0;
      page.on('download', () => { downloads += 1; });
      await page.locator('[data-action="export"]').click();
      assert.match(await page.locator('label[for="export-json"]').textContent(), w.exportSays);
      assert.equal(JSON.parse(await page.locator('#export-json').inputValue()).format, 'yc-profile');
      await page.locator('[data-action="print"]').click();
      assert.match(await page.locator('[data-mini-program="print"]').textContent(), w.printSays);
      assert.equal(downloads, 0, 'no download is attempted');
      assert.equal(await page.evaluate(() => window.__printed), 0, 'no print dialog is asked for');
    }, {
      viewport: VIEWPORTS.wechat,
      userAgent: WECHAT_BROWSER_UA,
      storage: settings({ lang }),
      init: () => {
        window.__printed = 0;
        window.print = () => { window.__printed += 1; };
      },
    });
  });
}

test('in a plain browser: no mini-program notes, and export downloads a file', async () => {
  await journey(app, async ({ page }) => {
    await openMenu(page);
    assert.equal(await page.locator('[data-mini-program]').count(), 0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    assert.match(download.suggestedFilename(), /^yc-profile-2026-11-26\.json$/);
  }, { viewport: VIEWPORTS.desktop });
});
