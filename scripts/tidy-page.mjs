// Takes the developers' comments out of a built page (issue 22: every byte of index.html is in
// the first load): `/* … */` in its inline stylesheet, with the blank space around lines;
// whole-line `// …` comments in its inline scripts; `<!-- … -->` in its markup. The sources keep
// them (index.html, styles/app.css). Nothing else changes: no rule, no statement, no element.
// Run by the Trunk post-build hook (scripts/post-build.sh) on the staging index.html. With
// --scripts it minifies the page's inline scripts instead (`minifyPageScripts`), as
// scripts/build.sh does last on index.html.
//
//   node scripts/tidy-page.mjs [--scripts] <page.html>

import { runMain } from './lib/main.mjs';
import { readFile, writeFile } from 'node:fs/promises';

/** A stylesheet without its comments, each run of blank space that holds a line break one. */
export function tidyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

/** A script without the lines that are only a `//` comment. */
export function tidyScript(js) {
  return js
    .split('\n')
    .filter((line) => !/^\s*\/\/(?!#)/.test(line))
    .join('\n');
}

/** The page with its inline stylesheets and scripts tidied and its markup comments gone. */
export function tidyPage(html) {
  // Split into the inline blocks and the markup between them, so a comment marker inside a
  // script or style is never read as markup.
  const parts = html.split(/(<style[^>]*>[\s\S]*?<\/style>|<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/<!--[\s\S]*?-->\s*/g, '');
      const [, open, body, close] = part.match(/^(<[a-z]+[^>]*>)([\s\S]*?)(<\/[a-z]+>)$/);
      if (open.startsWith('<style')) return open + tidyCss(body) + close;
      // Data blocks (texts, the single file's Wasm) are not scripts: left as they are.
      if (/type="(?!module)[^"]*"/.test(open)) return part;
      return open + tidyScript(body) + close;
    })
    .join('');
}

/** The page with each of its inline scripts minified by terser (the options of the JS glue,
 *  scripts/minify-glue.mjs; a classic script keeps its top-level names, which the page's other
 *  scripts may call): statements shortened, locals renamed, blank space gone. Data blocks (a
 *  `type` other than module) are left as they are. scripts/build.sh runs it on the finished
 *  index.html, after the loader scripts are in (scripts/two-programs.mjs reads Trunk's loader as
 *  Trunk wrote it, so the post-build hook does not minify). */
export async function minifyPageScripts(html) {
  const { minify } = await import('terser');
  const { OPTIONS } = await import('./minify-glue.mjs');
  const parts = html.split(/(<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>)/);
  for (let i = 1; i < parts.length; i += 2) {
    const [, open, body, close] = parts[i].match(/^(<script[^>]*>)([\s\S]*?)(<\/script>)$/);
    const module = /\stype="module"/.test(open);
    if ((!module && /\stype=/.test(open)) || !body.trim()) continue;
    // (A copy each time: terser writes into the options it is given.)
    const out = await minify(body, { ...structuredClone(OPTIONS), module, toplevel: module });
    if (!out.code) throw new Error(`terser returned nothing for the script ${open}`);
    parts[i] = open + out.code + close;
  }
  return parts.join('');
}

await runMain(import.meta.url, 'tidy-page', 'give it the built index.html (scripts/post-build.sh runs it inside Trunk)', async () => {
  const scripts = process.argv.includes('--scripts');
  const [page] = process.argv.slice(2).filter((a) => a !== '--scripts');
  if (!page) throw new Error('usage: node scripts/tidy-page.mjs [--scripts] <page.html>');
  const before = await readFile(page, 'utf8');
  const after = scripts ? await minifyPageScripts(before) : tidyPage(before);
  await writeFile(page, after);
  console.log(`tidy-page: ${page}: ${before.length} -> ${after.length} characters`);
});
