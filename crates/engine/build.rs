//! Checks `policy/parameters.toml` and compiles it into the engine (`$OUT_DIR/parameters.rs`), so
//! the browser never parses the file. A problem in the file stops the build with its file, line,
//! parameter and cause.

#[path = "src/params/file.rs"]
mod file;
#[path = "src/fnv.rs"]
mod fnv;
#[path = "build/words.rs"]
mod words;

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
    // The texts of the data file: the parameters' names and the clause texts generated here, and
    // every key of the texts files but the `boot` ones (below).
    let mut texts: Vec<(String, String, bool)> = Vec::new();
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
            "    Def {{ id: {:?}, name: crate::tx_lit!({}, {:?}, {:?}), unit: {unit}, clause: {:?}, values: &[",
            p.id, words::marker(&p.zh, &p.en), p.zh, p.en, p.clause
        )
        .unwrap();
        texts.push((p.zh.clone(), p.en.clone(), false));
        for v in &p.values {
            let (y, m, d) = v.from;
            writeln!(
                out,
                "        Dated {{ from: Date::known({y}, {m}, {d}), value: {:?}, source: crate::cited!({:?}), parsed: {} }},",
                v.value, v.source, parsed(p.unit, &v.value)
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
            "    ThresholdDef {{ id: {:?}, name: crate::tx_lit!({}, {:?}, {:?}), unit: {unit}, values: &[",
            p.id, words::marker(&p.zh, &p.en), p.zh, p.en
        )
        .unwrap();
        texts.push((p.zh.clone(), p.en.clone(), false));
        for v in &p.values {
            let (y, m, d) = v.from;
            writeln!(
                out,
                "        Dated {{ from: Date::known({y}, {m}, {d}), value: {:?}, source: crate::cited!({:?}), parsed: {} }},",
                v.value, v.source, parsed(p.unit, &v.value)
            )
            .unwrap();
        }
        writeln!(out, "    ] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // Typed ids: the catalogue, the national rows and the evaluator name a parameter or a
    // threshold by a constant, so a misspelt id is a compile error, not a silent "not set".
    writeln!(
        out,
        "/// Every parameter and threshold of policy/parameters.toml, by a typed id."
    )
    .unwrap();
    writeln!(out, "pub mod id {{\n    use super::ParamId;").unwrap();
    // Each id carries its entry's position in `DEFS` or `THRESHOLDS`, so a look-up is an index.
    for (i, p) in checked.parameters.iter().enumerate() {
        writeln!(
            out,
            "    pub const {}: ParamId = ParamId({:?}, {i});",
            p.id.to_ascii_uppercase(),
            p.id
        )
        .unwrap();
    }
    for (i, p) in checked.thresholds.iter().enumerate() {
        writeln!(
            out,
            "    pub const {}: ParamId = ParamId({:?}, {i});",
            p.id.to_ascii_uppercase(),
            p.id
        )
        .unwrap();
    }
    // For the tests: every id, parameters first.
    writeln!(out, "    #[cfg(test)]\n    pub const ALL: &[ParamId] = &[").unwrap();
    for p in checked.parameters.iter().chain(&checked.thresholds) {
        writeln!(out, "        {},", p.id.to_ascii_uppercase()).unwrap();
    }
    writeln!(out, "    ];").unwrap();
    writeln!(out, "}}").unwrap();
    let parameters = out;
    let clauses = sources(
        std::path::Path::new(&manifest)
            .join("../../policy/sources")
            .as_path(),
        &mut texts,
    );

    // The words (texts/zh.toml, texts/en.toml): the engine's table becomes `crate::words`; every
    // text of both tables, the engine's and the app's, goes to the data file, but for the few
    // under `boot` (compiled into the program in every build) and the list reader's, `list`
    // (compiled into the programs that read lists, the command line and the staff workbench,
    // so the public app's texts files never carry them).
    let dir = std::path::Path::new(&manifest).join("../../texts");
    let entries = words::load(&dir, "engine");
    let uses = words::uses(&std::path::Path::new(&manifest).join("src"));
    words::check("engine", &entries, &uses);
    let app = words::load(&dir, "app");
    let inline = |key: &str| words::is_boot(key) || key.starts_with("list.");
    let tables = std::iter::repeat("engine")
        .zip(&entries)
        .chain(std::iter::repeat("app").zip(&app));
    texts.extend(tables.filter(|(_, e)| !inline(&e.key)).map(|(table, e)| {
        (
            e.zh.clone(),
            e.en.clone(),
            words::in_first_part(table, &e.key),
        )
    }));
    let engine_words = words::module_with(&entries, "crate", &inline);
    let app_words = words::module(&app, "crate");
    // The staff workbench's words (`staff` tables): compiled into its own program, never into
    // the texts files the public app downloads. Its build script checks their uses.
    let staff = words::load(&dir, "staff");
    let staff_words = words::module_with(&staff, "crate", &|_| true);
    let (data, hash, numbers, first) = texts::data_file(texts);
    println!("cargo:rustc-env=YC_TEXTS_HASH={hash}");
    println!("cargo:rustc-env=YC_TEXTS_FIRST={first}");
    println!("cargo:rustc-env=YC_TEXTS_COUNT={}", numbers.len());
    let number = |id: u64| {
        *numbers
            .get(&id)
            .expect("every marked text is in the data file")
    };
    for (name, code) in [
        ("parameters.rs", parameters),
        ("clauses.rs", clauses),
        ("words.rs", engine_words),
        ("app_words.rs", app_words),
        ("staff_words.rs", staff_words),
    ] {
        let dest = std::path::Path::new(&out_dir).join(name);
        std::fs::write(&dest, words::resolve(&code, &number))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    }
    let dest = std::path::Path::new(&out_dir).join("texts.txt");
    std::fs::write(&dest, data).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// The texts' data file.
mod texts {
    use std::collections::{BTreeMap, HashMap};

    /// The data file (`# yc-texts <hash>`, then one `zh<TAB>en` line per text, so a text is known
    /// by its line's number), its hash, each text's number by its id, and how many texts the
    /// first part holds: the texts the lighter program shows (`first`, `words::FIRST_PART`; a
    /// text also used elsewhere is among them) come first, sorted, then the rest, sorted. A text
    /// with a tab or a line break cannot be stored and stops the build.
    pub fn data_file(
        texts: Vec<(String, String, bool)>,
    ) -> (String, String, HashMap<u64, usize>, usize) {
        let mut first_of: BTreeMap<(String, String), bool> = BTreeMap::new();
        for (zh, en, first) in texts {
            *first_of.entry((zh, en)).or_default() |= first;
        }
        let (first, rest): (Vec<_>, Vec<_>) = first_of.into_iter().partition(|(_, f)| *f);
        let count = first.len();
        let mut numbers = HashMap::new();
        let mut body = String::new();
        for (n, ((zh, en), _)) in first.iter().chain(&rest).enumerate() {
            assert!(
                !(zh.contains(['\t', '\n', '\r']) || en.contains(['\t', '\n', '\r'])),
                "a text of the texts files may not contain a tab or a line break: {zh}"
            );
            let previous = numbers.insert(super::words::text_id(zh, en), n);
            assert!(previous.is_none(), "two texts share an id: {zh} / {en}");
            body.push_str(&format!("{zh}\t{en}\n"));
        }
        let hash = format!(
            "{:016x}",
            super::fnv1a(format!("{count}\n{body}").as_bytes())
        );
        (format!("# yc-texts {hash}\n{body}"), hash, numbers, count)
    }
}

/// Compiles the clause texts of every source (`policy/sources/<source>.txt`: `[id]` or
/// `[id | citation]` or `[id | citation | summary]`, then the text on one line).
fn sources(dir: &std::path::Path, texts: &mut Vec<(String, String, bool)>) -> String {
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
                "    Clause {{ source: {source:?}, id: {id:?}, cite: {cite:?}, text: crate::tx_lit!({}, {:?}, {:?}), verbatim: {verbatim} }},",
                words::marker(body.trim(), body.trim()),
                body.trim(),
                body.trim()
            )
            .unwrap();
            // The quote is Chinese whatever the page's language: in both languages' files.
            texts.push((body.trim().to_string(), body.trim().to_string(), false));
        }
    }
    out.push_str("];\n");
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    fnv::hash(bytes)
}

