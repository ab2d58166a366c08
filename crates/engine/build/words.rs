//! The words of the app, one file per language (`texts/zh.toml`, `texts/en.toml`), compiled into
//! Rust by a build script. Shared by the engine's build script (the `engine` table) and the
//! app's (the `app` table).
//!
//! Each text has a dotted key (`engine.facts.location.question`) and the same key in both files.
//! A text may hold named placeholders, `{year}`. The build stops, naming the key, when a key is
//! in one language only, when a key is used nowhere in the crate's source, when a `msg!`/`say!`
//! names other arguments than its texts' placeholders (both languages together: one may leave
//! out a value the other gives), or when a text shown as it is names different placeholders in
//! the two languages. A key the source uses but the files lack is a compile error (no such
//! constant).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One text: its key below the crate's table (`facts.location.question`), Chinese, English.
pub struct Entry {
    pub key: String,
    pub zh: String,
    pub en: String,
}

/// Reads `table` (`engine` or `app`) of both language files in `dir`, checked.
pub fn load(dir: &Path, table: &str) -> Vec<Entry> {
    let mut langs = Vec::new();
    for lang in ["zh", "en"] {
        let path = dir.join(format!("{lang}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let doc: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("texts/{lang}.toml is not valid TOML: {e}"));
        let mut flat = BTreeMap::new();
        if let Some(t) = doc.get(table) {
            flatten(t, String::new(), &mut flat, lang);
        }
        langs.push(flat);
    }
    let (zh, en) = (&langs[0], &langs[1]);
    let mut problems = Vec::new();
    for key in zh.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!(
            "{table}.{key} is in texts/zh.toml but not in texts/en.toml"
        ));
    }
    for key in en.keys().filter(|k| !zh.contains_key(*k)) {
        problems.push(format!(
            "{table}.{key} is in texts/en.toml but not in texts/zh.toml"
        ));
    }
    let mut out = Vec::new();
    for (key, z) in zh {
        let Some(e) = en.get(key) else { continue };
        out.push(Entry {
            key: key.clone(),
            zh: z.clone(),
            en: e.clone(),
        });
    }
    assert!(problems.is_empty(), "texts: {}", problems.join("\n"));
    out
}

fn flatten(v: &toml::Value, prefix: String, out: &mut BTreeMap<String, String>, lang: &str) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                assert!(
                    ident_ok(k),
                    "texts/{lang}.toml: key {prefix}{k} must be lower-case letters, digits and _ and not start with a digit"
                );
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(v, key, out, lang);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix, s.clone());
        }
        other => panic!(
            "texts/{lang}.toml: {prefix} must be a string, not {}",
            other.type_str()
        ),
    }
}

fn ident_ok(k: &str) -> bool {
    !k.is_empty()
        && !k.starts_with(|c: char| c.is_ascii_digit())
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&k)
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The named placeholders of a text: `{name}` with a lower-case identifier inside.
pub fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let name = &rest[..close];
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// Whether a key's words stay compiled into the program in every build: the few the app shows
/// before (or instead of) the per-language texts file, under a `boot` table (`app.boot.*`,
/// `engine.boot.*`). Every other text is in the texts files.
pub fn is_boot(key: &str) -> bool {
    key.split('.').next() == Some("boot")
}

/// The sections of the texts files the lighter program shows (the start page, the questions and
/// their answers' errors, the notices, the live summary, the page's frame and the handover page):
/// their texts come first in the data file and make each language's first file,
/// `texts-<lang>-<hash>.txt`, the one a visit fetches with the lighter program; the rest (the
/// review and results pages, the cards, planning ahead, the clause texts, the parameters' names)
/// is `texts-rest-<lang>-<hash>.txt`, which the whole program reads as well. The lighter program
/// reports a text it asks for that is not in its file (a console error, which fails every E2E
/// journey through it).
#[allow(dead_code)]
pub const FIRST_PART: &[&str] = &[
    "engine.facts.",
    "engine.input.",
    "engine.questions.",
    "engine.examples.",
    "engine.eval.consistency.",
    "engine.link.",
    "engine.profile.",
    "engine.meta.",
    "app.app.",
    "app.start.",
    "app.wizard.",
    "app.field.",
    "app.live.",
    "app.notice.",
    "app.header.",
    "app.format.",
    "app.punct.",
    "app.state.",
    "app.browser.",
    "app.handoff.",
    "app.step_change.",
    // Single texts of the whole program's tables the lighter program shows too: the handover
    // page's headings, the start page's import button, and the one refusal of an answers file
    // the lighter program makes itself (too large to read; the whole program reads the rest).
    "engine.document.load.too_large",
    "app.review.review_your_answers",
    "app.results.your_results",
    "app.results.import_answers_json_file",
];

