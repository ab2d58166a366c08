//! In-browser tests of the app shell, run by `wasm-bindgen-test-runner` in headless Chromium
//! (`CHROMEDRIVER=/usr/bin/chromedriver cargo test -p yc-calculator --target wasm32-unknown-unknown`,
//! see `scripts/test.sh`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Creates a fresh `<div>` attached to `<body>`, so each test has its own mount point.
fn fresh_root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let root = document.create_element("div").expect("create <div>");
    document
        .body()
        .expect("a <body>")
        .append_child(&root)
        .expect("append the mount point");
    root
}

#[wasm_bindgen_test]
async fn mount_renders_the_title() {
    let root = fresh_root();
    yc_calculator::mount(root.clone());
    // Yew renders from its scheduler, after the current task; wait until it has drained.
    yew::scheduler::flush().await;

    let h1 = root
        .query_selector("h1")
        .expect("a valid selector")
        .expect("the app renders an <h1>");
    assert_eq!(
        h1.text_content().as_deref(),
        Some("银川市科技型企业政策计算器")
    );
    assert!(
        root.query_selector("main#main").unwrap().is_some(),
        "the app renders its <main id=\"main\"> landmark"
    );
}
