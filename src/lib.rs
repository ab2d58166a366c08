//! The browser app of the Yinchuan tech-enterprise policy calculator. It only displays what the
//! policy engine (`yc-engine`) decides; state lives in one reducer (`state`), and the browser's
//! storage, URL, files, clipboard, clock and focus are touched only at the browser edge, `browser`.

pub mod browser;
pub mod components;
pub mod format;
pub mod qr;
pub mod state;

pub use components::app::App;

/// Mounts the app into the page's `#app` element (or `<body>` when it is missing).
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => mount(el),
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Mounts the app into `root`. Rendering is asynchronous: the DOM appears once Yew's scheduler
/// has run (after the current task). Used by `start()` and by the in-browser tests.
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<App>::with_root(root).render();
}
