//! The browser app of the Yinchuan tech-enterprise policy calculator. It only displays what the
//! policy engine (`yc-engine`) decides; state lives in one reducer (`state`), and the browser's
//! storage, URL, files, clipboard, clock and focus are touched only at the browser edge, `browser`.

/// Every text of the app, by key, from the `app` tables of texts/zh.toml and texts/en.toml
/// (written by the engine's build script, which numbers all texts; build.rs checks the app's
/// uses; read them with `t!`, `msg!` and `say!`).
#[doc(hidden)]
pub mod words {
    pub use yc_engine::app_words::*;
}

/// A text of the app (`yc_engine::text::Text`), by its key in the texts files:
/// `t!(results.heading)`; `.get(lang)` gives the words (in the browser, from the installed texts
/// file of that language).
macro_rules! t {
    ($($seg:ident).+) => {
        $crate::words::$($seg)::+
    };
}

/// A message of the app with its placeholders filled, both languages:
/// `msg!(results.count, n = total)` (a bare name is a variable of that name). The build stops
/// when the names are not exactly the text's placeholders.
#[allow(unused_macros)]
macro_rules! msg {
    ($($seg:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        yc_engine::text::Msg::fill(
            $crate::words::$($seg)::+,
            &[$((stringify!($name), &yc_engine::__msg_arg!($name $(, $value)?) as &dyn yc_engine::text::Arg)),*],
        )
    };
}

/// A message of the app in one language: `say!(lang, results.count, n = total)`.
#[allow(unused_macros)]
macro_rules! say {
    ($lang:expr, $($seg:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        yc_engine::text::Msg::fill_in(
            $crate::words::$($seg)::+,
            $lang,
            &[$((stringify!($name), &yc_engine::__msg_arg!($name $(, $value)?) as &dyn yc_engine::text::Arg)),*],
        )
    };
}

pub mod browser;
pub mod components;
pub mod format;
pub mod keys;
#[cfg(feature = "results")]
pub mod qr;
pub mod state;

pub use components::app::{App, AppProps};

/// The attribute `yc-prerender` puts on `#app` in index.html: the start page's markup inside was
/// rendered at build time from `AppState::prerender`.
pub const PRERENDER_ATTR: &str = "data-prerender";

/// The prerender golden files (`tests/prerender/`) hold placeholders for what changes with the
/// data, not with the page: the versions and the content hash, and what the start page derives
/// from the engine on the day rendered (the number of questions, the time it takes, the figures
/// to have at hand), so a new guideline value, rule text or question changes no golden file.
/// `to_golden` writes the placeholders into a rendered page; `from_golden` puts the values back.
pub mod golden {
    use crate::components::start::StartFigures;
    use yc_engine::{Date, Lang};

    fn places(day: Date) -> Vec<(String, String)> {
        let figures = StartFigures::on(day);
        let mut out = vec![
            ("{content-hash}".into(), yc_engine::meta::combined_hash()),
            (
                "{parameters-version}".into(),
                yc_engine::params::FILE_VERSION.to_string(),
            ),
            (
                "{rules-version}".into(),
                yc_engine::meta::RULESET_VERSION.to_string(),
            ),
            (
                r#"data-fewest-questions="{fewest}" data-most-questions="{most}""#.into(),
                format!(
                    r#"data-fewest-questions="{}" data-most-questions="{}""#,
                    figures.fewest, figures.most
                ),
            ),
        ];
        for lang in [Lang::Zh, Lang::En] {
            let code = lang.code();
            out.push((
                format!("{{time-cue-{code}}}"),
                escape(&figures.time_cue(lang)),
            ));
            out.push((
                format!("{{at-hand-{code}}}"),
                escape(&figures.at_hand(lang)),
            ));
        }
        out
    }

    /// As the server renderer writes text.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// The page rendered on `day`, as the golden file keeps it.
    pub fn to_golden(page: &str, day: Date) -> String {
        places(day)
            .iter()
            .fold(page.to_string(), |page, (place, value)| {
                page.replace(value, place)
            })
    }

    /// The page a golden file stands for, on `day`.
    pub fn from_golden(golden: &str, day: Date) -> String {
        places(day)
            .iter()
            .fold(golden.to_string(), |page, (place, value)| {
                page.replace(place, value)
            })
    }
}

/// Mounts the app into the page's `#app` element (or `<body>` when it is missing), once the
/// prerendered start page has been painted: index.html's boot script sets `window.ycPainted`, a
/// promise settled at the first contentful paint (or after a second at most).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;
    // The lighter program reads the first part of the texts only; a text it asks for that is not
    // there is a console error (the E2E journeys fail on one).
    #[cfg(not(feature = "results"))]
    yc_engine::text::read_first_part_only();
    yc_engine::text::on_missing(browser::report_missing_text);
    let painted = js_sys::Reflect::get(&gloo_utils::window(), &"ycPainted".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(promise) = painted {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        start_now().await;
    });
}

/// Start-up in several tasks instead of one, so that a phone's main thread is never blocked for
/// long and a tap between them is handled: the Wasm's instantiation ends and the words of the
/// visitor's language are installed (their file was preloaded beside the Wasm), then the saved
/// answers and the link are read (and the engine's first evaluation runs, with the words), then,
/// for the start page, its figures are taken from the page (written by the build, for the days
/// they hold on) or derived (the example enterprises evaluated), then the app
/// is mounted and takes the place of the prerendered page (`mount_state`; no frame shows it
/// half-replaced). A link followed in between (an example tapped on the prerendered page) is
/// read again. Words that cannot be had leave the app on its boot page, which says so and tries
/// again; the saved answers are not touched.
#[cfg(target_arch = "wasm32")]
async fn start_now() {
    // Answers an earlier release saved as a JSON document: only the whole program reads them
    // (index.html's loader starts it for such a visit; this is for a page that did not). It saves
    // them again in the form both programs read.
    #[cfg(not(feature = "results"))]
    if !browser::saved_in_link_form() && browser::start_whole().await.is_ok() {
        return;
    }
    // The whole program taking the page over from the lighter one starts from what that one
    // shows (src/browser/whole.rs), not from storage or the address: its language first, its
    // state in the task that draws.
    let handed = browser::handover_settings();
    let settings = handed.unwrap_or_else(browser::load_settings);
    let texts = browser::install_texts(settings.lang).await;
    browser::next_task().await;
    let mut initial = match handed {
        // Taken in the task that draws and retires the lighter program: nothing happens on the
        // page in between.
        Some(_) => match browser::take_handover(browser::today()) {
            Some((settings, actions)) => browser::state_from(settings, actions),
            None => browser::initial_state(settings),
        },
        None => {
            let initial = browser::initial_state(settings);
            // The address as reading it left it (a link it has taken in is cleared from the
            // address).
            let hash = browser::location_hash();
            browser::next_task().await;
            // The start page's figures: those the build wrote into the page when they hold
            // today, else derived (the example enterprises evaluated) in a task of their own;
            // the first render reads them.
            if initial.view == state::View::Start {
                use components::start::StartFigures;
                let date = initial.profile.assessment_date;
                let on_page = browser::start_figures_on_page()
                    .is_some_and(|page| StartFigures::adopt(&page, date));
                if !on_page {
                    StartFigures::on(date);
                    browser::next_task().await;
                }
            }
            if browser::location_hash() != hash {
                browser::initial_state(settings)
            } else {
                initial
            }
        }
    };
    if let Err(failure) = texts {
        initial.texts = state::Texts::Failed(failure);
    }
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => mount_state(el, initial).await,
        None => {
            let initial = std::rc::Rc::new(initial);
            yew::Renderer::<App>::with_props(AppProps {
                initial,
                beside_prerendered: false,
            })
            .render();
        }
    }
}

