// Typing as a person types on a phone, key by key (issue 20): the field keeps the keyboard
// after every key, whatever message appears or disappears next to it (a refused value's error, a
// warning, the "read as" echo, the clear button), and ends with exactly the text typed. The
// other journeys fill whole values at once, which never showed a field losing focus mid-word.
//
// Each kind of typed field is covered: money (in 万元 and with separators, a received amount that
// passes the cap and raises a warning as another question vanishes), counts (with a refused
// negative), dates (with a correction by Backspace), and the score (with a refused 650); in Chinese and in English, on a 360×640 WeChat phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS,
  WECHAT_UA,
  advanceTo,
  screenshot,
  settings,
  sharedApp,
  waitForHeading,
  waitForSaved,
  journey as runJourney,
} from './harness.mjs';

const app = sharedApp();
const journey = (body, options) =>
  runJourney(app, body, { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA, ...options });

/** Leaves the field with Tab, as a person moving on: the field is "touched" from then on, so a
 * refused text shows its error at once when the person comes back to correct it. */
const leave = (page) => page.keyboard.press('Tab');

/**
 * Types `keys` into the field of `fact` one key at a time (a string is typed character by
 * character; `Backspace` entries press it), and after every key asserts that the field still
 * has the focus and holds the text so far.
 */
async function typeKeyByKey(page, fact, keys) {
  const input = page.locator(`#q-${fact}`);
  await input.click();
  // The caret goes where the finger lands; a person then moves it to the end to go on typing.
  await page.keyboard.press('End');
  let expected = await input.inputValue();
  const presses = typeof keys === 'string' ? [...keys] : keys;
  for (const key of presses) {
    if (key === 'Backspace') {
      await page.keyboard.press('Backspace');
      expected = expected.slice(0, -1);
    } else {
      await page.keyboard.type(key, { delay: 30 });
      expected += key;
    }
    // Let the app render whatever the key caused (message, echo, routing) before looking.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const focused = await page.evaluate(() => document.activeElement?.id ?? '(none)');
    assert.equal(focused, `q-${fact}`, `after "${key}" (text so far "${expected}"), the focus is on #q-${fact}`);
    assert.equal(await input.inputValue(), expected, `after "${key}", #q-${fact} holds what was typed`);
  }
  return expected;
}

async function startQuestionnaire(page, lang) {
  await page.locator('[data-start="true"]').click();
  await waitForHeading(page, lang === 'en' ? 'Basics' : '基本情况');
  await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
  await page.locator('[data-fact="state_owned"] input[value="n"]').check();
}

