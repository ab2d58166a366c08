// What people type, and links and saved data the app did not make itself: refused values at
// every kind of input (money, count, date, score), tampered and foreign share links, a corrupted
// autosave, and a browser that cannot load the WebAssembly.
//
// A refused value shows a message next to its field, keeps the earlier valid answer, never
// touches other answers, and blocks "Next" until it is fixed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CORRUPT_KEY,
  advanceTo,
  FIXED_NOW,
  PROFILE_KEY,
  VIEWPORTS,
  heading,
  openApp,
  openPage,
  readResults,
  reviewAnswers,
  savedAnswers,
  sharedApp,
  waitForHeading,
  journey as runJourney,
  says,
} from './harness.mjs';

const app = sharedApp();

/** A journey in a fresh guarded page (see harness.mjs). */
const journey = (body, options) => runJourney(app, body, options);

/** Types `text` into a text field (replacing what is there) and leaves it, as a person would. */
async function typeAndLeave(page, fact, text) {
  const input = page.locator(`#q-${fact}`);
  await input.fill(text);
  await input.blur();
}

/** The error shown next to a field (waits for it). */
async function fieldError(page, fact) {
  const error = page.locator(`[data-fact="${fact}"] .error[role="alert"]`);
  await error.waitFor();
  // Announced with the field: the input points at the message.
  const id = await error.getAttribute('id');
  const describedBy = (await page.locator(`#q-${fact}`).getAttribute('aria-describedby')) ?? '';
  assert.ok(id && describedBy.split(' ').includes(id), `#q-${fact} is described by its error (${describedBy})`);
  return (await error.textContent()).trim();
}

async function expectNoError(page, fact) {
  await page.locator(`[data-fact="${fact}"] .error`).waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#q-${fact}`).getAttribute('aria-invalid'), null, `${fact} is valid again`);
}