/// Mounts the app into `root`. Rendering is asynchronous: the DOM appears once Yew's scheduler
/// has run (in a microtask, before the browser paints again). Used by `start()` and by the
/// in-browser tests.
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::Element) {
    wasm_bindgen_futures::spawn_local(mount_state(
        root,
        browser::initial_state(browser::load_settings()),
    ));
}

/// Mounts the app into `root`, starting from `initial`.
///
/// `root` may hold the start page written at build time (`yc-prerender`). The app's page takes
/// its place within one task, before the browser paints again, so nothing flashes; for a first
/// visit (`AppState::prerender`) that page is the very same markup (tests/web.rs compares them),
/// so nothing moves either. The lighter program on that start page, while it is on show, sets
/// itself up in a first render that draws nothing, in an element of its own beside the page, and
/// draws its page in the next task: neither task then blocks a phone for long
/// (docs/benchmarks.md, eighteenth session). The app redraws rather than adopts the nodes (Yew's
/// hydration): measured, hydration would add about 20 KB gzip of Wasm to every first load, for
/// nodes that are replaced unseen.
#[cfg(target_arch = "wasm32")]
pub async fn mount_state(root: web_sys::Element, initial: state::AppState) {
    #[cfg(feature = "results")]
    browser::retire_lighter();
    #[cfg(not(feature = "results"))]
    let beside = (initial.view == state::View::Start
        && initial.texts == state::Texts::Ready
        && root.has_attribute(PRERENDER_ATTR))
    .then(|| browser::keep_prerendered(&root))
    .flatten();
    #[cfg(not(feature = "results"))]
    let beside_prerendered = beside.is_some();
    #[cfg(feature = "results")]
    let beside_prerendered = false;
    if !beside_prerendered {
        let _ = root.remove_attribute(PRERENDER_ATTR);
        root.set_inner_html("");
    }
    #[cfg(not(feature = "results"))]
    let host = beside.unwrap_or_else(|| root.clone());
    #[cfg(feature = "results")]
    let host = root.clone();
    let initial = std::rc::Rc::new(initial);
    #[cfg_attr(feature = "results", allow(unused_mut, unused_variables))]
    let mut app = yew::Renderer::<App>::with_root_and_props(
        host,
        AppProps {
            initial: initial.clone(),
            beside_prerendered,
        },
    )
    .render();
    #[cfg(not(feature = "results"))]
    {
        if beside_prerendered {
            browser::next_task().await;
            browser::drop_prerendered(&root);
            app.update(AppProps {
                initial,
                beside_prerendered: false,
            });
        }
        // The lighter program hands the page over to the whole one (components/handoff.rs).
        browser::leave_retirement(move || app.destroy());
    }
}

/// The page the app draws first for `state`, as HTML, rendered natively by Yew's server renderer:
/// for `AppState::prerender`, the start page `yc-prerender` writes into index.html's `#app`.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender(state: state::AppState) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: std::rc::Rc::new(state),
        beside_prerendered: false,
    })
    .hydratable(false)
    .render()
    .await
}
