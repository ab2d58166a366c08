//! Checks the app's words (the `app` tables of `texts/zh.toml` and `texts/en.toml`, which the
//! engine's build script compiles into `yc_engine::app_words`, re-exported as `crate::words`)
//! against the app's source, with the same checks as the engine's
//! (`crates/engine/build/words.rs`): both languages hold the same keys and placeholders, every
//! key is used by the app's source, and each `msg!`/`say!` names exactly its text's
//! placeholders.

#[path = "crates/engine/src/fnv.rs"]
#[allow(dead_code)]
mod fnv;
#[path = "crates/engine/build/words.rs"]
#[allow(dead_code)]
mod words;

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    println!("cargo:rerun-if-changed=crates/engine/build/words.rs");
    println!("cargo:rerun-if-changed=crates/engine/src/fnv.rs");
    let entries = words::load(&root.join("texts"), "app");
    let uses = words::uses(&root.join("src"));
    words::check("app", &entries, &uses);
}
