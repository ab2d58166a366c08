// The results' dates in the enterprise's own calendar: the .ics file downloaded from the results,
// read back by an independent iCalendar parser (ical.js), every event on a date the page names
// (a cut-off, the last day of a window) or on the day a 高企 certificate's three years end, each
// naming its programme and carrying the enterprise's results link; in the mini-program's
// web-view, where downloads are blocked, the same dates as text to copy. Both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { VIEWPORTS, WECHAT_UA, journey, loadExample, screenshot, settings, sharedApp } from './harness.mjs';

const app = sharedApp();

/** The calendar's events: date, summary, description, URL, and whether it has a reminder. */
function parse(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid'),
    date: e.getFirstPropertyValue('dtstart').toString(),
    end: e.getFirstPropertyValue('dtend').toString(),
    allDay: e.getFirstPropertyValue('dtstart').isDate,
    summary: e.getFirstPropertyValue('summary'),
    description: e.getFirstPropertyValue('description'),
    url: e.getFirstPropertyValue('url'),
    alarm: e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString() ?? null,
  }));
}

const DAY = 24 * 3600 * 1000;

for (const [lang, viewport] of [['zh', VIEWPORTS.desktop], ['en', VIEWPORTS.phone]]) {
  test(`the results' dates as a calendar file, read back (${lang}, ${viewport.width} px)`, async () => {
    await journey(app, async ({ page }) => {
      // Recognised as a 高企 on 20 October last year (2025-10-20), assessed on 2026-11-26.
      await loadExample(page, 'new-materials-pilot');
      const button = page.locator('[data-action="calendar"]');
      const count = Number(await page.locator('[data-calendar]').getAttribute('data-calendar'));
      assert.ok(count >= 3, `dates: ${count}`);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.equal(download.suggestedFilename(), 'yinchuan-policy-dates-2026-11-26.ics');
      const text = readFileSync(await download.path(), 'utf8');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
      const events = parse(text);
      assert.equal(events.length, count);
      const link = await page.locator('#share-link').inputValue();
      const page_text = await page.locator('section.results').textContent();
      for (const e of events) {
        assert.ok(e.allDay, `${e.summary}: an all-day event`);
        assert.equal(new Date(e.end) - new Date(e.date), DAY, 'one day long');
        assert.equal(e.url, link);
        assert.ok(e.description.includes(link), 'the description carries the results link');
        assert.ok(e.uid.endsWith('@yc-calculator'));
        if (e.alarm) {
          // The certificate's three years: from the date the answers give, with a reminder.
          assert.equal(e.date, '2028-10-20');
          assert.equal(e.alarm, '-P180D');
        } else {
          assert.ok(page_text.includes(e.date), `${e.date} (${e.summary}) is a date the results name`);
        }
      }
      assert.ok(events.some((e) => e.alarm), 'the certificate event');
      // The usual cut-off: next year's first batch (this year's have closed), marked "usually".
      const cutoff = events.find((e) => e.date === '2027-04-30');
      assert.ok(cutoff, events.map((e) => e.date).join(', '));
      assert.match(cutoff.summary, lang === 'zh' ? /通常/ : /usually/);
      assert.match(cutoff.description, /2018-04-19/);
      // Both readings of the two years after recognition end on their own day.
      assert.ok(events.some((e) => e.date === '2027-10-20'));
      assert.ok(events.some((e) => e.date === '2027-12-31'));
      // The events are written in the page's language.
      const certificate = events.find((e) => e.alarm);
      assert.match(certificate.summary, lang === 'zh' ? /高新技术企业证书/ : /High-tech enterprise certificate/);
      assert.match(certificate.description, /2025-10-20/);
      await screenshot(page, `calendar-${lang}-${viewport.width}`);
    }, { viewport, storage: settings({ lang }) });
  });
}

test('in the mini-program, the dates are text to copy, and nothing is downloaded', async () => {
  await journey(app, async ({ page }) => {
    await loadExample(page, 'new-materials-pilot');
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.locator('[data-action="calendar"]').click();
    const shown = page.locator('[data-mini-program="calendar"]');
    await shown.waitFor();
    const count = Number(await page.locator('[data-calendar]').getAttribute('data-calendar'));
    assert.equal(await shown.locator('li[data-date]').count(), count);
    const text = await page.locator('#calendar-text').inputValue();
    for (const date of await shown.locator('li[data-date]').evaluateAll((lis) => lis.map((li) => li.dataset.date))) {
      assert.ok(text.includes(date), date);
    }
    assert.match(await shown.locator('.notice').innerText(), /复制分享链接/);
    assert.equal(downloads, 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    await screenshot(page, 'calendar-mini-program-360');
  }, { viewport: VIEWPORTS.wechat, userAgent: WECHAT_UA });
});
