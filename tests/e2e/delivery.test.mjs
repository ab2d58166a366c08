// What is deployed: the release build in dist/ with its precompressed copies, served the way a
// production host should (docs/deploy.md). dist/ must never carry Trunk's development
// live-reload script, which makes a static host show WebSocket errors every few seconds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { DIST } from './harness.mjs';
import { minifyPageScripts, tidyCss, tidyPage, tidyScript } from '../../scripts/tidy-page.mjs';
import { minifyGlue } from '../../scripts/minify-glue.mjs';
import { REGISTRATION } from '../../scripts/sw.mjs';
import { startServer } from './static-server.mjs';

const COMPRESSIBLE = ['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt'];

async function builtFiles() {
  const out = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else out.push(full);
    }
  };
  await walk(DIST);
  return out;
}

test('the deployable index.html has no development live-reload script', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  for (const marker of ['__TRUNK_ADDRESS__', '__trunk', '_trunk/ws', 'live-reload', 'livereload']) {
    assert.ok(!html.includes(marker), `dist/index.html contains ${marker}`);
  }
});

test("the built pages carry no developers' comments, and tidying changes no rule or statement", async () => {
  for (const page of ['index.html', 'staff.html']) {
    const html = await readFile(path.join(DIST, page), 'utf8');
    assert.ok(!html.includes('<!--'), `${page}: a markup comment`);
    for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) assert.ok(!css.includes('/*'), `${page}: a stylesheet comment`);
    for (const [, js] of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="(?!module)[^"]*")[^>]*>([\s\S]*?)<\/script>/g)) {
      assert.ok(!/^\s*\/\/(?!#)/m.test(js), `${page}: a script comment line`);
    }
  }
  // What is taken out is comments and blank space only.
  assert.equal(tidyCss('/* a note */\n.a {\n  content: "x  /y";\n}\n\n/* b */ .b{color:red}'), '.a {\ncontent: "x  /y";\n}\n.b{color:red}');
  assert.equal(tidyScript('  // why\n  var u = "https://x"; // kept\n//# sourceURL=a'), '  var u = "https://x"; // kept\n//# sourceURL=a');
  const data = '<script type="text/plain" id="t">// data, not a comment</script>';
  assert.equal(tidyPage(`<!-- note -->\n<p>a</p>${data}<script>\n// c\ngo();\n</script>`), `<p>a</p>${data}<script>\ngo();\n</script>`);
});

test("index.html's inline scripts are minified, each keeping what the others call", async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="(?!module)[^"]*")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(scripts.length >= 3, `${scripts.length} inline scripts`);
  for (const js of scripts) assert.ok(!/\n\s/.test(js), `not minified: ${js.slice(0, 80)}`);
  // The loader (a module) calls the chooser's top-level function.
  assert.match(html, /function ycResultsSheet\(/);
  assert.match(html, /ycResultsSheet\(\)/);
  // A classic script keeps its top-level names after a module was minified (terser writes into
  // the options it is given: a module's settings must not carry over), and a data block is
  // left as it is.
  const data = '<script type="text/plain" id="t">  keep   as is </script>';
  const page = `<script type="module">const unused = 1; window.a = 2;</script><script>function ycKept() { return 1; }</script>${data}`;
  const out = await minifyPageScripts(page);
  assert.match(out, /<script>function ycKept\(\)\{return 1\}<\/script>/);
  assert.ok(out.includes(data) && !out.includes('unused'), out);
});

test('the service worker is registered once the page has loaded, so its precaching never shares the line with the first load', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.ok(!/<script[^>]*src="register-sw\.js"/.test(html), 'no registration script fetched with the page');
  assert.ok(html.includes(REGISTRATION) || /<script data-sw>addEventListener\("load"/.test(html), 'the registration waits for load');
  // And the Wasm is asked for before its glue: it takes the connection the page came on.
  assert.match(html, /\[\["preload",[a-z.]+wasm,[^\]]*\],\["modulepreload"/);
});

test("both public programs' JS glue is minified, keeping its exports and the Wasm's import names", async () => {
  const files = (await readdir(DIST)).filter((f) => /^yc-(calculator|light)-[0-9a-f]+\.js$/.test(f));
  assert.equal(files.length, 2, files.join(', '));
  for (const f of files) {
    const js = await readFile(path.join(DIST, f), 'utf8');
    assert.ok(!/^\s*\/\//m.test(js) && !/\n {4}/.test(js), `${f}: no comments, no indentation`);
    assert.match(js, /export\{[^}]* as initSync,[^}]* as default\}/, `${f}: its exports`);
    assert.ok(js.includes('__wbindgen_'), `${f}: the Wasm's import names`);
    // Minifying it again changes nothing of note: it is minified already.
    assert.ok((await minifyGlue(js)).length >= js.length * 0.97, `${f} is minified`);
  }
});

test('every text and Wasm file has .gz and .br copies with the same bytes', async () => {
  const files = (await builtFiles()).filter((f) => COMPRESSIBLE.includes(path.extname(f)));
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'the Wasm is among them');
  for (const file of files) {
    const raw = await readFile(file);
    assert.deepEqual(gunzipSync(await readFile(`${file}.gz`)), raw, `${file}.gz`);
    assert.deepEqual(brotliDecompressSync(await readFile(`${file}.br`)), raw, `${file}.br`);
  }
});

/** GET `pathname` with the given Accept-Encoding; resolves to { status, headers, length }. */
function get(origin, pathname, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(pathname, origin), { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      let length = 0;
      res.on('data', (c) => (length += c.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, length }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the server sends the precompressed copies, the right types and the right caching', async () => {
  const server = await startServer({ root: DIST });
  try {
    const wasm = path.basename((await builtFiles()).find((f) => f.endsWith('.wasm')));
    const raw = (await readFile(path.join(DIST, wasm))).length;

    const br = await get(server.origin, `/${wasm}`, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'application/wasm');
    assert.match(br.headers['cache-control'], /immutable/);
    assert.match(br.headers.vary, /Accept-Encoding/);
    assert.ok(br.length < raw / 2, `brotli ${br.length} bytes of ${raw}`);

    const gz = await get(server.origin, `/${wasm}`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');

    const plain = await get(server.origin, `/${wasm}`, '');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.length, raw);

    const index = await get(server.origin, '/', 'br');
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['cache-control'], 'no-cache');
    assert.equal(index.headers['content-encoding'], 'br');
  } finally {
    await server.close();
  }
});
