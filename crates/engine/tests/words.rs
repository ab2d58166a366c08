//! The words layer's checks (`build/words.rs`, which both build scripts run): what a translator or
//! a developer gets wrong stops the build with the key named.

#[path = "../src/fnv.rs"]
#[allow(dead_code)]
mod fnv;
#[path = "../build/words.rs"]
mod words;

use std::path::{Path, PathBuf};

/// A scratch directory with the two texts files and one Rust file using them.
fn tree(name: &str, zh: &str, en: &str, rust: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("yc-words-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("zh.toml"), zh).unwrap();
    std::fs::write(dir.join("en.toml"), en).unwrap();
    std::fs::write(dir.join("src/lib.rs"), rust).unwrap();
    dir
}

/// The build's verdict on a tree: Ok, or the panic's message.
fn verdict(dir: &Path) -> Result<(), String> {
    std::panic::catch_unwind(|| {
        let entries = words::load(dir, "app");
        let uses = words::uses(&dir.join("src"));
        words::check("app", &entries, &uses)
    })
    .map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

const ZH: &str = "[app.results]\ntitle = \"结果\"\ncap = \"累计上限 {cap}\"\n";
const EN: &str = "[app.results]\ntitle = \"Results\"\ncap = \"Cap in all {cap}\"\n";

#[test]
fn files_that_agree_and_a_source_that_uses_every_key_pass() {
    let dir = tree(
        "ok",
        ZH,
        EN,
        // rustfmt may break a long key across lines at its dots.
        "fn f() { t!(results\n    .title); say!(lang, results.cap, cap = 1); }\n",
    );
    assert_eq!(verdict(&dir), Ok(()));
    let module = words::module(&words::load(&dir, "app"), "yc_engine");
    assert!(module.contains("pub mod results {"), "{module}");
    let marker = words::marker("结果", "Results");
    assert!(module.contains(&format!(
        "pub const title: yc_engine::text::Text = yc_engine::text_entry!({marker}, \"结果\", \"Results\");"
    )), "{module}");
    // The build numbers the texts once all are known: the marker becomes the number.
    let title = words::text_id("结果", "Results");
    let resolved = words::resolve(&module, &|id| if id == title { 7 } else { 8 });
    assert!(
        resolved.contains("yc_engine::text_entry!(7, \"结果\", \"Results\");"),
        "{resolved}"
    );
}

#[test]
fn a_key_in_one_language_only_is_named() {
    let dir = tree(
        "missing",
        ZH,
        "[app.results]\ntitle = \"Results\"\n",
        "fn f() { t!(results.title); }\n",
    );
    let e = verdict(&dir).unwrap_err();
    assert!(
        e.contains("app.results.cap is in texts/zh.toml but not in texts/en.toml"),
        "{e}"
    );
}

#[test]
fn an_unused_key_is_named() {
    let dir = tree("unused", ZH, EN, "fn f() { t!(results.title); }\n");
    let e = verdict(&dir).unwrap_err();
    assert!(
        e.contains("app.results.cap is in texts/zh.toml and texts/en.toml but no t!"),
        "{e}"
    );
}

#[test]
fn a_message_with_other_values_than_its_placeholders_is_named() {
    let dir = tree(
        "args",
        ZH,
        EN,
        "fn f() { t!(results.title); say!(lang, results.cap, amount = 1); }\n",
    );
    let e = verdict(&dir).unwrap_err();
    assert!(
        e.contains("results.cap's arguments are {\"amount\"}"),
        "{e}"
    );
}

#[test]
fn a_message_may_leave_out_in_one_language_a_value_the_other_gives() {
    let dir = tree(
        "union",
        "[app.field]\nsmall = \"{amount}？\"\n",
        "[app.field]\nsmall = \"{amount} ({in_yuan})?\"\n",
        "fn f() { say!(lang, field.small, amount, in_yuan = 2); }\n",
    );
    assert_eq!(verdict(&dir), Ok(()));
}

#[test]
fn a_text_shown_as_it_is_names_the_same_placeholders_in_both_languages() {
    let dir = tree(
        "shown",
        "[app.q]\nyear = \"{year}年是否入库？\"\n",
        "[app.q]\nyear = \"Registered in {yaer}?\"\n",
        "fn f() { t!(q.year); }\n",
    );
    let e = verdict(&dir).unwrap_err();
    assert!(e.contains("app.q.year: the placeholders differ"), "{e}");
}

#[test]
fn a_key_the_files_lack_and_a_key_that_is_no_identifier_are_named() {
    let dir = tree(
        "unknown",
        ZH,
        EN,
        "fn f() { t!(results.title); t!(results.cap); t!(results.gone); }\n",
    );
    let e = verdict(&dir).unwrap_err();
    assert!(e.contains("app.results.gone is not in texts"), "{e}");
    let dir = tree(
        "ident",
        "[app]\n\"2x\" = \"a\"\n",
        "[app]\n\"2x\" = \"b\"\n",
        "",
    );
    let e = verdict(&dir).unwrap_err();
    assert!(e.contains("must be lower-case letters"), "{e}");
}

/// In the browser build a text is its id (`text_entry!`), but for the few under `boot`, which
/// the app shows before the texts file has arrived (or when it cannot): those stay words.
#[test]
fn only_boot_texts_stay_words_in_the_program() {
    let dir = tree(
        "boot",
        "[app.results]\ntitle = \"结果\"\n[app.boot]\nretry = \"重试\"\n",
        "[app.results]\ntitle = \"Results\"\n[app.boot]\nretry = \"Try again\"\n",
        "fn f() { t!(results.title); t!(boot.retry); }\n",
    );
    assert_eq!(verdict(&dir), Ok(()));
    let module = words::module(&words::load(&dir, "app"), "yc_engine");
    assert!(module.contains(
        "pub const retry: yc_engine::text::Text = yc_engine::text::Text::new(\"重试\", \"Try again\");"
    ), "{module}");
    assert!(
        module.contains("pub const title: yc_engine::text::Text = yc_engine::text_entry!(TEXT#"),
        "{module}"
    );
    assert!(words::is_boot("boot.retry") && !words::is_boot("results.boot"));
    // The id is the engine's: FNV-1a over the Chinese, 0xFF and the English.
    assert_eq!(words::text_id("", ""), fnv::hash(&[0xff]));
}
