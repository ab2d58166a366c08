// Manual look-around (not a test): screenshots of the main page states in both languages and
// widths into target/screenshots/look-*.png. Run: node tests/e2e/look.mjs
import { startApp, openPage, waitForApp, screenshot, VIEWPORTS } from './harness.mjs';

const app = await startApp();
try {
  for (const [vname, vp] of Object.entries(VIEWPORTS)) {
    for (const lang of ['zh', 'en']) {
      const { page, close } = await openPage(app, vp);
      await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
      await page.reload();
      await waitForApp(page);
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await screenshot(page, `look-${vname}-${lang}-start`);
      await page.locator('[data-example="new-materials-pilot"]').click();
      await page.locator('.results').waitFor();
      await screenshot(page, `look-${vname}-${lang}-results`);
      await page.getByRole('button', { name: /修改回答|Change answers/ }).click();
      await screenshot(page, `look-${vname}-${lang}-review`);
      await page.getByRole('button', { name: /上一步|Back/ }).first().click();
      await screenshot(page, `look-${vname}-${lang}-step`);
      await close();
    }
  }
} finally {
  await app.close();
}