/// `crate::cited!("…")` as the bare literal `"…"`: the wrapper only says which builds keep a
/// citation (the engine's `citations` feature), which changes no rule.
fn uncited(code: &str) -> String {
    const WRAPPER: &str = "crate::cited!(";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find(WRAPPER) {
        out.push_str(&rest[..at]);
        let literal = &rest[at + WRAPPER.len()..];
        // The literal runs from its opening quote to the next quote no backslash escapes.
        let mut end = literal.len();
        let mut escaped = false;
        for (i, c) in literal.char_indices().skip(1) {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i + 1;
                    break;
                }
                _ => escaped = false,
            }
        }
        out.push_str(&literal[..end]);
        rest = literal[end..].strip_prefix(')').unwrap_or(&literal[end..]);
    }
    out.push_str(rest);
    out
}

/// The content hash of the rule sources (`meta::CONTENT_HASH`): the files that hold rule data
/// and their words, without comment lines and white space, so reformatting or a comment changes nothing.
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
    // The words of the rules (their labels, notes and next steps) are in the texts files.
    files.extend(["zh", "en"].map(|l| manifest.join(format!("../../texts/{l}.toml"))));
    let mut h = fnv::START;
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let kept: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .flat_map(|l| l.chars().filter(|c| !c.is_whitespace()))
            .collect();
        h = fnv::feed(h, uncited(&kept).as_bytes());
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("content_hash.rs");
    std::fs::write(
        &out,
        format!("/// The rule sources' content hash (written by the build script).\npub const CONTENT_HASH: &str = \"{h:016x}\";\n"),
    )
    .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// A checked value as the engine reads it, written as a Rust expression (`params::Parsed`):
