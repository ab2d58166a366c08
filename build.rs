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
    no_citations(&root);
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

/// The lighter program is built without the engine's `citations` (a programme's quote of its
/// clause, a national criterion's document and item, a parameter value's source are empty there:
/// crates/engine/Cargo.toml), so none of the files it draws from may read one.
fn no_citations(root: &std::path::Path) {
    let mut paths = Vec::new();
    for f in LIGHT_FILES {
        let path = root.join(f);
        if path.is_dir() {
            words::walk(&path, &mut paths);
        } else {
            paths.push(path);
        }
    }
    paths.sort();
    let mut problems = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("build.rs: a source file is readable");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for field in [".quote", ".basis", ".source"] {
                let read = code.match_indices(field).any(|(at, _)| {
                    !code[at + field.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if read {
                    problems.push(format!(
                        "{}:{}: the lighter program reads a citation (`{field}`), which is empty there: show it on a page of the whole program, or build yc-light with the engine's `citations`",
                        path.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "citations: {}", problems.join("\n"));
}
