//! Compiles the app's words (the `app` tables of `texts/zh.toml` and `texts/en.toml`) into
//! `crate::words`, with the same checks as the engine's (`crates/engine/build/words.rs`): both
//! languages hold the same keys and placeholders, every key is used by the app's source, and
//! each `msg!`/`say!` names exactly its text's placeholders.

#[path = "crates/engine/build/words.rs"]
mod words;

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    println!("cargo:rerun-if-changed=crates/engine/build/words.rs");
    let entries = words::load(&root.join("texts"), "app");
    let uses = words::uses(&root.join("src"));
    words::check("app", &entries, &uses);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("words.rs");
    std::fs::write(&out, words::module(&entries, "yc_engine::text::Words"))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
