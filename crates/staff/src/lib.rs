//! The staff workbench of the Yinchuan tech-enterprise policy calculator: a whole list of
//! enterprises (an Excel workbook or a CSV file, in UTF-8 or GBK) read, mapped and screened in
//! the browser, with nothing uploaded. Its own page (`staff.html`) and program, so the list
//! readers never reach the public app's first load.
//!
//! As in the public app: state lives in one reducer (`state`, plain Rust, tested natively); the
//! browser (files, downloads, storage, the clock) is touched only at the edge (`edge`); the views
//! (`view`) only display the state and send actions. The result cards, the share link's form and
//! the QR code are the public app's own components.

/// A text of the workbench, by its key in the `staff` tables of the texts files.
macro_rules! t {
    ($($seg:ident).+) => {
        yc_engine::staff_words::$($seg)::+
    };
}

/// A message of the workbench in one language: `say!(lang, summary.rows, n = total)`.
macro_rules! say {
    ($lang:expr, $($seg:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        yc_engine::text::Msg::fill_in(
            yc_engine::staff_words::$($seg)::+,
            $lang,
            &[$((stringify!($name), &yc_engine::__msg_arg!($name $(, $value)?) as &dyn yc_engine::text::Arg)),*],
        )
    };
}

pub mod decode;
pub mod edge;
pub mod state;
pub mod view;

/// Mounts the workbench into the page's `#staff` element, once the words of both languages are
/// installed (the same texts files as the public app's, beside the page).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let lang = edge::saved_language();
        // Both languages' words: the page's for the cards, and both for reading a list, whose
        // headers and options may be written in either (a district by its Chinese name on an
        // English page).
        let other = match lang {
            yc_engine::Lang::Zh => yc_engine::Lang::En,
            yc_engine::Lang::En => yc_engine::Lang::Zh,
        };
        let texts = yc_calculator::browser::install_texts(lang).await.is_ok()
            && yc_calculator::browser::install_texts(other).await.is_ok();
        let mut initial = state::Workbench::new(lang, yc_calculator::browser::today(), texts);
        initial.remembered = edge::load_mapping();
        let initial = initial.apply(state::Action::GuidelineLoaded(
            yc_calculator::browser::load_guideline(),
        ));
        edge::apply_language(lang);
        let root = gloo_utils::document().get_element_by_id("staff");
        let props = view::RootProps {
            initial: std::rc::Rc::new(initial),
        };
        match root {
            Some(root) => {
                root.set_inner_html("");
                yew::Renderer::<view::Root>::with_root_and_props(root, props).render();
            }
            None => {
                yew::Renderer::<view::Root>::with_props(props).render();
            }
        }
        yc_calculator::browser::mark_ready();
    });
}
