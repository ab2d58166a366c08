// Parts of the phone journey as an enterprise lives it, on a 360 px phone with a WeChat user
// agent: the start page says how long it takes and what to have at hand; the results lead with
// the money (the save-and-share menu sits below the cards, the content hash in the footer); the
// next step says where the channels are; "start over" asks first and can be undone; the
// assessment date sits under "Advanced".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_KEY, VIEWPORTS, savedAnswers, waitForSaved, WECHAT_UA, journey as runJourney, loadExample, nextStep, readResults, screenshot, settings, sharedApp, waitForHeading, says } from './harness.mjs';

const app = sharedApp();

/** A journey in a phone-sized page that says it is WeChat's webview. */
async function phone(body, { lang = 'zh' } = {}) {
  await runJourney(
    app,
    async ({ page, guard }) => {
      await body({ page, guard });
    },
    { viewport: VIEWPORTS.phone, storage: settings({ lang }), userAgent: WECHAT_UA },
  );
}

for (const lang of ['zh', 'en']) {
  test(`phone: the start page says how long it takes and what to have at hand (${lang})`, async () => {
    await phone(async ({ page }) => {
      const cue = page.locator('.time-cue');
      const fewest = Number(await cue.getAttribute('data-fewest-questions'));
      const most = Number(await cue.getAttribute('data-most-questions'));
      assert.ok(fewest > 20 && fewest <= most && most < 80, `${fewest}-${most} questions`);
      assert.match(await cue.textContent(), lang === 'zh' ? new RegExp(`回答 ${fewest}–${most} 个问题，约 \\d+–\\d+ 分钟`) : new RegExp(`answer ${fewest}–${most} questions, about \\d+–\\d+ minutes`));
      // No "a few" beside a count of forty.
      assert.doesNotMatch(await page.locator('.lede').textContent(), lang === 'zh' ? /几个/ : /a few/);
      const atHand = await page.locator('.at-hand').textContent();
      assert.match(atHand, lang === 'zh' ? /上年销售（主营业务）收入/ : /sales/i);
      assert.doesNotMatch(atHand, lang === 'zh' ? /小巨人/ : /giant/i, 'no certificate date that is never asked');
    }, { lang });
  });

  test(`phone: the first results screen leads with the money (${lang})`, async () => {
    await phone(async ({ page }) => {
      await loadExample(page, 'new-materials-pilot');
      await waitForHeading(page, lang === 'zh' ? '评估结果' : 'Your results');
      // The known maximum is on the first screen; the share link and tools are not.
      const max = await page.locator('section.results .known-max').boundingBox();
      assert.ok(max && max.y + max.height < 640, `known maximum at ${JSON.stringify(max)}`);
      assert.equal(await page.locator('#share-link').isVisible(), false, 'the link sits in the closed menu');
      const menu = await page.locator('details[data-menu="save-share"]').boundingBox();
      const firstCard = await page.locator('section[data-group] article.card').first().boundingBox();
      assert.ok(menu.y > firstCard.y, 'the menu comes after the cards');
      // The content hash is in the footer, behind a fold: plain words first.
      assert.match(await page.locator('footer.site-footer [data-versions]').textContent(), /[0-9a-f]{16}/);
      assert.equal(await page.locator('footer.site-footer [data-versions]').isVisible(), false);
      // The next step says where 银科创 is.
      const step = await page.locator('article.card[data-programme="hnte-first-recognition"] .reach').textContent();
      assert.match(step, /www\.ycykc\.cn/);
      await page.screenshot({ path: (await screenshot(page, `phone-results-${lang}`)).replace(/\.png$/, '-first-screen.png') });
    }, { lang });
  });
}

test('phone: start over asks first, and can be undone until the next answer', async () => {
  await phone(async ({ page }) => {
    await loadExample(page, 'software-startup');
    await waitForHeading(page, '评估结果');
    const before = await readResults(page);
    await page.locator('details[data-menu="save-share"] > summary').click();
    await page.locator('[data-action="start-over"]').click();
    const confirm = page.locator('[data-confirm="start-over"]');
    await confirm.waitFor();
    await page.locator('[data-action="cancel"]').click();
    assert.equal(await confirm.count(), 0);
    assert.deepEqual(await readResults(page), before, 'cancel keeps every answer');

    await page.locator('[data-action="start-over"]').click();
    await page.locator('[data-action="confirm-start-over"]').click();
    await waitForHeading(page, '银川市科技型企业政策计算器');
    await page.locator('[data-undo]').click();
    // Wait for the autosave of the restored answers (an effect after the render).
    await waitForSaved(page, 'location', 'jinfeng');
    const saved = await savedAnswers(page);
    assert.equal(saved.location, 'jinfeng', 'the answers are back (and saved again)');
  });
});