test('money in the wizard: refused values, the earlier answer kept, Next blocked until fixed', async () => {
  await journey(async ({ page }) => {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    await page.locator('[data-fact="state_owned"] input[value="n"]').check();
    const step = await advanceTo(page, 'revenue');
    const otherAnswersKept = async () => {
      const saved = await savedAnswers(page);
      assert.equal(saved.location, 'jinfeng');
      assert.equal(saved.state_owned, false);
    };

    // Not shown while typing: only once the field is left.
    await page.locator('#q-revenue').fill('abc');
    assert.equal(await page.locator('[data-fact="revenue"] .error').count(), 0, 'no error while still typing');
    await page.locator('#q-revenue').blur();
    assert.match(await fieldError(page, 'revenue'), /请输入数字/);
    assert.equal(await page.locator('#q-revenue').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#q-revenue').inputValue(), 'abc', 'the typed text stays for correction');
    await otherAnswersKept();

    await typeAndLeave(page, 'revenue', '-5');
    assert.match(await fieldError(page, 'revenue'), /不能为负数/);
    // Money fields read bare numbers in 万元: 1.2345678万 would be 12,345.678 yuan.
    await typeAndLeave(page, 'revenue', '1.2345678');
    assert.match(await fieldError(page, 'revenue'), /两位小数/);
    assert.equal((await savedAnswers(page)).revenue, undefined, 'no refused value is saved');
    await otherAnswersKept();

    // Next is refused while the step has an error, and takes the keyboard to the field.
    await page.locator('section.step button[type="submit"]').click();
    await page.waitForFunction(() => document.activeElement?.id === 'q-revenue');
    assert.match(await fieldError(page, 'revenue'), /两位小数/);
    assert.equal(await heading(page), step, 'still on the same step');

    await typeAndLeave(page, 'revenue', '50万');
    await expectNoError(page, 'revenue');
    await says(page.locator('[data-fact="revenue"] .echo'), '即 50万元');
    assert.equal((await savedAnswers(page)).revenue, '500000');

    // A refused correction keeps the earlier valid answer, and says so.
    await typeAndLeave(page, 'revenue', '50万万');
    const message = await fieldError(page, 'revenue');
    assert.match(message, /仍使用之前的答案：50万元/);
    assert.equal(await page.locator('[data-fact="revenue"] .echo').count(), 0, 'no echo for a refused text');
    assert.equal((await savedAnswers(page)).revenue, '500000');
    await otherAnswersKept();
    await page.locator('section.step button[type="submit"]').click();
    await page.waitForFunction(() => document.activeElement?.id === 'q-revenue');
    assert.equal(await heading(page), step);

    // Full-width digits and separators are read too, in the field's unit (万元 by default).
    await typeAndLeave(page, 'revenue', '１,２３４.５６');
    await expectNoError(page, 'revenue');
    assert.equal((await savedAnswers(page)).revenue, '12345600');
    // A year's revenue of 150 yuan is most likely 150万元 typed in 元: a warning, not a refusal.
    await page.locator('[data-fact="revenue"] button[data-unit="yuan"]').click();
    await typeAndLeave(page, 'revenue', '150');
    assert.equal((await savedAnswers(page)).revenue, '150');
    assert.match(
      await page.locator('[data-fact="revenue"] .implausible').textContent(),
      /上年销售（主营业务）收入 150元？是否为 150万元？/,
    );
    await page.locator('[data-fact="revenue"] button[data-unit="wan"]').click();
    assert.equal((await savedAnswers(page)).revenue, '1500000', 'switching back reads 150 in 万元');
    assert.equal(await page.locator('[data-fact="revenue"] .implausible').count(), 0);
    await page.locator('section.step button[type="submit"]').click();
    await page.waitForFunction((old) => document.querySelector('h1#page-heading')?.textContent.trim() !== old, step);
    await otherAnswersKept();

    // Back on the first step, its answers are still chosen.
    for (let i = 0; i < 12 && (await heading(page)) !== '基本情况'; i += 1) {
      const before = await heading(page);
      await page.locator('[data-action="back"]').click();
      await page.waitForFunction((old) => document.querySelector('h1#page-heading')?.textContent.trim() !== old, before);
    }
    assert.equal(await page.locator('[data-fact="location"] input[value="jinfeng"]').isChecked(), true);
    assert.equal(await page.locator('[data-fact="state_owned"] input[value="n"]').isChecked(), true);
  });
});

// Count, date and score fields, reached on the review page of a hand-written link.
const LINK = '/#v=1&location=jinfeng&hnte_status=never&tsme_registered=n&employees=30&registration_date=2020-05-01';

/** Opens a review row's field in place. */
async function editRow(page, fact) {
  const row = page.locator(`li.review-row[data-fact="${fact}"]`);
  await row.locator('[data-action="edit"]').click();
  await row.locator(`#q-${fact}`).waitFor();
  return row;
}

test('count, date and score on the review page: refused values keep the other answers', async () => {
  await journey(
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      await page.locator('[data-action="edit-answers"]').click();
      await waitForHeading(page, '核对回答');

      // Count: whole numbers only; full-width digits are fine.
      let row = await editRow(page, 'employees');
      assert.equal(await page.locator('#q-employees').inputValue(), '30');
      await typeAndLeave(page, 'employees', '12.5');
      const countError = await fieldError(page, 'employees');
      assert.match(countError, /请输入整数/);
      assert.match(countError, /仍使用之前的答案：30/);
      let saved = await savedAnswers(page);
      assert.equal(saved.employees, 30);
      assert.equal(saved.registration_date, '2020-05-01', 'another answer is untouched');
      await typeAndLeave(page, 'employees', '１２０');
      await expectNoError(page, 'employees');
      assert.equal((await savedAnswers(page)).employees, 120);
      await row.locator('[data-action="done"]').click();
      await says(row.locator('.answer'), '120');

      // Date: a day that does not exist.
      row = await editRow(page, 'registration_date');
      await typeAndLeave(page, 'registration_date', '2023-02-30');
      const dateError = await fieldError(page, 'registration_date');
      assert.match(dateError, /日期/);
      saved = await savedAnswers(page);
      assert.equal(saved.registration_date, '2020-05-01', 'the earlier date is kept');
      assert.equal(saved.employees, 120, 'another answer is untouched');
      await typeAndLeave(page, 'registration_date', '2021-03-15');
      await expectNoError(page, 'registration_date');
      assert.equal((await savedAnswers(page)).registration_date, '2021-03-15');
      await row.locator('[data-action="done"]').click();

      // Score: 0–100.
      row = await editRow(page, 'innovation_score');
      await typeAndLeave(page, 'innovation_score', '101');
      assert.match(await fieldError(page, 'innovation_score'), /0 到 100/);
      saved = await savedAnswers(page);
      assert.equal(saved.innovation_score, undefined);
      assert.equal(saved.employees, 120);
      assert.equal(saved.registration_date, '2021-03-15');
      await typeAndLeave(page, 'innovation_score', '85');
      await expectNoError(page, 'innovation_score');
      assert.equal((await savedAnswers(page)).innovation_score, 85);
      await row.locator('[data-action="done"]').click();

      const answers = await reviewAnswers(page);
      assert.match(answers.employees, /120/);
      assert.match(answers.registration_date, /2021/);
      assert.match(answers.innovation_score, /85/);
      assert.match(answers.location, /金凤区/);
    },
    { path: LINK },
  );
});

