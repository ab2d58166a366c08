// The answers outlive the page: the share link carries them to another browser, the autosave
// brings them back after a reload, and a JSON file exports and imports them. Each way must give
// the same statuses, ceilings and known maximum; bad files change nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  PROFILE_KEY,
  VIEWPORTS,
  heading,
  loadExample,
  openApp,
  readResults,
  reviewAnswers,
  savedAnswers,
  sharedApp,
  waitForHeading,
  says,
} from './harness.mjs';

const app = sharedApp();

/** Opens a fresh context at the fixed instant; returns it with a `done()` that checks and closes. */
async function open(options = {}, viewport = VIEWPORTS.desktop) {
  const opened = await openApp(app, viewport, options);
  return {
    ...opened,
    done: async () => {
      try {
        opened.guard.assertClean();
      } finally {
        await opened.close();
      }
    },
  };
}

test('share link: another browser sees the same results; the address holds the link only while the results are shown', async () => {
  const a = await open();
  let link;
  let original;
  try {
    await loadExample(a.page, 'team-biotech');
    original = await readResults(a.page);
    link = await a.page.locator('input#share-link').inputValue();
    const url = new URL(link);
    assert.equal(url.origin, app.origin, 'the link points at this app');
    const params = new URLSearchParams(url.hash.slice(1));
    assert.equal(params.get('v'), '2');
    assert.match(params.get('p'), /^[A-Za-z0-9_-]{20,60}$/, 'the compact payload (docs/profile.md)');
    // Nothing of the answers would reach a server: they all sit in the fragment.
    assert.equal(url.search, '');
    assert.equal(a.page.url(), link, 'the results page\'s address is its share link');
    await a.done();
  } catch (err) {
    await a.close();
    throw err;
  }

  const b = await open({ path: link.slice(app.origin.length) });
  try {
    await waitForHeading(b.page, '评估结果');
    assert.deepEqual(await readResults(b.page), original, 'same statuses, ceilings and known maximum');
    assert.equal((await readResults(b.page)).knownMax, '500000');
    await says(b.page.locator('[data-notice="info"]'), '分享链接');
    assert.equal(b.page.url(), link, 'the address holds the same link');
    // The link's answers are now this browser's own: a reload keeps them, and asks nothing.
    assert.equal((await savedAnswers(b.page)).location, 'jinfeng');
    await b.page.reload();
    await says(b.page.locator('[data-notice="info"]'), '本机保存的回答');
    // It resumes on the page the user left: the results.
    await waitForHeading(b.page, '评估结果');
    assert.deepEqual(await readResults(b.page), original);
    // Any other page has no fragment in its address.
    await b.page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(b.page, '核对回答');
    await b.page.waitForFunction(() => location.hash === '');
    assert.equal(new URL(b.page.url()).pathname, '/');
    await b.done();
  } catch (err) {
    await b.close();
    throw err;
  }
});

