//! The start page's links: an example enterprise (`#example=<id>`) and 开始 (`#start`).

/// The link of an example enterprise (`#example=<id>`): the start page's examples are real links,
/// so one followed before the app has started, or opened in a new tab, still ends on the
/// example's results. Its answers are filled in on the day it is opened (relative years), which a
/// share link written at build time could not do.
pub fn example_link(id: &str) -> String {
    format!("#example={id}")
}

/// The link the start page's 开始 button follows when it is tapped before the app has started
/// (index.html's boot script): the app opens the questionnaire where it would have, once it runs.
pub const START_LINK: &str = "#start";

/// Whether a link is the start page's 开始 (`#start`, with or without the `#`).
pub fn start_in_link(hash: &str) -> bool {
    hash.strip_prefix('#').unwrap_or(hash) == &START_LINK[1..]
}

/// The example a link names (`#example=<id>`, with or without the `#`), if any.
pub fn example_in_link(hash: &str) -> Option<&'static yc_engine::examples::Example> {
    let id = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("example=")?;
    yc_engine::examples::EXAMPLES.iter().find(|ex| ex.id == id)
}