// ---------------------------------------------------------------------------------------------
// Links.

test('a tampered share link: the valid answers are kept and the dropped ones listed', async () => {
  await journey(
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      const notice = page.locator('[data-notice="warning"]');
      await notice.waitFor();
      const text = await notice.textContent();
      assert.match(text, /分享链接/);
      const items = (await notice.locator('li').allTextContents()).map((t) => t.trim());
      assert.equal(items.length, 3, `three items dropped: ${items.join(' | ')}`);
      assert.ok(items.some((t) => t.startsWith('注册地')), `location is listed: ${items}`);
      assert.ok(items.some((t) => /收入/.test(t) && /不能为负数/.test(t)), `revenue is listed: ${items}`);
      assert.ok(items.some((t) => t.includes('bogus')), `the unknown key is listed: ${items}`);

      assert.deepEqual(await savedAnswers(page), { employees: 12 }, 'only the valid answer is kept');
      // The address now holds the answers kept, as this release writes them.
      await page.waitForFunction(() => location.hash.startsWith('#v=2&p='));
      assert.equal(new URL(page.url()).hash, new URL(await page.locator('input#share-link').inputValue()).hash);
      // Nothing says where the enterprise is yet: every programme waits for that answer, but
      // the open services whose clauses name no place of registration (§1.2, §4.2.1; issue 19).
      const got = await readResults(page);
      assert.equal(got.knownMax, '0');
      const open = ['public-lab-services', 'tisc-patent'];
      const eligible = Object.entries(got.cards).filter(([, c]) => c.status === 'eligible').map(([id]) => id);
      assert.deepEqual(eligible.filter((id) => !open.includes(id)), [], `only open services are eligible: ${eligible}`);

      await page.locator('[data-action="edit-answers"]').click();
      const answers = await reviewAnswers(page);
      assert.match(answers.employees, /12/);
      assert.equal(answers.location, '未回答');
    },
    { path: '/#v=1&location=mars&employees=12&revenue=-5&bogus=1' },
  );
});

test('contradicting amounts: the pilot card asks to check them, and the review page says why', async () => {
  await journey(
    async ({ page }) => {
      await waitForHeading(page, '评估结果');
      const got = await readResults(page);
      assert.equal(got.cards['pilot-maturation'].status, 'needs_info');
      const card = page.locator('article.card[data-programme="pilot-maturation"]');
      assert.match(await card.textContent(), /互相矛盾/);
      assert.match(await card.textContent(), /土地、厂房、工程投入之和超过了总投资/);

      await page.locator('[data-action="edit-answers"]').click();
      const row = page.locator('li.review-row[data-fact="pilot_investment"]');
      assert.match(await row.locator('.field-warning').textContent(), /超过了总投资/);
      // Correcting the total resolves it: the base is 500 − 200 = 300 yuan.
      await row.locator('[data-action="edit"]').click();
      await page.locator('#q-pilot_investment').fill('500元');
      await page.locator('#q-pilot_investment').blur();
      await page.locator('[data-action="see-results"]').click();
      await waitForHeading(page, '评估结果');
      const after = await readResults(page);
      assert.equal(after.cards['pilot-maturation'].status, 'possible');
      assert.equal(await page.locator('[data-pilot-base-yuan]').getAttribute('data-pilot-base-yuan'), '300');
    },
    {
      path: '/#v=1&location=jinfeng&pilot_project=y&pilot_investment=100&pilot_land=200&pilot_buildings=0&pilot_engineering=0&pilot_funds_in_place=50',
    },
  );
});