/// Whether the text under `key` of `table` (`engine`, `app`) is in the first texts file
/// ([`FIRST_PART`]: a section, ending in `.`, or one key).
#[allow(dead_code)]
pub fn in_first_part(table: &str, key: &str) -> bool {
    let full = format!("{table}.{key}");
    FIRST_PART.iter().any(|p| {
        if p.ends_with('.') {
            full.starts_with(p)
        } else {
            full == *p
        }
    })
}

/// The id of a text: 64-bit FNV-1a over the Chinese, a 0xFF byte (never in UTF-8) and the
/// English (`text::text_id` in the engine computes the same).
pub fn text_id(zh: &str, en: &str) -> u64 {
    let h = super::fnv::feed(super::fnv::START, zh.as_bytes());
    super::fnv::feed(super::fnv::feed(h, &[0xff]), en.as_bytes())
}

/// Where generated code needs a text's number in the texts files, which is known only once
/// every text of the build is (the data file lists them sorted): a marker that [`resolve`]
/// replaces.
pub fn marker(zh: &str, en: &str) -> String {
    format!("TEXT#{:016x}#", text_id(zh, en))
}

/// Replaces every [`marker`] in `code` by the text's number (`number` of its id).
pub fn resolve(code: &str, number: &dyn Fn(u64) -> usize) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("TEXT#") {
        out.push_str(&rest[..at]);
        let id = &rest[at + 5..at + 21];
        assert_eq!(&rest[at + 21..at + 22], "#", "a damaged text marker");
        let id = u64::from_str_radix(id, 16).expect("a text marker holds 16 hex digits");
        write!(out, "{}", number(id)).unwrap();
        rest = &rest[at + 22..];
    }
    out.push_str(rest);
    out
}

/// The Rust module of the texts: one `Text` constant per key, in nested modules that mirror
/// the key (`facts.location.question` is `words::facts::location::question`). `engine` is the
/// path of the engine crate: its `text_entry!` keeps only the text's number in the texts files
/// in the browser build (a [`marker`] until [`resolve`]d) and both languages' words otherwise; a
/// boot key's words are always compiled in.
pub fn module(entries: &[Entry], engine: &str) -> String {
    module_with(entries, engine, &is_boot)
}

/// As [`module`], with every text whose key `inline` accepts compiled in as words (the staff
/// workbench's table, whose words never go to the public texts files).
pub fn module_with(entries: &[Entry], engine: &str, inline: &dyn Fn(&str) -> bool) -> String {
    #[derive(Default)]
    struct Node {
        leaves: Vec<(String, String)>,
        children: BTreeMap<String, Node>,
    }
    let mut root = Node::default();
    for e in entries {
        let mut parts: Vec<&str> = e.key.split('.').collect();
        let leaf = parts.pop().expect("a key has a leaf");
        let mut node = &mut root;
        for p in parts {
            node = node.children.entry(p.to_string()).or_default();
        }
        let value = if inline(&e.key) {
            format!("{engine}::text::Text::new({:?}, {:?})", e.zh, e.en)
        } else {
            format!(
                "{engine}::text_entry!({}, {:?}, {:?})",
                marker(&e.zh, &e.en),
                e.zh,
                e.en
            )
        };
        node.leaves.push((leaf.to_string(), value));
    }
    fn write(node: &Node, depth: usize, out: &mut String, engine: &str) {
        let pad = "    ".repeat(depth);
        for (leaf, value) in &node.leaves {
            writeln!(
                out,
                "{pad}pub const {leaf}: {engine}::text::Text = {value};"
            )
            .unwrap();
        }
        for (name, child) in &node.children {
            writeln!(out, "{pad}pub mod {name} {{").unwrap();
            write(child, depth + 1, out, engine);
            writeln!(out, "{pad}}}").unwrap();
        }
    }
    let mut out = String::from(
        "// Written by the build script from texts/zh.toml and texts/en.toml: do not edit.\n",
    );
    write(&root, 0, &mut out, engine);
    out
}

/// How a key is used in the source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `t!(key)`: a text shown as it is.
    Inline,
    /// `msg!(key, name = value, …)`: filled with values.
    Message,
}

