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
    first_part(&uses);
}

/// The files the lighter program (`yc-light`, the start page and the questionnaire) draws from:
/// every text they name must be in the first texts file of each language, the only one it reads
/// (`FIRST_PART` in `crates/engine/build/words.rs`). (A text the engine writes for it, a field's
/// error or an inconsistency, is checked where it shows: the lighter program reports a text its
/// file lacks as a console error, and the E2E journeys fail on one.)
const LIGHT_FILES: &[&str] = &[
    "src/components/app.rs",
    "src/components/context.rs",
    "src/components/field.rs",
    "src/components/handoff.rs",
    "src/components/header.rs",
    "src/components/live.rs",
    "src/components/notice.rs",
    "src/components/start.rs",
    "src/components/wizard.rs",
    "src/state/",
    "src/browser/",
    "src/lib.rs",
];

fn first_part(uses: &[words::Use]) {
    let sep = std::path::MAIN_SEPARATOR.to_string();
    let problems: Vec<String> = uses
        .iter()
        .filter(|u| {
            let at = u.at.replace(&sep, "/");
            LIGHT_FILES.iter().any(|f| at.contains(&format!("/{f}")))
        })
        .filter(|u| !words::is_boot(&u.key) && !words::in_first_part("app", &u.key))
        .map(|u| {
            format!(
                "app.{} ({}) is shown by the lighter program but is not in the first texts file: add it, or its table, to FIRST_PART in crates/engine/build/words.rs",
                u.key, u.at
            )
        })
        .collect();
    assert!(problems.is_empty(), "texts: {}", problems.join("\n"));
}
