// Sharing that works in WeChat: on the results page the address bar holds a short share link
// (so WeChat's ··· → 分享, or a browser's own share, sends the answers), replaced as the answers
// change and gone on every other page; the link opens the same results elsewhere and asks before
// it replaces answers saved there; the save-and-share menu draws it as a QR code, which a phone
// reads (jsQR here) to the same link, also enlarged for a projector. Old v=1 links still open.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  SCREENSHOTS,
  VIEWPORTS,
  WECHAT_UA,
  decodeQr,
  journey,
  loadExample,
  openApp,
  readResults,
  savedAnswers,
  screenshot,
  settle,
  settings,
  sharedApp,
  waitForHeading,
  says,
} from './harness.mjs';

const app = sharedApp();

const SETUPS = [
  { name: 'wechat', viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  { name: 'desktop', viewport: VIEWPORTS.desktop },
];

const T = {
  zh: {
    results: '评估结果',
    start: '银川市科技型企业政策计算器',
    menu: '保存与分享',
    enlarge: '放大二维码（投影用）',
    close: '关闭',
    qr: /分享链接的二维码/,
    fromLink: '分享链接',
    damaged: /不完整或已被改动/,
    unchanged: /您已填写的内容没有改变/,
  },
  en: {
    results: 'Your results',
    start: '银川市科技型企业政策计算器',
    menu: 'Save and share',
    enlarge: 'Enlarge the QR code (for a projector)',
    close: 'Close',
    qr: /QR code of the share link/,
    fromLink: 'the share link',
    damaged: /incomplete or was changed/,
    unchanged: /Nothing you entered was changed/,
  },
};

/**
 * The longest share-link fragment of the example enterprises is 65 characters
 * (`v=2&p=` and 59 of base64url, new-materials-pilot; docs/benchmarks.md); a fully answered
 * questionnaire stays near it. The whole address, on the test server's origin, stays under 100.
 */
const MAX_FRAGMENT = 70;
const MAX_ADDRESS = 100;

/** The address bar's fragment, or '' when there is none. */
const hashOf = (page) => new URL(page.url()).hash;

/** Waits until the address bar's fragment satisfies `test` (history updates follow the render). */
async function waitForHash(page, test, what) {
  try {
    await page.waitForFunction((src) => new Function('h', `return ${src}`)(location.hash), test, { timeout: 5_000 });
  } catch (err) {
    throw new Error(`the address never ${what}: it is ${page.url()}`, { cause: err });
  }
}
const hasLink = (page) => waitForHash(page, "h.startsWith('#v=2&p=')", 'held a v=2 link');
const hasNoLink = (page) => waitForHash(page, "h === ''", 'lost its fragment');

for (const setup of SETUPS) {
  for (const lang of ['zh', 'en']) {
    const t = T[lang];
    const options = { viewport: setup.viewport, userAgent: setup.userAgent, storage: settings({ lang }) };

    test(`share (${setup.name}, ${lang}): the results page's address is a short link; it and its QR code open the same results`, async () => {
      let address;
      let original;
      await journey(
        app,
        async ({ page }) => {
          await loadExample(page, 'new-materials-pilot');
          await waitForHeading(page, t.results);
          original = await readResults(page);
          await hasLink(page);
          address = page.url();
          const hash = hashOf(page);
          assert.match(hash, /^#v=2&p=[A-Za-z0-9_-]+$/);
          assert.ok(hash.length - 1 <= MAX_FRAGMENT, `fragment of ${hash.length - 1} characters: ${hash}`);
          assert.ok(address.length < MAX_ADDRESS, `address of ${address.length} characters: ${address}`);
          // Revenue 1.5亿 and R&D 720万 of this example, and the field names: none legible.
          for (const figure of ['150000000', '15000', '7200000', '720', 'rd_expense', 'revenue', 'helan']) {
            assert.ok(!decodeURIComponent(address).includes(figure), `${figure} shows in ${address}`);
          }

          // The menu's link is the address; the QR code beside it reads to the same link.
          await page.locator('details[data-menu="save-share"] > summary').click();
          assert.equal(await page.locator('#share-link').inputValue(), address);
          const qr = page.locator('.qr-box svg[data-qr="share-link"]');
          await qr.waitFor();
          assert.match(await qr.getAttribute('aria-label'), t.qr);
          assert.equal(await qr.getAttribute('role'), 'img');
          const box = await qr.boundingBox();
          assert.ok(box.width >= 150 && Math.abs(box.width - box.height) < 1, `QR code box ${JSON.stringify(box)}`);
          assert.equal(await decodeQr(app.browser, await qr.screenshot()), address, 'the QR code reads to the address');
          await qr.scrollIntoViewIfNeeded();
          await page.locator('details[data-menu="save-share"]').screenshot({ path: await screenshotPath(`share-${setup.name}-${lang}-menu`) });

          // Enlarged for a projector: as large as the screen allows, still the same link.
          await page.locator('[data-action="qr-enlarge"]').click();
          const overlay = page.getByRole('dialog');
          await overlay.waitFor();
          const big = overlay.locator('svg[data-qr="share-link"]');
          const bigBox = await big.boundingBox();
          const vp = setup.viewport;
          assert.ok(
            bigBox.width >= Math.min(vp.width * 0.9, vp.height - 140),
            `enlarged QR code ${JSON.stringify(bigBox)} on ${vp.width}×${vp.height}`,
          );
          await page.waitForFunction(() => document.activeElement?.id === 'qr-close'); // focus on Close
          await page.keyboard.press('Tab');
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'qr-close', 'Tab stays in the view');
          assert.equal(await decodeQr(app.browser, await big.screenshot()), address);
          await page.screenshot({ path: await screenshotPath(`share-${setup.name}-${lang}-enlarged`) });
          await page.keyboard.press('Escape');
          await overlay.waitFor({ state: 'detached' });
          await page.waitForFunction(() => document.activeElement?.id === 'qr-enlarge'); // focus back on Enlarge
          await page.locator('[data-action="qr-enlarge"]').click();
          await page.locator('[data-action="qr-close"]').click();
          await overlay.waitFor({ state: 'detached' });
        },
        options,
      );

      // Another phone opens the link (typed, shared or scanned): the same results, nothing asked.
      const other = await openApp(app, setup.viewport, { ...options, path: address.slice(app.origin.length) });
      try {
        await waitForHeading(other.page, t.results);
        assert.deepEqual(await readResults(other.page), original, 'the same statuses, ceilings and known maximum');
        await says(other.page.locator('[data-notice="info"]'), t.fromLink);
        assert.equal(await other.page.locator('[data-confirm="link"]').count(), 0);
        assert.equal(other.page.url(), address, 'the address holds the same link');
        assert.equal((await savedAnswers(other.page)).location, 'helan');
        other.guard.assertClean();
      } finally {
        await other.close();
      }
    });
  }
}

/** target/screenshots/<name>.png, for element screenshots. */
async function screenshotPath(name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

test('share (wechat): a reload on the results asks nothing; the link is in the results entry only, and follows the answers', async () => {
  await journey(
    app,
    async ({ page }) => {
      await loadExample(page, 'software-startup');
      await waitForHeading(page, '评估结果');
      await hasLink(page);
      const mine = page.url();
      const entries = await page.evaluate(() => history.length);

      // A reload: the address holds this browser's own answers, so nothing is asked.
      await page.reload();
      await waitForHeading(page, '评估结果');
      await says(page.locator('[data-notice="info"]'), '本机保存的回答');
      assert.equal(await page.locator('[data-confirm="link"]').count(), 0, 'no question on a reload');
      assert.equal(page.url(), mine);
      assert.equal(await page.evaluate(() => history.length), entries, 'a reload adds no entry');

      // Other pages have no fragment; Back brings the results and their link back.
      await page.locator('[data-action="edit-answers"]').click();
      await waitForHeading(page, '核对回答');
      await hasNoLink(page);
      await page.goBack();
      await waitForHeading(page, '评估结果');
      assert.equal(page.url(), mine);
      await page.goForward();
      await waitForHeading(page, '核对回答');
      await hasNoLink(page);

      // A changed answer: the results' address is the new link, and the older results entry,
      // reached by Back, is brought up to date in place.
      const row = page.locator('li.review-row[data-fact="employees"]');
      await row.locator('[data-action="edit"]').click();
      await page.locator('#q-employees').fill('40');
      await page.locator('#q-employees').blur();
      await row.locator('[data-action="done"]').click();
      await page.locator('[data-action="see-results"]').click();
      await waitForHeading(page, '评估结果');
      await waitForHash(page, `h.startsWith('#v=2&p=') && h !== ${JSON.stringify(new URL(mine).hash)}`, 'changed with the answers');
      const changed = page.url();
      assert.equal(await page.locator('#share-link').inputValue(), changed);
      const after = await page.evaluate(() => history.length);
      await page.goBack();
      await waitForHeading(page, '核对回答');
      await hasNoLink(page);
      await page.goBack();
      await waitForHeading(page, '评估结果');
      await waitForHash(page, `h === ${JSON.stringify(new URL(changed).hash)}`, 'showed the answers of the page');
      assert.equal(await page.evaluate(() => history.length), after, 'replaced, not added');

      // And the changed link opens 40 employees elsewhere.
      const other = await openApp(app, VIEWPORTS.wechat, { path: changed.slice(app.origin.length), userAgent: WECHAT_UA });
      try {
        await waitForHeading(other.page, '评估结果');
        assert.equal((await savedAnswers(other.page)).employees, 40);
        other.guard.assertClean();
      } finally {
        await other.close();
      }
    },
    { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  );
});

test('share (wechat): a reload of the results on a later day assesses the saved answers as of that day, like any reload', async () => {
  await journey(
    app,
    async ({ page }) => {
      await loadExample(page, 'team-biotech');
      await hasLink(page);
      const before = page.url();
      assert.match(await page.locator('section.results p.meta').textContent(), /评估日期 2026-11-26/);
      await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+08:00'));
      await page.reload();
      await waitForHeading(page, '评估结果');
      await says(page.locator('[data-notice="info"]'), '本机保存的回答');
      assert.equal(await page.locator('[data-confirm="link"]').count(), 0);
      assert.match(await page.locator('section.results p.meta').textContent(), /评估日期 2026-12-03/);
      await waitForHash(page, `h.startsWith('#v=2&p=') && h !== ${JSON.stringify(new URL(before).hash)}`, 'carried the new date');
    },
    { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  );
});

/** The results address (the share link) of an example's answers, made in a browser of its own:
 * someone else's link. */
async function linkOf(example) {
  let link;
  await journey(
    app,
    async ({ page }) => {
      await loadExample(page, example);
      await hasLink(page);
      link = page.url();
    },
    { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  );
  return link;
}

test('share (wechat): a v=2 link opened over your own saved answers asks before replacing them', async () => {
  // Someone else's link, made in another browser.
  const theirs = await linkOf('state-manufacturer');

  await journey(
    app,
    async ({ page }) => {
      await loadExample(page, 'software-startup');
      await hasLink(page);
      const mine = page.url();
      assert.notEqual(mine, theirs);

      await page.goto('about:blank');
      await page.goto(theirs, { waitUntil: 'load' });
      const choice = page.locator('[data-confirm="link"]');
      await choice.waitFor();
      await page.locator('[data-action="keep-mine"]').click();
      assert.equal(await choice.count(), 0);
      assert.equal((await savedAnswers(page)).location, 'jinfeng', 'my answers stay');
      await waitForHeading(page, '评估结果');
      await waitForHash(page, `h === ${JSON.stringify(new URL(mine).hash)}`, 'held my own link again');

      await page.goto('about:blank');
      await page.goto(theirs, { waitUntil: 'load' });
      await choice.waitFor();
      await page.locator('[data-action="open-link"]').click();
      await waitForHeading(page, '评估结果');
      assert.equal((await savedAnswers(page)).location, 'xixia', 'the shared answers replace mine when asked to');
      await waitForHash(page, `h === ${JSON.stringify(new URL(theirs).hash)}`, 'held the shared link');
    },
    { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  );
});

// A link followed in a tab where the app already runs (pasted into the address bar, or sent
// into the same tab by another app) changes only the address's fragment: no reload. It is read
// as at start-up: asking before it replaces other answers, and opening at once where there are
// none. The skip link (#main) and Back/Forward between the app's own pages are not links.
test('share (wechat): a link followed in the tab where the app runs is read, asking first', async () => {
  const theirs = new URL(await linkOf('state-manufacturer')).hash;

  await journey(
    app,
    async ({ page }) => {
      // No answers yet: an example's link opens its results at once.
      await page.evaluate(() => { location.hash = '#example=software-startup'; });
      await waitForHeading(page, '评估结果');
      assert.equal((await savedAnswers(page)).location, 'jinfeng');
      await hasLink(page);
      const mine = new URL(page.url()).hash;

      // The skip link is a place in the page: nothing changes.
      await page.evaluate(() => { location.hash = '#main'; });
      await settle(page);
      assert.equal(await page.locator('[data-confirm="link"]').count(), 0, 'no question for #main');
      assert.equal((await savedAnswers(page)).location, 'jinfeng');

      // Someone else's link over my answers: asked first; kept, then replaced when asked to.
      await page.evaluate((h) => { location.hash = h; }, theirs);
      const choice = page.locator('[data-confirm="link"]');
      await choice.waitFor();
      await page.locator('[data-action="keep-mine"]').click();
      assert.equal((await savedAnswers(page)).location, 'jinfeng', 'my answers stay');
      await waitForHash(page, `h === ${JSON.stringify(mine)}`, 'held my own link again');

      await page.evaluate((h) => { location.hash = h; }, theirs);
      await choice.waitFor();
      await page.locator('[data-action="open-link"]').click();
      await waitForHeading(page, '评估结果');
      assert.equal((await savedAnswers(page)).location, 'xixia', 'the shared answers replace mine when asked to');
      await waitForHash(page, `h === ${JSON.stringify(theirs)}`, 'held the shared link');

      // Back and Forward between the app's own pages are not links: nothing is asked.
      await page.goBack();
      await settle(page);
      assert.equal(await choice.count(), 0, 'Back asks nothing');
      assert.equal((await savedAnswers(page)).location, 'xixia');
    },
    { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA },
  );
});

// A notice of what just happened ("restored from the share link") is said where it happened and
// does not follow the person to the next page (issue 20).
test('share: "restored from the share link" stays on the page it happened on', async () => {
  const address = new URL(await linkOf('state-manufacturer'));
  await journey(app, async ({ page }) => {
    await waitForHeading(page, '评估结果');
    await says(page.locator('[data-notice="info"]'), '分享链接');
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    assert.equal(await page.locator('[data-notice]').count(), 0, 'no notice on the next page');
  }, { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA, path: `${address.pathname}${address.hash}` });
});

test('share: an old v=1 link still opens, and the address then holds the same answers as a v=2 link', async () => {
  const v1 = '/#v=1&d=2026-11-26&location=xixia&industries=equipment&employees=800&revenue=6亿&hnte_status=again';
  let original;
  let address;
  await journey(
    app,
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      original = await readResults(page);
      const saved = await savedAnswers(page);
      assert.deepEqual(saved, { location: 'xixia', industries: ['equipment'], employees: 800, revenue: '600000000', hnte_status: 'again' });
      await hasLink(page);
      address = page.url();
      assert.ok(address.length < new URL(v1, app.origin).href.length, address);
    },
    { path: v1 },
  );
  await journey(
    app,
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      assert.deepEqual(await readResults(page), original);
      assert.equal((await savedAnswers(page)).revenue, '600000000');
    },
    { path: address.slice(app.origin.length) },
  );
});

for (const lang of ['zh', 'en']) {
  test(`share (${lang}): a damaged v=2 link is refused in the user's language, and nothing is loaded`, async () => {
    const t = T[lang];
    await journey(
      app,
      async ({ page }) => {
        const notice = page.locator('[data-notice="error"][role="alert"]');
        await notice.waitFor();
        assert.match(await notice.textContent(), t.damaged);
        assert.match(await notice.textContent(), t.unchanged);
        await waitForHeading(page, t.start);
        assert.equal(await savedAnswers(page), null);
        assert.equal(hashOf(page), '');
      },
      // software-startup's link with one character changed (P16lo2… → P16lo3…).
      { path: '/#v=2&p=P16lo3Eu4CAU-mGEnDxweFvgyuAQCqq6uAQbj0AC5Q', storage: settings({ lang }) },
    );
  });
}