/// One use of a key in the source.
pub struct Use {
    pub kind: Kind,
    pub key: String,
    /// For `msg!`: the names of the arguments given.
    pub args: BTreeSet<String>,
    pub at: String,
}

/// Every `t!(…)`, `msg!(…)` and `say!(…)` naming a key in the `.rs` files under `dir` (comment
/// lines skipped).
pub fn uses(dir: &Path) -> Vec<Use> {
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    let mut out = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for (mac, kind) in [
            ("t!(", Kind::Inline),
            ("msg!(", Kind::Message),
            ("say!(", Kind::Message),
        ] {
            let mut at = 0;
            while let Some(found) = text[at..].find(mac) {
                let start = at + found;
                at = start + mac.len();
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..start].trim_start().starts_with("//")
                    || text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                let mut rest = text[at..].trim_start();
                if mac == "say!(" {
                    // `say!(lang, key, …)`: the key follows the language.
                    rest = rest.split_once(',').map_or("", |(_, r)| r.trim_start());
                }
                // The key, which rustfmt may break across lines at its dots.
                let taken: String = rest
                    .chars()
                    .take_while(|c| {
                        c.is_ascii_alphanumeric() || "_.".contains(*c) || c.is_whitespace()
                    })
                    .collect();
                let key: String = taken.chars().filter(|c| !c.is_whitespace()).collect();
                if key.is_empty() || key.starts_with(|c: char| c.is_ascii_digit()) {
                    // `macro_rules! t` itself, or a literal form: not a key.
                    continue;
                }
                let line_no = text[..start].matches('\n').count() + 1;
                let args = if kind == Kind::Message {
                    arg_names(&rest[taken.len()..])
                } else {
                    BTreeSet::new()
                };
                out.push(Use {
                    kind,
                    key,
                    args,
                    at: format!("{}:{line_no}", path.display()),
                });
            }
        }
    }
    out
}

/// The argument names of a `msg!` after its key: `, name = value, other)` or `, name)`.
fn arg_names(s: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut in_str = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if in_str {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                push_name(&current, &mut names);
                break;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                push_name(&current, &mut names);
                current.clear();
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            current.push(c);
        }
    }
    names
}

fn push_name(arg: &str, names: &mut BTreeSet<String>) {
    let name: String = arg
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if !name.is_empty() {
        names.insert(name);
    }
}

/// The placeholders of a text in either language.
fn all_placeholders(e: &Entry) -> BTreeSet<String> {
    placeholders(&e.zh)
        .union(&placeholders(&e.en))
        .cloned()
        .collect()
}

/// Checks the uses against the texts: every key used, every key known, every `msg!` naming
/// exactly its text's placeholders.
pub fn check(table: &str, entries: &[Entry], uses: &[Use]) {
    let by_key: BTreeMap<&str, &Entry> = entries.iter().map(|e| (e.key.as_str(), e)).collect();
    let mut problems = Vec::new();
    for u in uses {
        let Some(e) = by_key.get(u.key.as_str()) else {
            problems.push(format!(
                "{}: {table}.{} is not in texts/zh.toml and texts/en.toml",
                u.at, u.key
            ));
            continue;
        };
        match u.kind {
            // A message may leave out in one language what the other says (the English adds
            // the amount in yuan to a 万元 figure); together they name exactly its arguments.
            Kind::Message if u.args != all_placeholders(e) => problems.push(format!(
                "{}: {}'s arguments are {:?}, but its texts' placeholders are {:?}",
                u.at,
                u.key,
                u.args,
                all_placeholders(e)
            )),
            // A text shown as it is (a question's `{year}`, filled by the app) names the same
            // placeholders in both languages.
            Kind::Inline if placeholders(&e.zh) != placeholders(&e.en) => problems.push(format!(
                "{table}.{}: the placeholders differ: zh has {:?}, en has {:?}",
                u.key,
                placeholders(&e.zh),
                placeholders(&e.en)
            )),
            _ => {}
        }
    }
    let used: BTreeSet<&str> = uses.iter().map(|u| u.key.as_str()).collect();
    for e in entries {
        if !used.contains(e.key.as_str()) {
            problems.push(format!(
                "{table}.{} is in texts/zh.toml and texts/en.toml but no t!, msg! or say! uses it: remove it from both files",
                e.key
            ));
        }
    }
    assert!(problems.is_empty(), "texts: {}", problems.join("\n"));
}

/// Every `.rs` file under `dir`, into `files` (unsorted).
pub fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
    {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
}