/// numbers and tables are read here once, not on every evaluation.
fn parsed(unit: file::UnitName, value: &str) -> String {
    match unit {
        file::UnitName::Yuan | file::UnitName::Percent | file::UnitName::Count => {
            format!("Parsed::Number({})", decimal(value))
        }
        file::UnitName::MonthDays => {
            let days: Vec<String> = value
                .split_whitespace()
                .map(|md| {
                    let (m, d) = md.split_once('-').expect("checked as MM-DD");
                    let m: u8 = m.parse().expect("checked month");
                    let d: u8 = d.parse().expect("checked day");
                    format!("({m}, {d})")
                })
                .collect();
            format!("Parsed::Days(&[{}])", days.join(", "))
        }
        file::UnitName::Bands => {
            let bands: Vec<String> = value
                .split_whitespace()
                .map(|pair| {
                    let (bound, points) = pair.split_once(':').expect("checked as bound:points");
                    let points: u32 = points.parse().expect("checked points");
                    format!("({}, {points})", decimal(bound))
                })
                .collect();
            format!("Parsed::Bands(&[{}])", bands.join(", "))
        }
    }
}

/// A checked plain decimal (digits, at most one point, at most 13 + 4 digits) as a constant
/// `Decimal` expression.
fn decimal(value: &str) -> String {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let mantissa: u64 = format!("{int}{frac}")
        .parse()
        .expect("the file check keeps decimals to 17 digits");
    let scale = frac.len();
    format!(
        "Decimal::from_parts({}, {}, 0, false, {scale})",
        mantissa & 0xffff_ffff,
        mantissa >> 32
    )
}