/** Whether the element is wholly on the screen (the viewport), as a person would see it. */
async function onScreen(page, locator) {
  const box = await locator.boundingBox();
  const { height } = page.viewportSize();
  // (Within a pixel: layout positions are fractional.)
  return Boolean(box) && box.y >= -1 && box.y + box.height <= height + 1;
}

// Feedback where the finger is: on a phone the results page is many screens tall, and the
// save-and-share buttons sit near its end. What copying did is said under the buttons, and the
// start-over confirmation takes the screen and the focus, wherever it is in the page.
for (const lang of ['zh', 'en']) {
  const w = {
    zh: { copy: '复制分享链接', copied: '分享链接已复制', over: '清空重来', clear: '清空全部回答' },
    en: { copy: 'Copy share link', copied: 'The share link was copied', over: 'Start over', clear: 'Clear every answer' },
  }[lang];
  test(`phone: copying the link and starting over answer next to the finger (${lang})`, async () => {
    await phone(async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await loadExample(page, 'software-startup');
      await page.locator('details[data-menu="save-share"] > summary').click();
      const copy = page.locator('[data-action="copy-link"]');
      await copy.scrollIntoViewIfNeeded();
      await copy.click();
      const said = page.locator('[data-copy-result]');
      await said.waitFor();
      assert.match(await said.textContent(), new RegExp(w.copied));
      // (Brought into view once drawn, as little as needed.)
      await page
        .waitForFunction(() => {
          const r = document.querySelector('[data-copy-result]')?.getBoundingClientRect();
          return r && r.top >= -1 && r.bottom <= innerHeight + 1;
        }, null, { timeout: 3000 })
        .catch(() => {});
      assert.ok(await onScreen(page, said), 'what copying did is on the screen, under the button');
      assert.ok(await onScreen(page, copy), 'and the button is still there');
      assert.equal(await page.locator('main > [data-notice]').count(), 0, 'nothing is said at the top of the page instead');
      await page.screenshot({ path: (await screenshot(page, `phone-copied-${lang}`)).replace(/\.png$/, '-screen.png') });

      await page.locator('[data-action="start-over"]').click();
      const yes = page.locator('[data-action="confirm-start-over"]');
      await yes.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'confirm-start-over-yes');
      assert.ok(await onScreen(page, yes), 'the confirmation is on the screen');
      assert.ok(await onScreen(page, page.locator('#confirm-start-over')), 'with its question');
      await page.screenshot({ path: (await screenshot(page, `phone-start-over-asked-${lang}`)).replace(/\.png$/, '-screen.png') });
    }, { lang });
  });
}

// The results lead with what to do and by when (issue 20): on the first screen of a 360x640
// WeChat phone, the list of what is open now or soon (its money, its next date, its channel), in
// date order; every card's why, notes, channel details and policy text folded behind one tap.
for (const [lang, senior] of [['zh', false], ['en', false], ['zh', true]]) {
  const label = senior ? '长者版' : lang;
  test(`phone: the results' first screen says what to do and by when (${label})`, async () => {
    await runJourney(app, async ({ page }) => {
      await loadExample(page, 'new-materials-pilot');
      const todo = page.locator('section.todo');
      await todo.waitFor();
      const { height } = page.viewportSize();
      const top = await todo.locator('h2').boundingBox();
      assert.ok(top.y + top.height <= height, `the list's heading is on the first screen (${Math.round(top.y)} px)`);
      // In date order: the first recognition's post-subsidy (next year's first batch, 2027-04-30)
      // with its 50万, before the services open all year.
      const items = await todo.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-todo-item')));
      assert.equal(items[0], 'hnte-first-recognition', `first: ${items}`);
      const first = todo.locator('li').first();
      assert.match(await first.textContent(), /2027-04-30/);
      assert.match(await first.textContent(), lang === 'zh' ? /50万元/ : /¥500,000/);
      // A tap on the name brings its card.
      await first.locator('button.todo-name').click();
      await page.waitForFunction(() => {
        const r = document.querySelector('article.card[data-programme="hnte-first-recognition"]').getBoundingClientRect();
        return r.top >= -1 && r.top < innerHeight / 2;
      });
      assert.equal(new URL(page.url()).hash.startsWith('#v=2&p='), true, 'the address is still the share link');
      // Folded: why, notes and the policy text of every card.
      assert.equal(await page.locator('article.card details.more[open]').count(), 0);
      assert.equal(await page.locator('article.card .why-row').first().isVisible(), false);
      await page.screenshot({ path: (await screenshot(page, `phone-results-first-screen-${label}`)).replace(/\.png$/, '-screen.png') });
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: (await screenshot(page, `phone-results-top-${label}`)).replace(/\.png$/, '-screen.png') });
      // The page's height on a phone, printed as a figure (docs/benchmarks.md has before and after).
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`results page height, new-materials-pilot, 360x640, ${label}: ${tall} px`);
    }, { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA, storage: settings({ lang, senior }) });
  });
}

