//! The start page written at build time, left on show while the lighter program sets itself up
//! beside it (lib.rs: `mount_state`), then taken away as the app draws its own; and the figures
//! the build wrote for it.

#[cfg(not(feature = "results"))]
thread_local! {
    /// The start page written at build time, left on show while the app sets itself up
    /// ([`keep_prerendered`]).
    static PRERENDERED: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Leaves the start page written at build time (`root`'s, when it is on show) where it is, and
/// gives the app an element of its own beside it, for a first render that sets the app up and
/// draws nothing; the app's own page takes the place of the written one in the next task
/// ([`drop_prerendered`]), so neither task blocks a phone for long. The page is not moved: moving
/// it would have the browser lay it out again. The element the app is to be mounted in, when the
/// page was left.
#[cfg(not(feature = "results"))]
pub fn keep_prerendered(root: &web_sys::Element) -> Option<web_sys::Element> {
    let shown = !gloo_utils::document_element()
        .matches(".yc-prerender-hidden")
        .unwrap_or(true);
    let page = root.first_element_child().filter(|_| shown)?;
    let host = gloo_utils::document().create_element("div").ok()?;
    root.append_child(&host).ok()?;
    PRERENDERED.set(Some(page));
    Some(host)
}

/// Takes the start page written at build time away from `root` (the app draws its own in the
/// same task).
#[cfg(not(feature = "results"))]
pub fn drop_prerendered(root: &web_sys::Element) {
    if let Some(page) = PRERENDERED.take() {
        page.remove();
    }
    let _ = root.remove_attribute(crate::PRERENDER_ATTR);
}

/// The start page's figures the build wrote into the page (`yc-prerender`: the boot tag's
/// `data-start-figures`, read by `components::start::StartFigures::adopt`), if it did.
pub fn start_figures_on_page() -> Option<String> {
    gloo_utils::document()
        .query_selector(r#"meta[name="yc-boot"]"#)
        .ok()??
        .get_attribute(crate::keys::START_FIGURES)
}
