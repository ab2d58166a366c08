// Writes the single-file edition of a build: dist/standalone/yinchuan-policy-calculator.html, one
// self-contained page (the CSS, the JS glue, the Wasm and the long texts inline) that staff can
// copy to a USB stick, e-mail or double-click: it runs from file:// with no server and no network.
//
//   node scripts/standalone.mjs dist
//
// The Wasm is inlined as base64, uncompressed: compressing it inside the file would need
// DecompressionStream, which Safari has only from 16.4, below the supported floor (docs/deploy.md).

import { runMain } from './lib/main.mjs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REGISTRATION_PATTERN } from './sw.mjs';

export const STANDALONE = path.join('standalone', 'yinchuan-policy-calculator.html');
/** The staff workbench's single file, beside the calculator's (its "back" link opens that one). */
export const STAFF_STANDALONE = path.join('standalone', 'yinchuan-policy-workbench.html');

/** Makes `text` safe inside a <script> or <style> element. */
function inert(text) {
  return text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The calculator's public address for the single file's share links and QR code (the build
 * setting `YC_PUBLIC_URL`, docs/deploy.md): an http(s) address without a fragment, or nothing.
 * Without it the single file's links are file:// links, and the app says they open only on the
 * computer that has the file.
 */
export function publicUrl(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`standalone: YC_PUBLIC_URL is not an address: ${value}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.hash) {
    throw new Error(`standalone: YC_PUBLIC_URL must be an http(s) address without a #fragment: ${value}`);
  }
  return url.href;
}

/**
 * The names the build wrote into index.html's `<meta name="yc-boot" data-…>` (src/keys.rs), as
 * `{ settings, profile, …, 'texts-zh', 'inline-zh', … }`.
 */