// Smaller points of issue 20: 开始 on a 360x640 phone's first screen; an enterprise whose answers
// fix no ceiling is told what it can apply for instead of a large red 0元; English counts agree
// with their numbers.
for (const lang of ['zh', 'en']) {
  test(`phone: 开始 on the first screen, no bare 0元 headline, counts in the right number (${lang})`, async () => {
    await runJourney(app, async ({ page }) => {
      const start = page.locator('section.start button[data-start]');
      const box = await start.boundingBox();
      assert.ok(box.y + box.height <= page.viewportSize().height, `开始 at ${Math.round(box.y)} px`);
      await loadExample(page, 'software-startup');
      const max = page.locator('section.results .known-max');
      assert.equal(await max.getAttribute('data-known-maximum'), '0');
      const text = await max.textContent();
      assert.doesNotMatch(text, /0元|¥0/, `the headline is not a bare zero: ${text}`);
      assert.match(text, lang === 'zh' ? /可以申报 \d+ 项/ : /\d+ to apply for/);
      if (lang === 'en') {
        const body = await page.locator('body').textContent();
        assert.doesNotMatch(body, /\b1 (programmes|questions)\b/, 'no "1 programmes" or "1 questions"');
      }
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: (await screenshot(page, `phone-zero-headline-${lang}`)).replace(/\.png$/, '-screen.png') });
    }, { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA, storage: settings({ lang }) });
  });
}

test('phone: the assessment date sits under "Advanced" on the review page', async () => {
  await phone(async ({ page }) => {
    await loadExample(page, 'software-startup');
    await waitForHeading(page, '评估结果');
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    assert.equal(await page.locator('#assessment-date').isVisible(), false);
    await page.locator('details.advanced > summary').click();
    assert.equal(await page.locator('#assessment-date').isVisible(), true);
  });
});

test('phone: Back and Forward move through the pages and stay in the app; a reload resumes on the same page', async () => {
  await phone(async ({ page }) => {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    await page.locator('[data-action="next"]').click();
    await waitForHeading(page, '资质认定');

    await page.goBack();
    await waitForHeading(page, '基本情况');
    await page.goBack();
    await waitForHeading(page, '银川市科技型企业政策计算器');
    await page.goForward();
    await waitForHeading(page, '基本情况');
    await page.goForward();
    await waitForHeading(page, '资质认定');
    assert.ok(page.url().startsWith(app.origin), 'still in the app');

    // Results → review → Back returns to the results.
    await loadExampleFromStart(page);
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    await page.goBack();
    await waitForHeading(page, '评估结果');

    // A reload resumes on the page the user left, not on the first unanswered step.
    await page.locator('[data-action="edit-answers"]').click();
    await waitForHeading(page, '核对回答');
    await page.reload();
    await waitForHeading(page, '核对回答');
  });
});

/** Goes to the start page through the header and loads an example. */
async function loadExampleFromStart(page) {
  await page.locator('header a').first().click();
  await waitForHeading(page, '银川市科技型企业政策计算器');
  await loadExample(page, 'new-materials-pilot');
  await waitForHeading(page, '评估结果');
}