test('reload: the answers and the live known maximum come back, and the wizard resumes on the same page', async () => {
  const { page, done, close } = await open();
  try {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    await page.locator('[data-fact="state_owned"] input[value="n"]').check();
    await page.locator('[data-fact="industries"] input[value="biomedicine"]').check();
    await page.locator('[data-fact="industries"] input[value="software"]').check();
    await page.locator('[data-action="next"]').click();
    await waitForHeading(page, '资质认定');
    await page.locator('[data-fact="hnte_status"] input[value="first"]').check();
    await page.locator('#q-hnte_date').fill('2025-12-01');
    await page.locator('#q-hnte_date').blur();
    await page.locator('#q-hnte_paid').fill('10万');
    await page.locator('#q-hnte_paid').blur();
    const live = page.locator('aside.live [data-known-maximum]');
    const liveBefore = await live.getAttribute('data-known-maximum');
    const saved = await savedAnswers(page);
    assert.deepEqual(saved, {
      location: 'jinfeng',
      state_owned: false,
      industries: ['software', 'biomedicine'].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y)),
      hnte_status: 'first',
      hnte_date: '2025-12-01',
      hnte_paid: '100000',
    });

    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const notice = page.locator('[data-notice="info"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /已从本机保存的回答恢复/);
    // Resumed on the page the user left (Recognitions), not at the first unanswered question.
    assert.equal(await heading(page), '资质认定');
    assert.equal(await page.locator('[data-fact="hnte_status"] input[value="first"]').isChecked(), true);
    await page.locator('[data-action="back"]').click();
    await waitForHeading(page, '基本情况');
    assert.equal(await page.locator('[data-fact="location"] input[value="jinfeng"]').isChecked(), true);
    assert.equal(await page.locator('[data-fact="state_owned"] input[value="n"]').isChecked(), true);
    assert.equal(await page.locator('[data-fact="industries"] input[value="software"]').isChecked(), true);
    assert.equal(await page.locator('[data-fact="industries"] input[value="biomedicine"]').isChecked(), true);
    assert.equal(await page.locator('[data-fact="industries"] input[value="wine"]').isChecked(), false);
    assert.equal(await live.getAttribute('data-known-maximum'), liveBefore, 'the live known maximum is the same');

    await page.locator('[data-action="next"]').click();
    await waitForHeading(page, '资质认定');
    assert.equal(await page.locator('[data-fact="hnte_status"] input[value="first"]').isChecked(), true);
    assert.equal(await page.locator('#q-hnte_date').inputValue(), '2025-12-01');
    // Shown in the field's unit, 万元.
    assert.equal(await page.locator('#q-hnte_paid').inputValue(), '10');
    await says(page.locator('[data-fact="hnte_paid"] .echo'), '即 10万元');
    await done();
  } catch (err) {
    await close();
    throw err;
  }
});

/** Industry codes in the questionnaire's order (the profile lists chosen codes in this order). */
const ORDER = ['new_materials', 'new_energy', 'new_food', 'electronic_info', 'equipment', 'software', 'biomedicine', 'wine', 'traditional', 'other'];