test('a link without v= is refused with a message, and nothing is loaded', async () => {
  await journey(
    async ({ page }) => {
      const notice = page.locator('[data-notice="error"][role="alert"]');
      await notice.waitFor();
      assert.match(await notice.textContent(), /不是本工具生成的分享链接/);
      assert.equal(await heading(page), '银川市科技型企业政策计算器', 'the start page is shown');
      assert.equal(await savedAnswers(page), null);
      assert.equal(new URL(page.url()).hash, '');
      // The app still works.
      await page.locator('[data-start="true"]').click();
      await waitForHeading(page, '基本情况');
    },
    { path: '/#location=jinfeng&employees=12' },
  );
});

// ---------------------------------------------------------------------------------------------
// Saved state and boot.

test('corrupted autosave: set aside with a warning, and the app still works', async () => {
  const corrupt = '{"format":"yc-profile",';
  await journey(
    async ({ page }) => {
      const notice = page.locator('[data-notice="warning"]');
      await notice.waitFor();
      assert.match(await notice.textContent(), /已损坏/);
      const stored = await page.evaluate(
        ([p, c]) => [localStorage.getItem(p), localStorage.getItem(c)],
        [PROFILE_KEY, CORRUPT_KEY],
      );
      assert.deepEqual(stored, [null, corrupt], 'the unreadable text is kept aside, unchanged');

      await page.locator('[data-start="true"]').click();
      await waitForHeading(page, '基本情况');
      await page.locator('[data-fact="location"] input[value="xixia"]').check();
      await page.waitForFunction((k) => localStorage.getItem(k) !== null, PROFILE_KEY);
      assert.deepEqual(await savedAnswers(page), { location: 'xixia' });
      assert.equal(await page.evaluate((c) => localStorage.getItem(c), CORRUPT_KEY), corrupt, 'the backup stays');

      // A reload now restores the new answers without complaint.
      await page.reload();
      await page.locator('[data-notice="info"]').waitFor();
      assert.equal(await page.locator('[data-fact="location"] input[value="xixia"]').isChecked(), true);
    },
    { storage: { [PROFILE_KEY]: corrupt } },
  );
});

test('a blocked Wasm file: the loading line becomes a bilingual message naming the cause and the help channels', async () => {
  const { page, guard, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
  try {
    // Registered after the guard's route, so it takes precedence for the .wasm file.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(app.url, { waitUntil: 'load' });
    const box = page.locator('[data-boot-error]');
    await box.waitFor({ timeout: 10_000 });
    const text = await box.textContent();
    for (const phrase of [
      '计算器的文件未能载入',
      '银科创公共服务平台',
      '凤城科技通',
      '政企通',
      'A file of the calculator did not load',
      'mini-program',
    ]) {
      assert.ok(text.includes(phrase), `the message names “${phrase}”: ${text}`);
    }
    assert.ok(!text.includes('过旧'), 'it does not blame the browser\'s age');
    assert.equal(await page.locator('#boot').getAttribute('role'), 'alert');
    assert.equal(await page.locator('[data-boot-error] p[lang="en"]').count(), 1);
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app did not start');
    // The start page written at build time stays readable above the message.
    assert.equal(await page.locator('#app[data-prerender] h1').textContent(), '银川市科技型企业政策计算器');

    // The only failures are the deliberately blocked .wasm and what follows from it.
    const problems = guard.problems;
    assert.ok(
      problems.some((p) => p.startsWith('request failed') && p.includes('.wasm')),
      `the .wasm request failed: ${problems.join('\n')}`,
    );
    const unexpected = problems.filter(
      (p) => !p.includes('.wasm') && !/^(console error|page error): .*(fetch|WebAssembly|wasm)/is.test(p),
    );
    assert.deepEqual(unexpected, [], 'nothing else went wrong');
    assert.ok(!problems.some((p) => p.startsWith('request to a foreign host') || p.startsWith('HTTP ')));
  } finally {
    await close();
  }
});

test('no WebAssembly at all (an old webview): the message says the browser is too old', async () => {
  const { page, close } = await openPage(app, VIEWPORTS.phone, { now: FIXED_NOW, goto: false });
  try {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(app.url, { waitUntil: 'load' });
    const box = page.locator('[data-boot-error="old"]');
    await box.waitFor({ timeout: 10_000 });
    assert.match(await box.textContent(), /浏览器版本过旧，不支持 WebAssembly/);
  } finally {
    await close();
  }
});
