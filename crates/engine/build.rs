//! Checks `policy/parameters.toml` and compiles it into the engine (`$OUT_DIR/parameters.rs`), so
//! the browser never parses the file. A problem in the file stops the build with its file, line,
//! parameter and cause.

#[path = "src/params/file.rs"]
mod file;

use std::fmt::Write as _;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = std::path::Path::new(&manifest).join("../../policy/parameters.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=src/params/file.rs");
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
        };
        writeln!(
            out,
            "    Def {{ id: {:?}, name: Text {{ zh: {:?}, en: {:?} }}, unit: {unit}, clause: {:?}, values: &[",
            p.id, p.zh, p.en, p.clause
        )
        .unwrap();
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
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    let clauses = sources(
        std::path::Path::new(&manifest)
            .join("../../policy/sources")
            .as_path(),
    );
    let dest = std::path::Path::new(&out_dir).join("clauses.rs");
    std::fs::write(&dest, clauses)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// Compiles the clause texts of every source (`policy/sources/<source>.txt`: `[id]` or
/// `[id | citation]` or `[id | citation | summary]`, then the text on one line).
fn sources(dir: &std::path::Path) -> String {
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
                "    Clause {{ source: {source:?}, id: {id:?}, cite: {cite:?}, text: {:?}, verbatim: {verbatim} }},",
                body.trim()
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
