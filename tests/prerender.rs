//! The start page written into index.html at build time (`yc-prerender`) is the markup the
//! browser's first render makes: the server renderer's output for the start page, in both
//! languages, is kept in `tests/prerender/`, and the in-browser tests (tests/web.rs) compare the
//! client's own first render with the same files, and check that it takes the place of the
//! prerendered page. After a change to the start page,
//! header or footer, rewrite them with `YC_BLESS=1 cargo test -p yc-calculator --test prerender`
//! and look at the diff.
#![cfg(not(target_arch = "wasm32"))]

use yc_calculator::state::AppState;
use yc_engine::{Date, Lang};

/// The day the golden files are rendered for (the typical number of questions depends on it).
fn day() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

fn render(state: AppState) -> String {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(yc_calculator::prerender(state))
}

fn golden(name: &str, actual: &str) {
    let actual = &yc_calculator::golden::to_golden(actual, day());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/prerender")
        .join(name);
    if std::env::var_os("YC_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == *actual,
        "the prerendered start page changed ({}); if intended, rewrite it with \
         `YC_BLESS=1 cargo test -p yc-calculator --test prerender` and check the diff.\n\
         now:\n{actual}",
        path.display()
    );
}

fn english() -> AppState {
    let mut s = AppState::prerender(day());
    s.lang = Lang::En;
    s
}

#[test]
fn start_page_markup_is_the_golden_one_in_both_languages() {
    golden("start-zh.html", &render(AppState::prerender(day())));
    golden("start-en.html", &render(english()));
}

#[test]
fn the_prerendered_page_is_the_whole_start_page() {
    let html = render(AppState::prerender(day()));
    for text in [
        "银川市科技型企业政策计算器",
        "回答一组简短的问题",
        "全部计算在您的浏览器内完成",
        "开始",
        "导入回答文件",
        "试试示例企业",
        "软件初创企业",
        "href=\"#example=software-startup\"",
        "规则版本",
        "指南参数预览",
    ] {
        assert!(html.contains(text), "missing {text:?}");
    }
}
