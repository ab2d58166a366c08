// The strict Content-Security-Policy for a build: every inline <script> and <style> of index.html
// allowed by its SHA-256 hash, nothing else inline (no style attribute), nothing from another
// origin. Prints the header value;
// the test server sends it with every response (tests/e2e/static-server.mjs), and docs/deploy.md
// shows how a host sets it.
//
//   node scripts/csp.mjs dist

import { runMain } from './lib/main.mjs';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The hashes ('sha256-…') of the inline scripts of an HTML text. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The hashes ('sha256-…') of the inline stylesheets (`<style>`) of an HTML text. */
export function inlineStyleHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The policy for the pages in `dist`: index.html and, where built, the staff workbench's
 *  staff.html (one policy serves both, so either page's inline scripts are allowed by hash). */
export function contentSecurityPolicy(dist) {
  const html = ['index.html', 'staff.html']
    .map((name) => path.join(dist, name))
    .filter((file, i) => i === 0 || existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(' '),
    ["style-src 'self'", ...inlineStyleHashes(html)].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

await runMain(import.meta.url, 'csp', 'give it a built directory with its index.html (bash scripts/build.sh makes dist/)', () => {
  console.log(contentSecurityPolicy(process.argv[2] ?? 'dist'));
});
