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

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
}

/// Mounts the app on a fresh root with empty storage (nothing saved to restore) and lets it render.
/// The test runner serves no `texts-<lang>-<hash>.txt`, so the long texts compiled into the test
/// build are installed first (the deployed app fetches them).
async fn mount_fresh() -> web_sys::Element {
    yc_engine::text::install_bundled();
    storage().clear().unwrap();
    let root = fresh_root();
    yc_calculator::mount(root.clone());
    settle().await;
    root
}

async fn mount_renders_the_title() {
    let root = mount_fresh().await;

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

/// Lets Yew render, then gives the browser a turn (effects run after the render).
async fn settle() {
    yew::scheduler::flush().await;
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

fn click(root: &web_sys::Element, selector: &str) {
    use wasm_bindgen::JsCast;
    let el = root
        .query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("{selector} is on the page"));
    el.dyn_into::<web_sys::HtmlElement>()
        .expect("an HTML element")
        .click();
}

async fn an_example_shows_its_results_and_is_saved_in_the_browser() {
    let root = mount_fresh().await;
    let storage = storage();

    click(&root, "[data-example=\"new-materials-pilot\"]");
    settle().await;

    let card = root
        .query_selector("article.card[data-programme=\"hnte-first-recognition\"]")
        .unwrap()
        .expect("the results show the HNTE card");
    // The example's recognition (2025-10-20) is eligible in 2026 and 2027 and closed after; the
    // browser's clock decides which, so accept the statuses the window allows.
    let status = card.get_attribute("data-status").unwrap_or_default();
    assert!(
        ["eligible", "upcoming", "not_eligible"].contains(&status.as_str()),
        "{status}"
    );
    let pilot = root
        .query_selector("[data-pilot-base-yuan]")
        .unwrap()
        .expect("the pilot base");
    assert_eq!(
        pilot.get_attribute("data-pilot-base-yuan").as_deref(),
        Some("15000000")
    );

    // Autosave wrote the example's answers to local storage, in the readable link form.
    let saved = storage
        .get_item(yc_calculator::keys::PROFILE)
        .unwrap()
        .expect("the answers are saved");
    assert!(
        saved.starts_with(yc_calculator::keys::SAVED_FORM),
        "{saved}"
    );
    let (profile, issues) = yc_engine::Profile::from_saved(&saved, yc_calculator::browser::today())
        .expect("the saved text is a profile");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(profile.choice(yc_engine::Fact::Location), Some("helan"));
    storage.clear().unwrap();
}

async fn the_start_button_opens_the_first_step_with_its_questions() {
    let root = mount_fresh().await;
    let start = root
        .query_selector("button.primary")
        .unwrap()
        .expect("a start button");
    assert_eq!(start.text_content().as_deref(), Some("开始"));
    click(&root, "button.primary");
    settle().await;
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().as_deref(), Some("基本情况"));
    assert!(root
        .query_selector("fieldset[data-fact=\"location\"] input[type=radio]")
        .unwrap()
        .is_some());
    // Choosing "outside Yinchuan" leaves no other question in the step.
    click(&root, "input[type=radio][value=\"outside\"]");
    settle().await;
    let fields = root.query_selector_all("[data-fact]").unwrap().length();
    assert_eq!(fields, 1, "only the location question remains");
}

/// The markup `html` as this browser writes it back (the server renderer and `innerHTML` may
/// escape or order a few characters differently; the nodes are what must be equal).
fn as_browser_writes_it(html: &str) -> String {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let template = document
        .create_element("template")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    template.set_inner_html(html);
    template.inner_html()
}

fn prerender_day() -> yc_engine::Date {
    // The day tests/prerender.rs renders the golden files for.
    yc_engine::Date::new(2026, 11, 26).unwrap()
}