export function bootNames(html) {
  const tag = html.match(/<meta name="yc-boot"([^>]*)>/);
  if (!tag || !tag[1].includes('data-')) throw new Error('the page has no <meta name="yc-boot" data-…> (the build writes it: scripts/post-build.sh)');
  return Object.fromEntries([...tag[1].matchAll(/ data-([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/**
 * index.html without the loader of its program(s): Trunk's module script, or, in a build with two
 * programs, the two scripts of scripts/two-programs.mjs (`data-programs`). The single file
 * carries the whole program and starts it itself.
 */
function withoutLoader(html) {
  const programs = /<script[^>]* data-programs="[a-z]+">[\s\S]*?<\/script>/g;
  if (programs.test(html)) return html.replace(programs, '');
  return html.replace(/<script type="module">[\s\S]*?<\/script>/, '');
}

export async function buildStandalone(dist, { publicAddress = publicUrl(process.env.YC_PUBLIC_URL), out = path.join(dist, STANDALONE) } = {}) {
  const files = await readdir(dist);
  const pick = (re) => {
    const found = files.filter((f) => re.test(f));
    if (found.length !== 1) throw new Error(`standalone: expected one file like ${re} in ${dist}, found ${found.join(', ') || 'none'}`);
    return found[0];
  };
  const glue = await readFile(path.join(dist, pick(/^yc-calculator-[0-9a-f]+\.js$/)), 'utf8');
  const wasm = await readFile(path.join(dist, pick(/^yc-calculator-[0-9a-f]+_bg\.wasm$/)));
  let html = await readFile(path.join(dist, 'index.html'), 'utf8');
  // The texts of both languages (one file each on the web), inline: the files and the blocks'
  // ids as the build named them in the page's boot tag (src/keys.rs).
  const boot = bootNames(html);
  const texts = await textsOf(dist, boot);


  // Head (the stylesheet is inline already): no preload of files that are not there; the edition
  // named.
  if (!/<style>[\s\S]*?<\/style>/.test(html)) throw new Error('standalone: index.html has no inline stylesheet');
  html = html.replace(/<link rel="(?:preload|modulepreload)"[^>]*>/g, '');
  // The whole program's stylesheet (styles/results.css, a file on the web: Trunk links it, or, once
  // scripts/two-programs.mjs has run, its loader adds it) inline after the questionnaire's.
  const results = await readFile(path.join(dist, pick(/^results-[0-9a-f]+\.css$/)), 'utf8');
  html = html.replace(/\s*<link rel="stylesheet" href="[^"]*?results-[0-9a-f]+\.css"[^>]*>/, '');
  if (!html.includes('</head>')) throw new Error('standalone: index.html has no </head>');
  html = html.replace('</head>', () => `<style>${results.replace(/<\/style/gi, '<\\/style')}</style>\n</head>`);
  html = withoutLoader(html);
  html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="yc-edition" content="standalone">');
  if (publicAddress) {
    const attr = publicAddress.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    html = html.replace('<meta name="yc-edition" content="standalone">', `<meta name="yc-edition" content="standalone">\n  <meta name="yc-public-url" content="${attr}">`);
  }
  // The prerendered start page names this edition, as the app's own first render will
  // (src/components/start.rs): the page that shows before the app has started is the same.
  const webEdition = '<p data-edition="web" class="edition">在线版 · ';
  if (!html.includes(webEdition)) throw new Error(`standalone: the prerendered start page has no ${webEdition}`);
  html = html.replace(webEdition, '<p data-edition="standalone" class="edition">单文件版（无需网络，可复制到U盘） · ');
  // The prerendered link to the staff workbench goes (a file points at no file); the app's own
  // render links the workbench's single file beside this one (src/components/app.rs).
  html = html.replace(/<p><a href="staff\.html" data-open="staff">[^<]*<\/a><\/p>/, '');
  // No manifest and no service worker from a file; the icon inline.
  html = html.replace(/<link rel="manifest"[^>]*>/, '');
  html = html.replace(REGISTRATION_PATTERN, '');
  const icon = await readFile(path.join(dist, 'icons', 'icon.svg'));
  html = html.replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}"`);
  const pointer = html.match(/(?:href|src)="(?!data:|#)[^"]+"/);
  if (pointer) throw new Error(`standalone: the page still points at a file: ${pointer[0]}`);

  html = html.replace('</body>', `${payload(boot, texts, glue, wasm)}</body>`);

  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, html);
  return { file: out, bytes: Buffer.byteLength(html) };
}

/** Every texts file the boot tag names (both languages, each in two parts: the questionnaire's
 *  and the rest), by the id of the inline block that carries it in a single file. */
async function textsOf(dist, boot) {
  const texts = {};
  for (const name of Object.keys(boot).filter((k) => /^texts-(rest-)?(zh|en)$/.test(k))) {
    texts[boot[name.replace(/^texts-/, 'inline-')]] = await readFile(path.join(dist, boot[name]), 'utf8');
  }
  if (Object.keys(texts).length !== 4) throw new Error(`standalone: the boot tag names ${Object.keys(texts).length} texts files, not 4`);
  return texts;
}

/** The scripts a single file carries before `</body>`: both languages' texts, the Wasm as
 *  base64, and the wasm-bindgen glue as a plain module body that starts the program from it. */
function payload(boot, texts, glue, wasm) {
  // The glue as a plain module body: its one export statement goes, the rest is unchanged. As
  // wasm-bindgen writes it (`export { initSync, __wbg_init as default };`) or minified
  // (scripts/minify-glue.mjs: `export{x as initSync,O as default};`): the start function is the
  // one exported as `default`.
  const exportLine = /(?:^|;|\})\s*export\s*\{\s*(?:initSync|[\w$]+ as initSync)\s*,\s*([\w$]+) as default\s*\};?\s*$/;
  const found = glue.match(exportLine);
  if (!found) throw new Error('standalone: the wasm-bindgen glue has an unexpected export line');
  if (/^import[\s{*]/m.test(glue)) throw new Error('standalone: the wasm-bindgen glue imports other files (snippets); inline them first');
  const body = glue.slice(0, found.index) + found[0].slice(0, found[0].indexOf('export')).trimEnd();
  const start = `
const wasmBytes = Uint8Array.from(atob(document.getElementById('yc-wasm').textContent.trim()), (c) => c.charCodeAt(0));
await ${found[1]}({ module_or_path: wasmBytes });
`;
  const blocks = Object.entries(texts).map(([id, words]) => `<script type="text/plain" id="${id}">${inert(words)}</script>`).join('\n');
  return `
${blocks}
<script type="application/octet-stream" id="yc-wasm">${wasm.toString('base64')}</script>
<script type="module">${inert(body)}${start}</script>
`;
}

/**
 * The staff workbench's single file (dist/standalone/yinchuan-policy-workbench.html): staff.html
 * with its stylesheets (inline already), its program and every texts file inline, for a staff
 * laptop with no server and no network. Its "back" link opens the calculator's single file
 * beside it (crates/staff/src/edge.rs); share links need the web edition.
 */
export async function buildStaffStandalone(dist, { out = path.join(dist, STAFF_STANDALONE) } = {}) {
  const files = await readdir(dist);
  if (!files.includes('staff.html')) return null;
  const pick = (re) => {
    const found = files.filter((f) => re.test(f));
    if (found.length !== 1) throw new Error(`standalone: expected one file like ${re} in ${dist}, found ${found.join(', ') || 'none'}`);
    return found[0];
  };
  const glue = await readFile(path.join(dist, pick(/^yc-staff-[0-9a-f]+\.js$/)), 'utf8');
  const wasm = await readFile(path.join(dist, pick(/^yc-staff-[0-9a-f]+_bg\.wasm$/)));
  // The texts files and the inline blocks' ids, as the build named them in index.html.
  const boot = bootNames(await readFile(path.join(dist, 'index.html'), 'utf8'));
  const texts = await textsOf(dist, boot);
  let html = await readFile(path.join(dist, 'staff.html'), 'utf8');
  html = html.replace(/<link rel="(?:preload|modulepreload)"[^>]*>/g, '');
  html = withoutLoader(html);
  html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="yc-edition" content="standalone">');
  // No service worker from a file.
  html = html.replace(/<script src="register-sw\.js" defer><\/script>/, '');
  const icon = await readFile(path.join(dist, 'icons', 'icon.svg'));
  html = html.replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}"`);
  const pointer = html.match(/(?:href|src)="(?!data:|#)[^"]+"/);
  if (pointer) throw new Error(`standalone: the workbench page still points at a file: ${pointer[0]}`);
  html = html.replace('</body>', `${payload(boot, texts, glue, wasm)}</body>`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, html);
  return { file: out, bytes: Buffer.byteLength(html) };
}

await runMain(import.meta.url, 'standalone', 'give it a complete Trunk build (bash scripts/build.sh makes dist/)', async () => {
  const dist = process.argv[2] ?? 'dist';
  const { file, bytes } = await buildStandalone(dist);
  console.log(`standalone: ${file} (${bytes.toLocaleString('en')} bytes)`);
  const staff = await buildStaffStandalone(dist);
  if (staff) console.log(`standalone: ${staff.file} (${staff.bytes.toLocaleString('en')} bytes)`);
});
