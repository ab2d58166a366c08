//! Checks the workbench's words (the `staff` tables of `texts/zh.toml` and `texts/en.toml`,
//! compiled by the engine's build script into `yc_engine::staff_words`) against this crate's
//! source, as the app's build script checks the app's: both languages hold the same keys and
//! placeholders, every key is used, and each `msg!`/`say!` names exactly its placeholders.

#[path = "../engine/src/fnv.rs"]
#[allow(dead_code)]
mod fnv;
#[path = "../engine/build/words.rs"]
#[allow(dead_code)]
mod words;

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    println!("cargo:rerun-if-changed=../engine/build/words.rs");
    let entries = words::load(&root.join("../../texts"), "staff");
    let uses = words::uses(&root.join("src"));
    words::check("staff", &entries, &uses);
}