/// The client's own first render of the start page is the server-rendered one (tests/prerender.rs
/// keeps it in tests/prerender/), in both languages.
async fn the_client_draws_the_prerendered_start_page_in_both_languages() {
    for (lang, golden) in [
        (
            yc_engine::Lang::Zh,
            yc_calculator::golden::from_golden(
                include_str!("prerender/start-zh.html"),
                prerender_day(),
            ),
        ),
        (
            yc_engine::Lang::En,
            yc_calculator::golden::from_golden(
                include_str!("prerender/start-en.html"),
                prerender_day(),
            ),
        ),
    ] {
        yc_engine::text::install_bundled();
        storage().clear().unwrap();
        let root = fresh_root();
        let mut state = yc_calculator::state::AppState::prerender(prerender_day());
        state.lang = lang;
        yc_calculator::mount_state(root.clone(), state).await;
        settle().await;
        assert_eq!(root.inner_html(), as_browser_writes_it(&golden), "{lang:?}");
        root.remove();
    }
}

/// The app takes the place of the prerendered start page (index.html's `#app`): afterwards the
/// markup is the same, once, and the page works (the language switch answers).
async fn the_app_takes_the_place_of_the_prerendered_page() {
    yc_engine::text::install_bundled();
    storage().clear().unwrap();
    let root = fresh_root();
    let golden = &yc_calculator::golden::from_golden(
        include_str!("prerender/start-zh.html"),
        prerender_day(),
    );
    root.set_inner_html(golden);
    root.set_attribute(yc_calculator::PRERENDER_ATTR, "zh")
        .unwrap();
    let state = yc_calculator::state::AppState::prerender(prerender_day());
    yc_calculator::mount_state(root.clone(), state).await;
    settle().await;
    assert_eq!(root.inner_html(), as_browser_writes_it(golden));
    assert!(!root.has_attribute(yc_calculator::PRERENDER_ATTR));
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
    click(&root, ".header-tools button[lang=\"en\"]");
    settle().await;
    assert_eq!(
        root.query_selector(".lede").unwrap().unwrap().text_content().as_deref(),
        Some("Answer short questions to see which support programmes of the Yinchuan Science and Technology Bureau fit your enterprise, the most each can pay, why, and what to do next.")
    );
    root.remove();
    storage().clear().unwrap();
}

/// The app's storage is shared by every test in the page and wasm-bindgen-test may interleave
/// async tests, so the journeys that use storage run one after the other in a single test.
/// The settings as the browser's `JSON.parse` reads them: field by field, leniently.
#[wasm_bindgen_test]
fn settings_are_read_by_the_browsers_json_parser() {
    use yc_calculator::browser::{load_settings, save_settings};
    use yc_calculator::state::Settings;
    use yc_engine::Lang;
    let s = storage();
    let key = yc_calculator::keys::SETTINGS;
    let read = |text: &str| {
        s.set_item(key, text).unwrap();
        load_settings()
    };
    let en_senior = Settings {
        lang: Lang::En,
        senior: true,
    };
    assert_eq!(read(r#"{"lang":"en","senior":true}"#), en_senior);
    // Extra keys of a later release, and an unreadable field beside a readable one.
    assert_eq!(
        read(r#"{"x":[1,{"y":null}],"senior":true,"lang":"en"}"#),
        en_senior
    );
    let lenient = read(r#"{"lang":"fr","senior":true}"#);
    assert_eq!((lenient.lang, lenient.senior), (Lang::Zh, true));
    for bad in [
        "",
        "{",
        "[]",
        "true",
        "null",
        "\"en\"",
        r#"{"senior":"yes"}"#,
    ] {
        assert_eq!(read(bad), Settings::default(), "{bad}");
    }
    s.remove_item(key).unwrap();
    assert_eq!(load_settings(), Settings::default());
    save_settings(en_senior);
    assert_eq!(
        s.get_item(key).unwrap().as_deref(),
        Some(r#"{"lang":"en","senior":true}"#)
    );
    assert_eq!(load_settings(), en_senior);
    s.remove_item(key).unwrap();
}

#[wasm_bindgen_test]
async fn journeys_in_the_browser() {
    mount_renders_the_title().await;
    the_start_button_opens_the_first_step_with_its_questions().await;
    an_example_shows_its_results_and_is_saved_in_the_browser().await;
    the_client_draws_the_prerendered_start_page_in_both_languages().await;
    the_app_takes_the_place_of_the_prerendered_page().await;
}
