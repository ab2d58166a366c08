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
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("parameters.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
