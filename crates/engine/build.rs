//! Checks `policy/parameters.toml` and compiles it into the engine (`$OUT_DIR/parameters.rs`), so
//! the browser never parses the file. A problem in the file stops the build with its file, line,
//! parameter and cause.

#[path = "src/params/file.rs"]
mod file;
#[path = "src/fnv.rs"]
mod fnv;

use std::fmt::Write as _;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = std::path::Path::new(&manifest).join("../../policy/parameters.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=src/params/file.rs");
    println!("cargo:rerun-if-changed=src/fnv.rs");
    content_hash(std::path::Path::new(&manifest));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let checked = match file::check("policy/parameters.toml", &text) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                println!("cargo:warning={p}");
            }
            let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("policy/parameters.toml has problems:\n{}", all.join("\n"));
        }
    };
    let mut out = String::new();
    // The long texts (`tx!`): the parameters' names and the clause texts generated here, and
    // every `tx!` in the engine's source, read by `texts::scan`.
    let mut texts: Vec<(String, String)> = Vec::new();
    let hash = fnv1a(text.as_bytes());
    writeln!(out, "/// The `version` of policy/parameters.toml.").unwrap();
    writeln!(out, "pub const FILE_VERSION: &str = {:?};", checked.version).unwrap();
    writeln!(
        out,
        "/// A 64-bit FNV-1a hash of policy/parameters.toml, as 16 hex digits."
    )
    .unwrap();
    writeln!(out, "pub const FILE_HASH: &str = \"{hash:016x}\";").unwrap();
    writeln!(
        out,
        "/// Every parameter of policy/parameters.toml, in file order."
    )
    .unwrap();
    writeln!(out, "pub static DEFS: &[Def] = &[").unwrap();
    for p in &checked.parameters {
        let unit = match p.unit {
            file::UnitName::Yuan => "Unit::Yuan",
            file::UnitName::Percent => "Unit::Percent",
            file::UnitName::MonthDays => "Unit::MonthDays",
            file::UnitName::Count | file::UnitName::Bands => {
                unreachable!("the file check keeps these units to thresholds")
            }
        };
        writeln!(
            out,
            "    Def {{ id: {:?}, name: crate::tx!({:?}, {:?}), unit: {unit}, clause: {:?}, values: &[",
            p.id, p.zh, p.en, p.clause
        )
        .unwrap();
        texts.push((p.zh.clone(), p.en.clone()));
        for v in &p.values {
            let (y, m, d) = v.from;
            writeln!(
                out,
                "        Dated {{ from: Date::known({y}, {m}, {d}), value: {:?}, source: {:?} }},",
                v.value, v.source
            )
            .unwrap();
        }
        writeln!(out, "    ] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(
        out,
        "/// Every threshold of policy/parameters.toml (`[[threshold]]`), in file order."
    )
    .unwrap();
    writeln!(out, "pub static THRESHOLDS: &[ThresholdDef] = &[").unwrap();
    for p in &checked.thresholds {
        let unit = match p.unit {
            file::UnitName::Yuan => "ThresholdUnit::Yuan",
            file::UnitName::Percent => "ThresholdUnit::Percent",
            file::UnitName::Count => "ThresholdUnit::Count",
            file::UnitName::Bands => "ThresholdUnit::Bands",
            file::UnitName::MonthDays => {
                unreachable!("the file check keeps month_days to guideline parameters")
            }
        };
        writeln!(
            out,
            "    ThresholdDef {{ id: {:?}, name: crate::tx!({:?}, {:?}), unit: {unit}, values: &[",
            p.id, p.zh, p.en
        )
        .unwrap();
        texts.push((p.zh.clone(), p.en.clone()));
        for v in &p.values {
            let (y, m, d) = v.from;
            writeln!(
                out,
                "        Dated {{ from: Date::known({y}, {m}, {d}), value: {:?}, source: {:?} }},",
                v.value, v.source
            )
            .unwrap();
        }
        writeln!(out, "    ] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dest = std::path::Path::new(&out_dir).join("parameters.rs");
    // Typed ids: the catalogue, the national rows and the evaluator name a parameter or a
    // threshold by a constant, so a misspelt id is a compile error, not a silent "not set".
    writeln!(
        out,
        "/// Every parameter and threshold of policy/parameters.toml, by a typed id."
    )
    .unwrap();
    writeln!(out, "pub mod id {{\n    use super::ParamId;").unwrap();
    for p in checked.parameters.iter().chain(&checked.thresholds) {
        writeln!(
            out,
            "    pub const {}: ParamId = ParamId({:?});",
            p.id.to_ascii_uppercase(),
            p.id
        )
        .unwrap();
    }
    writeln!(out, "}}").unwrap();
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    let clauses = sources(
        std::path::Path::new(&manifest)
            .join("../../policy/sources")
            .as_path(),
        &mut texts,
    );
    let dest = std::path::Path::new(&out_dir).join("clauses.rs");
    std::fs::write(&dest, clauses)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));

    let src = std::path::Path::new(&manifest).join("src");
    texts.extend(texts::scan(&src));
    let (data, hash) = texts::data_file(texts);
    println!("cargo:rustc-env=YC_TEXTS_HASH={hash}");
    let dest = std::path::Path::new(&out_dir).join("texts.txt");
    std::fs::write(&dest, data).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// The long texts: every `tx!("…", "…")` in the engine's source, and the data file made of them.
mod texts {
    use std::path::Path;

    /// Every `tx!` in the `.rs` files under `dir` (comment lines skipped), as (Chinese, English).
    pub fn scan(dir: &Path) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut files = Vec::new();
        walk(dir, &mut files);
        files.sort();
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let mut at = 0;
            while let Some(found) = text[at..].find("tx!(") {
                let start = at + found;
                at = start + 4;
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                let line = text[line_start..start].trim_start();
                if line.starts_with("//")
                    || text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                let line_no = text[..start].matches('\n').count() + 1;
                let fail = |why: &str| -> ! {
                    panic!(
                        "{}:{line_no}: tx! needs two plain string literals ({why})",
                        path.display()
                    )
                };
                let rest = &text[at..];
                let (zh, used) = literal(rest).unwrap_or_else(|| fail("the Chinese"));
                let rest = rest[used..].trim_start();
                let rest = rest.strip_prefix(',').unwrap_or_else(|| fail("a comma"));
                let (en, _) = literal(rest).unwrap_or_else(|| fail("the English"));
                out.push((zh, en));
            }
        }
        out
    }

    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
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

    /// A string literal at the start of `s` (after whitespace): its value and the bytes used.
    fn literal(s: &str) -> Option<(String, usize)> {
        let skipped = s.len() - s.trim_start().len();
        let s = &s[skipped..];
        if let Some(raw) = s.strip_prefix('r') {
            let hashes = raw.len() - raw.trim_start_matches('#').len();
            let body = raw[hashes..].strip_prefix('"')?;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = body.find(&close)?;
            return Some((
                body[..end].to_string(),
                skipped + 1 + hashes + 1 + end + close.len(),
            ));
        }
        let body = s.strip_prefix('"')?;
        let mut value = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Some((value, skipped + 1 + i + 1)),
                '\\' => match chars.next()?.1 {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => value.push('\r'),
                    '0' => value.push('\0'),
                    '\\' => value.push('\\'),
                    '"' => value.push('"'),
                    '\'' => value.push('\''),
                    'u' => {
                        let mut hex = String::new();
                        chars.next().filter(|(_, c)| *c == '{')?;
                        for (_, c) in chars.by_ref() {
                            if c == '}' {
                                break;
                            }
                            hex.push(c);
                        }
                        value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    '\n' => {
                        // A line continuation: the newline and the next line's indentation go.
                        let rest = &body[i + 2..];
                        let skip = rest.len() - rest.trim_start().len();
                        for _ in 0..rest[..skip].chars().count() {
                            chars.next();
                        }
                    }
                    _ => return None,
                },
                c => value.push(c),
            }
        }
        None
    }

    /// The data file (`# yc-texts <hash>`, then `id<TAB>zh<TAB>en` lines sorted by id) and its
    /// hash. A text with a tab or a line break cannot be stored and stops the build.
    pub fn data_file(mut texts: Vec<(String, String)>) -> (String, String) {
        texts.sort();
        texts.dedup();
        let mut rows: Vec<(u64, &(String, String))> = texts
            .iter()
            .map(|t| (super::text_id(&t.0, &t.1), t))
            .collect();
        rows.sort_by_key(|r| r.0);
        for pair in rows.windows(2) {
            assert!(
                pair[0].0 != pair[1].0,
                "two long texts share an id: {:?} and {:?}",
                pair[0].1,
                pair[1].1
            );
        }
        let mut body = String::new();
        for (id, (zh, en)) in &rows {
            assert!(
                !(zh.contains(['\t', '\n', '\r']) || en.contains(['\t', '\n', '\r'])),
                "a long text may not contain a tab or a line break: {zh}"
            );
            body.push_str(&format!("{id:016x}\t{zh}\t{en}\n"));
        }
        let hash = format!("{:016x}", super::fnv1a(body.as_bytes()));
        (format!("# yc-texts {hash}\n{body}"), hash)
    }
}

