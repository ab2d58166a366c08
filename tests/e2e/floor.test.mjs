// The browser-floor check of the build (scripts/check-floor.mjs): the shipped Wasm and JS fit
// Chromium 96 and Safari 15, and the check does fail, naming the file and the feature, on a module
// or a script that needs something newer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST } from './harness.mjs';
import { checkBuild, jsProblem, wasmProblem } from '../../scripts/check-floor.mjs';

test('the build fits the floor', () => {
  assert.deepEqual(checkBuild(DIST), []);
});

test('a module that uses SIMD is refused, and the message names it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yc-floor-test-'));
  try {
    const wat = path.join(dir, 'simd.wat');
    const wasm = path.join(dir, 'simd.wasm');
    writeFileSync(wat, '(module (func (export "f") (result v128) (v128.const i32x4 1 2 3 4)))');
    execFileSync('wasm-as', ['--enable-simd', wat, '-o', wasm]);
    const why = wasmProblem(wasm);
    assert.ok(why, 'refused');
    assert.match(why, /^needs simd: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('script syntax newer than ES2021 is refused; top-level await only in modules', () => {
  assert.equal(jsProblem('const a = b?.c ?? 1; x ||= y;'), null);
  assert.match(jsProblem('class A { static { init(); } }'), /Unexpected token/);
  assert.equal(jsProblem('await start();', { module: true }), null);
  assert.ok(jsProblem('await start();'));
});
