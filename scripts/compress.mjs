// Writes a gzip (.gz, level 9) and a brotli (.br, quality 11) copy beside every text and Wasm file
// of a build, for servers that send precompressed files (nginx gzip_static / brotli_static,
// Caddy's precompressed, the E2E test server). Run after `trunk build`; it rewrites stale copies.
//
//   node scripts/compress.mjs dist

import { runMain } from './lib/main.mjs';
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The kinds of file worth compressing: text and Wasm (images and fonts are compressed already). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest', '.map']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

export async function compressTree(root) {
  const written = [];
  for await (const file of files(root)) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    const data = await readFile(file);
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    await writeFile(`${file}.gz`, gz);
    await writeFile(`${file}.br`, br);
    written.push({ file: path.relative(root, file), raw: data.length, gz: gz.length, br: br.length });
  }
  return written;
}

await runMain(import.meta.url, 'compress', 'give it a built directory (bash scripts/build.sh makes dist/) on a disk with room', async () => {
  const root = process.argv[2] ?? 'dist';
  if (!(await stat(root).catch(() => null))?.isDirectory()) throw new Error(`${root} is not a directory`);
  const written = await compressTree(root);
  for (const w of written) console.log(`compress: ${w.file}  ${w.raw} -> gzip ${w.gz}, brotli ${w.br}`);
});
