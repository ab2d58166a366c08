//! The workbench's browser edge: the chosen file's bytes, downloads, what is kept on the device
//! (the language, shared with the public app's settings, and the column mapping) and the public
//! calculator's address for share links. Nothing here sends anything anywhere: the list is read
//! from the file in memory and never leaves the page.

use crate::state::{Action, Failure, MAX_FILE_BYTES};
use gloo_storage::{LocalStorage, Storage};
use yc_engine::{Lang, Profile};

/// Where the column mapping is kept (the app's one list of storage keys).
use yc_calculator::keys::STAFF_MAPPING as MAPPING_KEY;

/// The language the staff member last chose, here or in the public app.
pub fn saved_language() -> Lang {
    yc_calculator::browser::load_settings().lang
}

/// Keeps the language for both pages.
pub fn save_language(lang: Lang) {
    let settings = yc_calculator::browser::load_settings();
    yc_calculator::browser::save_settings(yc_calculator::state::Settings { lang, ..settings });
}

/// Installs the words of `lang` (from the texts file beside the page) and reports the switch.
pub fn switch_language(lang: Lang, send: yew::Callback<Action>) {
    save_language(lang);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = yc_calculator::browser::install_texts(lang).await.is_ok();
        apply_language(lang);
        send.emit(Action::Language(lang, ok));
    });
}

/// Sets the document's language and the tab's title.
pub fn apply_language(lang: Lang) {
    yc_calculator::browser::apply_language(lang);
    gloo_utils::document().set_title(t!(page.title).get(lang));
}

/// The mapping kept on the device.
pub fn load_mapping() -> Vec<(String, String)> {
    let text: String = LocalStorage::get(MAPPING_KEY).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn save_mapping(pairs: &[(String, String)]) {
    let text: String = pairs.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect();
    // A full or refused storage keeps the mapping for this visit only.
    let _ = LocalStorage::set(MAPPING_KEY, text);
}

/// Reads the chosen file into an action: its bytes, or why not. The size is checked first.
pub async fn read_file(file: web_sys::File) -> Action {
    let file = gloo_file::File::from(file);
    if file.size() > MAX_FILE_BYTES as u64 {
        return Action::Failed(Failure::TooLarge);
    }
    match gloo_file::futures::read_as_bytes(&file).await {
        Ok(bytes) => Action::File {
            name: file.name(),
            bytes,
        },
        Err(_) => Action::Failed(Failure::Unreadable),
    }
}

/// Offers bytes as a file download (the public app's own download).
pub use yc_calculator::browser::download_bytes as download;

/// The public calculator's link with an enterprise's answers (the page beside this one,
/// `index.html`), or `None` when this page was opened from a file: such a link would open on
/// this computer only.
pub fn calculator_link(profile: &Profile) -> Option<String> {
    let l = gloo_utils::window().location();
    if l.protocol().ok()? == "file:" {
        return None;
    }
    let path = l.pathname().ok()?;
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    Some(format!(
        "{}{dir}#{}",
        l.origin().ok()?,
        profile.to_fragment()
    ))
}

/// Where "back to the calculator" goes: the page beside this one, or, in the single-file edition
/// opened from disk, the calculator's single file beside this one.
pub fn calculator_href() -> &'static str {
    let file = gloo_utils::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:");
    if file {
        "yinchuan-policy-calculator.html"
    } else {
        "./"
    }
}

/// Opens a link in a new tab (a result card's "answer now": the enterprise's own calculator).
pub fn open(link: &str) {
    let _ = gloo_utils::window().open_with_url_and_target(link, "_blank");
}