test('export then import: the file is a version-2 profile, and imports to the same answers and results', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yc-e2e-'));
  try {
    const file = path.join(dir, 'exported.json');
    let original;
    let originalAnswers;
    const a = await open();
    try {
      await loadExample(a.page, 'new-materials-pilot');
      original = await readResults(a.page);
      await a.page.locator('details[data-menu="save-share"] > summary').click();
      const [download] = await Promise.all([
        a.page.waitForEvent('download'),
        a.page.locator('[data-action="export"]').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'yc-profile-2026-11-26.json');
      await download.saveAs(file);
      await a.page.locator('[data-action="edit-answers"]').click();
      originalAnswers = await reviewAnswers(a.page);
      await a.done();
    } catch (err) {
      await a.close();
      throw err;
    }

    const doc = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(doc.format, 'yc-profile');
    assert.equal(doc.version, 2);
    assert.equal(doc.assessment_date, '2026-11-26');
    assert.equal(doc.answers.location, 'helan');
    assert.equal(doc.answers.hnte_status, 'first');
    assert.equal(doc.answers.revenue, '150000000');
    assert.equal(doc.answers.employees, 260);
    assert.deepEqual(doc.answers.industries, ['new_materials']);

    const b = await open();
    try {
      await b.page.locator('input[data-import="profile"]').setInputFiles(file);
      await waitForHeading(b.page, '核对回答');
      await says(b.page.locator('[data-notice="info"]'), '导入的文件');
      assert.deepEqual(await reviewAnswers(b.page), originalAnswers, 'the review page lists the same answers');
      await b.page.locator('[data-action="see-results"]').click();
      await waitForHeading(b.page, '评估结果');
      assert.deepEqual(await readResults(b.page), original, 'the same results');
      const savedBefore = await b.page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY);

      // Files that are not profiles are refused as a whole; nothing changes.
      const refused = async (payload, pattern) => {
        const dismiss = b.page.locator('[data-notice] [data-action="dismiss"]');
        if (await dismiss.count()) {
          await dismiss.click();
          await b.page.locator('[data-notice]').waitFor({ state: 'detached' });
        }
        await b.page.locator('input[data-import="profile"]').setInputFiles(payload);
        const notice = b.page.locator('[data-notice="error"]');
        await notice.waitFor();
        const text = await notice.textContent();
        assert.match(text, pattern);
        assert.match(text, /您已填写的内容没有改变/);
        assert.equal(await heading(b.page), '评估结果', 'still on the results');
        assert.deepEqual(await readResults(b.page), original, 'the results are unchanged');
        assert.equal(await b.page.evaluate((k) => localStorage.getItem(k), PROFILE_KEY), savedBefore, 'the autosave is unchanged');
      };
      await refused(
        { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON, just notes\n') },
        /不是有效的 JSON/,
      );
      const big = JSON.stringify({ format: 'yc-profile', version: 1, answers: { location: 'xixia' }, padding: 'x'.repeat(70 * 1024) });
      assert.ok(Buffer.byteLength(big) > 64 * 1024);
      await refused({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) }, /文件过大（超过 64 KB）/);
      await refused(
        { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"yc-profile","version":3,"answers":{}}') },
        /版本为 3/,
      );
      await b.done();
    } catch (err) {
      await b.close();
      throw err;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a version-1 autosave from last year: its "already granted" is about 2025, so 2026 asks again', async () => {
  // An example's answers, saved the way a release before format version 2 saved them a year ago:
  // version 1, a bare boolean for this year's HNTE project, assessed in 2025. Opened in June,
  // before the year's last batch cut-off, when this year's project is the one that counts (after
  // it, the card is about next year's project: upcoming, issue 19).
  const june = { now: new Date('2026-06-15T10:00:00+08:00') };
  const a = await open(june);
  let lastYear;
  try {
    await loadExample(a.page, 'new-materials-pilot');
    assert.equal((await readResults(a.page)).cards['hnte-first-recognition'].status, 'eligible');
    const answers = await savedAnswers(a.page);
    assert.deepEqual(answers.hnte_supported_this_year, { answer: false, year: 2026 });
    // The same answers as an earlier release saved them: a JSON document of format version 1,
    // whose yes about "this year" names no year.
    lastYear = { format: 'yc-profile', version: 1, assessment_date: '2025-11-26', answers: { ...answers, hnte_supported_this_year: true } };
    await a.done();
  } catch (err) {
    await a.close();
    throw err;
  }

  const { page, done, close } = await open({ ...june, storage: { [PROFILE_KEY]: JSON.stringify(lastYear) } });
  try {
    await says(page.locator('[data-notice="info"]'), '本机保存的回答');
    // Rewritten as version 2, the old answer kept with the year it is about.
    assert.deepEqual((await savedAnswers(page)).hnte_supported_this_year, { answer: true, year: 2025 });
    await page.locator('aside.live [data-action="see-full-results"]').click();
    await waitForHeading(page, '评估结果');
    // Last year's "yes" does not close this year's support: the card asks about 2026.
    const card = page.locator('article.card[data-programme="hnte-first-recognition"]');
    assert.equal(await card.getAttribute('data-status'), 'needs_info');
    assert.match(await card.textContent(), /2026年是否已获批高企后补助项目/);

    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    const row = page.locator('li.review-row[data-fact="hnte_supported_this_year"]');
    assert.equal((await row.locator('.review-q').textContent()).trim(), '2026年是否已获批高企后补助项目？');
    assert.equal((await row.locator('.answer').textContent()).trim(), '未回答');
    await row.locator('[data-action="edit"]').click();
    await row.locator('input[type=radio][value="n"]').check();
    await row.locator('[data-action="done"]').click();
    await says(row.locator('.answer'), '否');
    assert.deepEqual((await savedAnswers(page)).hnte_supported_this_year, { answer: false, year: 2026 });
    await page.locator('[data-action="see-results"]').click();
    assert.equal((await readResults(page)).cards['hnte-first-recognition'].status, 'eligible');
    await done();
  } catch (err) {
    await close();
    throw err;
  }
});