test('phone: Enter in a text field moves to the next question; leaving a step with questions unanswered says how many, with a way back', async () => {
  await phone(async ({ page }) => {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    await page.locator('[data-action="next"]').click();
    // Basics had more questions: the next page says how many, and leads back.
    const skipped = page.locator('[data-notice="info"]').filter({ has: page.locator('[data-go-back]') });
    await skipped.waitFor();
    assert.match(await skipped.textContent(), /“基本情况”还有 \d+ 个问题没有回答/);
    await page.locator('[data-go-back]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="state_owned"] input[value="n"]').check();

    // Walk to the size step, then type with Enter as a phone keyboard's 前往 key sends it.
    for (let i = 0; i < 6; i += 1) {
      if ((await page.locator('#page-heading').textContent()).includes('企业规模')) break;
      await nextStep(page);
    }
    await waitForHeading(page, '企业规模');
    const first = page.locator('section.step [data-fact] input[type="text"]').first();
    const firstFact = await first.evaluate((el) => el.closest('[data-fact]').getAttribute('data-fact'));
    await first.fill('30');
    await first.press('Enter');
    await waitForHeading(page, '企业规模');
    // The step was not submitted; the focus is on the next question, or on the step's submit
    // button after the last one.
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('[data-fact]')?.getAttribute('data-fact') ?? (el.type === 'submit' ? 'submit' : el.tagName);
    });
    const facts = await page.locator('section.step [data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')));
    const expected = facts[facts.indexOf(firstFact) + 1] ?? 'submit';
    assert.equal(focused, expected, `Enter in ${firstFact} moves on to ${expected}`);
  });
});

test('phone: a share link opened over your own saved answers asks before replacing them', async () => {
  await phone(async ({ page }) => {
    await loadExample(page, 'software-startup');
    await waitForHeading(page, '评估结果');
    const mine = (await savedAnswers(page)).location;
    assert.equal(mine, 'jinfeng');
    const link = '/#v=1&d=2026-11-26&location=xixia&industries=equipment';

    await page.goto('about:blank');
    await page.goto(`${app.origin}${link}`, { waitUntil: 'load' });
    const choice = page.locator('[data-confirm="link"]');
    await choice.waitFor();
    await page.locator('[data-action="keep-mine"]').click();
    assert.equal(await choice.count(), 0);
    const kept = (await savedAnswers(page)).location;
    assert.equal(kept, 'jinfeng', 'my answers stay');

    await page.goto('about:blank');
    await page.goto(`${app.origin}${link}`, { waitUntil: 'load' });
    await choice.waitFor();
    await page.locator('[data-action="open-link"]').click();
    await waitForHeading(page, '评估结果');
    const opened = (await savedAnswers(page)).location;
    assert.equal(opened, 'xixia', 'the shared answers replace mine when asked to');
  });
});

test('phone: money fields are in 万元 by default; 150 is 1,500,000 yuan; the 元 switch is remembered', async () => {
  await phone(async ({ page }) => {
    await page.locator('[data-start="true"]').click();
    await waitForHeading(page, '基本情况');
    await page.locator('[data-fact="location"] input[value="jinfeng"]').check();
    for (let i = 0; i < 6 && !(await page.locator('#q-revenue').count()); i += 1) {
      await nextStep(page);
    }
    // A text field is labelled by its question, not by what was typed into it.
    assert.match(await page.locator('label[for="q-revenue"]').textContent(), /上年销售（主营业务）收入/);
    await page.locator('#q-revenue').fill('150');
    await page.locator('#q-revenue').blur();
    assert.match(await page.locator('label[for="q-revenue"]').textContent(), /上年销售（主营业务）收入/);
    await says(page.locator('[data-fact="revenue"] .echo'), '即 150万元');
    const saved = (await savedAnswers(page)).revenue;
    assert.equal(saved, '1500000');
    assert.equal(await page.locator('[data-fact="revenue"] button[data-unit="wan"]').getAttribute('aria-pressed'), 'true');

    assert.equal(await page.locator('#q-revenue').inputValue(), '150');
    // Switched to 元 and reloaded: the switch is remembered, the amount shown in 元.
    await page.locator('[data-fact="revenue"] button[data-unit="yuan"]').click();
    await page.locator('#q-revenue').fill('1500000');
    await page.locator('#q-revenue').blur();
    await page.reload();
    await page.locator('#q-revenue').waitFor();
    assert.equal(await page.locator('[data-fact="revenue"] button[data-unit="yuan"]').getAttribute('aria-pressed'), 'true', 'remembered');
    assert.equal(await page.locator('#q-revenue').inputValue(), '1500000', 'shown in 元');
  });
});
