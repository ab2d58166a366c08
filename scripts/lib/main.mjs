// Whether a module is the program node was asked to run, and running it with a sentence on failure.
//
//   import { runMain } from './lib/main.mjs';
//   await runMain(import.meta.url, 'sw', 'what to do when it fails', async () => { ... });
//
// `import.meta.url` is a file URL, percent-encoded (a space is %20, 张 is %E5%BC%A0), while
// process.argv[1] is the raw path: comparing the two as strings fails in a checkout whose path has
// a space or Chinese characters (a home folder such as /home/张伟/), and the script silently does
// nothing. Both are turned into real paths first.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const real = (p) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** True when the module at `moduleUrl` (its `import.meta.url`) is the script node runs. */
export function isMain(moduleUrl) {
  const script = process.argv[1];
  if (!script) return false;
  return real(fileURLToPath(moduleUrl)) === real(script);
}

/**
 * Runs `main` when the module is the script node runs; a thrown error ends the process with
 * status 1 and two lines on standard error: what failed, and what to do.
 */
export async function runMain(moduleUrl, name, hint, main) {
  if (!isMain(moduleUrl)) return;
  try {
    await main();
  } catch (error) {
    console.error(`${name}: FAILED: ${error?.message ?? error}`);
    console.error(`${name}:   what to do: ${hint}`);
    process.exitCode = 1;
  }
}
