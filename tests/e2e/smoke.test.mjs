// Smoke test of the built app: it loads from dist/ on a loopback server, mounts, shows its
// title, and does nothing a healthy page never does (see guardPage in harness.mjs).
// Screenshots go to target/screenshots/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_TITLE, VIEWPORTS, openPage, screenshot, sharedApp, waitForApp } from './harness.mjs';

const app = sharedApp();

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the app mounts and shows its title (${name}, ${viewport.width}x${viewport.height})`, async () => {
    const { page, guard, close } = await openPage(app, viewport);
    try {
      await waitForApp(page, { guard });
      assert.equal(await page.title(), APP_TITLE);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `smoke-${viewport.width}x${viewport.height}`);
      guard.assertClean();
    } finally {
      await close();
    }
  });
}