for (const lang of ['zh', 'en']) {
  const options = lang === 'en' ? { storage: settings({ lang: 'en' }) } : {};

  test(`${lang}: money, counts and a ledger-style amount typed key by key keep the keyboard`, async () => {
    await journey(async ({ page }) => {
      await startQuestionnaire(page, lang);
      await advanceTo(page, 'revenue');
      // Touched first (tapped, then left empty), as when a person skips a field and comes back.
      await page.locator('#q-revenue').click();
      await leave(page);
      // The format the hint suggests, with thousands separators and decimals.
      await typeKeyByKey(page, 'revenue', '2,600,000.00');
      await leave(page);
      // A letter makes the text refused, a digit after Backspace makes it valid again.
      await typeKeyByKey(page, 'revenue', ['Backspace', 'Backspace', 'Backspace', 'x', 'Backspace', '.', '5']);
      // A ledger figure in a field read in 万元: read it in yuan, as the field offers.
      await page.locator('[data-fact="revenue"] button[data-read-in-yuan]').click();
      await advanceTo(page, 'rd_expense');
      await typeKeyByKey(page, 'rd_expense', '260');
      await advanceTo(page, 'leading_talents');
      await typeKeyByKey(page, 'leading_talents', '12');
      await leave(page);
      await typeKeyByKey(page, 'leading_talents', ['Backspace', 'Backspace', '-', '1', 'Backspace', 'Backspace', '0']);
      await advanceTo(page, 'ip_invention');
      await typeKeyByKey(page, 'ip_invention', '3');
    }, options);
  });

  test(`${lang}: a date corrected with Backspace and a received amount typed key by key keep the keyboard`, async () => {
    await journey(async ({ page }) => {
      await startQuestionnaire(page, lang);
      await advanceTo(page, 'hnte_status');
      await page.locator('[data-fact="hnte_status"] input[value="first"]').check();
      await page.locator('#q-hnte_date').waitFor();
      await typeKeyByKey(page, 'hnte_date', '2025-10-02');
      await leave(page);
      await typeKeyByKey(page, 'hnte_date', ['Backspace', 'Backspace', '2', '0']);
      await typeKeyByKey(page, 'hnte_paid', '80000');
      await leave(page);
      await typeKeyByKey(page, 'hnte_paid', ['Backspace', 'Backspace', 'Backspace', 'Backspace']);
    }, options);
  });

  test(`${lang}: the self-assessed score typed key by key keeps the keyboard`, async () => {
    await journey(async ({ page }) => {
      await startQuestionnaire(page, lang);
      await advanceTo(page, 'tsme_registered');
      await page.locator('[data-fact="tsme_registered"] input[value="n"]').check();
      await page.locator('[data-fact="hnte_status"] input[value="never"]').check();
      // An enterprise that plans to seek the statuses is asked the national self-check.
      await page.locator('[data-fact="plans_recognition"] input[value="y"]').check();
      await advanceTo(page, 'innovation_score', { maxSteps: 14 });
      await typeKeyByKey(page, 'innovation_score', '65');
      await leave(page);
      await typeKeyByKey(page, 'innovation_score', ['0', 'Backspace', 'Backspace', '0']);
    }, options);
  });

  // A figure copied from the ledger in yuan, typed into a field read in 万元: 2600000 would be
  // 260亿元 and promise a tax saving of 39亿. The field says so as it is typed, "Next" stops once
  // on it (the keyboard taken there), and one tap reads it in yuan.
  test(`${lang}: a ledger figure in yuan typed into a 万元 field is caught before moving on`, async () => {
    await journey(async ({ page }) => {
      await startQuestionnaire(page, lang);
      const heading = await advanceTo(page, 'rd_expense');
      await typeKeyByKey(page, 'rd_expense', '2600000');
      const warning = page.locator('[data-fact="rd_expense"] [data-yuan-looking]');
      assert.equal(await warning.getAttribute('data-yuan-looking'), '2600000');
      assert.match(await warning.textContent(), lang === 'zh' ? /2,600,000万元.*260万元/ : /in yuan it is ¥2,600,000/);
      await page.screenshot({ path: (await screenshot(page, `typing-ledger-${lang}`)).replace(/\.png$/, '-screen.png') });

      // "Next" stops once, with the keyboard in the field.
      await page.locator('section.step button[type="submit"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'q-rd_expense');
      assert.equal((await page.locator('h1#page-heading').textContent()).trim(), heading, 'still on the step');

      // One tap reads it in yuan.
      await warning.locator('button[data-read-in-yuan]').click();
      await warning.waitFor({ state: 'detached' });
      await waitForSaved(page, 'rd_expense', '2600000');
      assert.equal(await page.locator('[data-fact="rd_expense"] [data-unit="yuan"]').getAttribute('aria-pressed'), 'true');
      await page.locator('section.step button[type="submit"]').click();
      await page.waitForFunction((h) => document.querySelector('h1#page-heading')?.textContent.trim() !== h, heading);
    }, options);
  });

  test(`${lang}: a large figure kept on purpose moves on at the second "Next"`, async () => {
    await journey(async ({ page }) => {
      await startQuestionnaire(page, lang);
      const heading = await advanceTo(page, 'revenue');
      await typeKeyByKey(page, 'revenue', '120000');
      await page.locator('section.step button[type="submit"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'q-revenue');
      assert.equal((await page.locator('h1#page-heading').textContent()).trim(), heading);
      await page.locator('section.step button[type="submit"]').click();
      await page.waitForFunction((h) => document.querySelector('h1#page-heading')?.textContent.trim() !== h, heading);
      await waitForSaved(page, 'revenue', '1200000000');
    }, options);
  });
}
