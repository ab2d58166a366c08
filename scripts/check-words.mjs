#!/usr/bin/env node
// Words live in texts/zh.toml and texts/en.toml, not in Rust: this check fails, naming file and
// line, when the Rust source of the engine or the app (tests aside) holds a string literal with
// Chinese characters, the sign that a sentence was written into code instead of the texts files.
// The exceptions below are not sentences a translator edits: policy quotations and citations,
// which stay in the language of the policy, the parsers' and formatters' units (万, 亿, 元), the
// two language names of the language switch, and files made for maintainers in both languages
// at once. Each names its file, what it matches, and why.
//
//   node scripts/check-words.mjs            # exit 1 and a list when a sentence is in code
//
// docs/contributing.md says where a new sentence goes.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['crates/engine/src', 'src'];
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;

/** [file (relative to the repository), test on the line, why it is not a sentence to translate] */
const ALLOWED = [
  ['crates/engine/src/catalogue.rs', /^\s*quote:/, 'the policy text quoted verbatim'],
  ['crates/engine/src/national.rs', /^\s*basis:|^\s*"国科发/, 'citations of the national documents'],
  ['crates/engine/src/national.rs', /"\{\}(亿|万)"/, 'a threshold written in the units of the text'],
  ['crates/engine/src/input.rs', /^\s*"(十|百|千|万|亿|十万|百万|千万|十亿|百亿|千亿|万亿)" =>/, 'the Chinese number units the parser reads'],
  ['crates/engine/src/input.rs', /"\{\}万"|"\{\}万元"|"\{grouped\}元"|"1万亿/, 'amounts written with their unit'],
  ['crates/engine/src/eval/next.rs', /"\{m\}月\{d\}日"|join\("、"\)/, 'dates in Chinese notation, listed'],
  ['crates/engine/src/examples.rs', /^\s*fragment: "v=1&/, 'an example enterprise as a share link, its amounts in 万'],
  ['crates/engine/src/profile.rs', /"不确定"|"是"|"否"/, 'answers the parser accepts typed in Chinese'],
  ['crates/engine/src/list/headers.rs', /^\s*\("[^"]*", (Target::|Some\(MoneyUnit|None\))|^\s*MoneyUnit::\w+ => "(元|万|亿)",/, 'column headers as enterprise lists write them, and their units: data the reader matches'],
  ['crates/engine/src/list/cells.rs', /"不确定"|^\s*"(是|否)" \|/, 'answers a list\'s cells hold, accepted as written'],
  ['crates/engine/src/list/xlsx.rs', /"是" \} else \{ "否" \}/, 'an Excel TRUE/FALSE cell as the yes/no a list writes'],
  ['crates/engine/src/params/file.rs', /降低软件开发类企业的支持额度|银科发〔2027〕5号/, 'a maintainer-facing check of the parameters file quoting the text'],
  ['crates/engine/src/document/fields.rs', /\| 中文 \|/, 'the column heading of the data contract\'s table, written in both languages at once'],
  ['src/components/card.rs', /"「\{\}」"/, 'the corner brackets around a Chinese quotation of the policy'],
  ['src/components/field.rs', /"\{\}元"/, 'an amount written with its unit, to be read back by the parser'],
  ['src/components/header.rs', /"English"|"中文"/, 'each language named in itself on the language switch'],
  ['src/components/start.rs', /"银川市科技型企业政策计算器"/, 'the app\'s Chinese name, shown in both languages (lang="zh-CN")'],
  ['crates/staff/src/state/guideline.rs', /指南参数草稿（未发布）/, 'the draft-guideline file for maintainers, in both languages at once'],
];

function* rustFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'tests') yield* rustFiles(p);
    } else if (name.endsWith('.rs') && name !== 'tests.rs') {
      yield p;
    }
  }
}

/** The string literals of one line (plain and raw), as their source text. */
function literals(line) {
  const out = [];
  const re = /r#*"|"/g;
  let m;
  while ((m = re.exec(line))) {
    const open = m[0];
    const hashes = open.length - 2 >= 0 && open.startsWith('r') ? open.length - 2 : 0;
    const close = '"' + '#'.repeat(hashes);
    let i = m.index + open.length;
    let end = -1;
    while (i < line.length) {
      if (!open.startsWith('r') && line[i] === '\\') {
        i += 2;
        continue;
      }
      if (line.startsWith(close, i)) {
        end = i;
        break;
      }
      i += 1;
    }
    if (end < 0) {
      out.push(line.slice(m.index));
      break;
    }
    out.push(line.slice(m.index, end + close.length));
    re.lastIndex = end + close.length;
  }
  return out;
}

const problems = [];
for (const dir of DIRS) {
  for (const file of rustFiles(path.join(ROOT, dir))) {
    const rel = path.relative(ROOT, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    let inString = false;
    for (const [i, line] of lines.entries()) {
      // Tests sit at the end of a file, after `#[cfg(test)]`.
      if (/^#\[cfg\(test\)\]/.test(line)) break;
      const trimmed = line.trim();
      if (!inString && trimmed.startsWith('//')) continue;
      // A literal that runs over several lines is checked line by line.
      const text = inString ? '"' + line : line;
      const found = literals(text).filter((l) => CJK.test(l));
      const quotes = (text.replace(/\\./g, '').match(/"/g) ?? []).length;
      inString = quotes % 2 === 1;
      if (found.length === 0) continue;
      const allowed = ALLOWED.some(([f, test]) => f === rel && test.test(line));
      if (!allowed) problems.push(`${rel}:${i + 1}: ${found[0].slice(0, 60)}`);
    }
  }
}

if (problems.length) {
  console.log(problems.join('\n'));
  console.log(
    `check-words: ${problems.length} Chinese string literal(s) in Rust: put the words in texts/zh.toml and texts/en.toml under a key and use t!/msg!/say! (docs/contributing.md), or, if it is not a sentence to translate, add it with its reason to ALLOWED in scripts/check-words.mjs`,
  );
  process.exit(1);
}
console.log('check-words: every sentence of the engine and the app is in texts/zh.toml and texts/en.toml');