/// The id of a long text; the same function as `text::text_id` in the engine.
fn text_id(zh: &str, en: &str) -> u64 {
    let mut bytes = zh.as_bytes().to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice(en.as_bytes());
    fnv1a(&bytes)
}

/// Compiles the clause texts of every source (`policy/sources/<source>.txt`: `[id]` or
/// `[id | citation]` or `[id | citation | summary]`, then the text on one line).
fn sources(dir: &std::path::Path, texts: &mut Vec<(String, String)>) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = String::from(
        "/// Every clause of every source, in file order.\npub static CLAUSES: &[Clause] = &[\n",
    );
    let mut seen = std::collections::HashSet::new();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a source file name")
            .to_string();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        while let Some((n, head)) = lines.next() {
            let inner = head
                .strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .unwrap_or_else(|| {
                    panic!(
                        "{}:{}: expected a clause heading like [2.1]",
                        path.display(),
                        n + 1
                    )
                });
            let parts: Vec<&str> = inner.split('|').map(str::trim).collect();
            let id = parts[0];
            let cite = parts
                .get(1)
                .map_or_else(|| format!("{source} §{id}"), |c| c.to_string());
            let verbatim = parts.get(2) != Some(&"summary");
            let (_, body) = lines
                .next()
                .unwrap_or_else(|| panic!("{}:{}: clause {id} has no text", path.display(), n + 1));
            assert!(
                seen.insert(id.to_string()),
                "{}:{}: clause id {id} is used twice",
                path.display(),
                n + 1
            );
            writeln!(
                out,
                "    Clause {{ source: {source:?}, id: {id:?}, cite: {cite:?}, text: crate::tx!({:?}, \"\"), verbatim: {verbatim} }},",
                body.trim()
            )
            .unwrap();
            texts.push((body.trim().to_string(), String::new()));
        }
    }
    out.push_str("];\n");
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    fnv::hash(bytes)
}

/// The content hash of the rule sources (`meta::CONTENT_HASH`): the files that hold rule data,
/// without comment lines and white space, so reformatting or a comment changes nothing.
fn content_hash(manifest: &std::path::Path) {
    let mut files: Vec<std::path::PathBuf> =
        ["catalogue.rs", "questions.rs", "facts.rs", "national.rs"]
            .iter()
            .map(|f| manifest.join("src").join(f))
            .collect();
    let sources = manifest.join("../../policy/sources");
    let mut texts: Vec<_> = std::fs::read_dir(&sources)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", sources.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    files.extend(texts);
    let mut h = fnv::START;
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let kept: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            h = fnv::feed(h, kept.as_bytes());
        }
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("content_hash.rs");
    std::fs::write(
        &out,
        format!("/// The rule sources' content hash (written by the build script).\npub const CONTENT_HASH: &str = \"{h:016x}\";\n"),
    )
    .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
