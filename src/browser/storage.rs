//! What the app keeps in this browser's local storage: the answers (autosave), the settings, the
//! money fields switched to 元, the page last shown, and the staff workbench's draft guideline
//! values (its guideline preview; read and written by the workbench only). A browser that
//! refuses storage gets a running app that saves nothing.

use crate::keys::{CORRUPT as CORRUPT_KEY, GUIDELINE as GUIDELINE_KEY, PROBE, VIEW as VIEW_KEY};
use crate::keys::{PROFILE as PROFILE_KEY, SETTINGS as SETTINGS_KEY, UNITS as UNITS_KEY};
use crate::state::{Action, Notice, Origin, Settings, View};
use yc_engine::{Date, Profile};

/// The money fields switched to 元 in this browser. Plain text, one id a line: a list of ids
/// needs no JSON reader in the bundle.
pub fn load_yuan_fields() -> Vec<yc_engine::Fact> {
    let saved = storage()
        .and_then(|s| s.get_item(UNITS_KEY).ok().flatten())
        .unwrap_or_default();
    saved.lines().filter_map(yc_engine::Fact::from_id).collect()
}

/// Remembers the money fields switched to 元.
pub fn save_yuan_fields(facts: &[yc_engine::Fact]) {
    let Some(s) = storage() else { return };
    let ids: Vec<&str> = facts.iter().map(|f| f.id()).collect();
    let ids = ids.join("\n");
    store(
        &s,
        UNITS_KEY,
        Some(ids.as_str()).filter(|ids| !ids.is_empty()),
    );
}

/// Stores `value` under `key` (takes the key away for `None`) unless storage holds just that
/// already: the app's first render writes back what the start-up has just read, and a read costs
/// less than a write. A full storage refuses the write; the value then lasts for this visit only.
pub(super) fn store(s: &web_sys::Storage, key: &str, value: Option<&str>) {
    if s.get_item(key).ok().flatten().as_deref() != value {
        let _ = match value {
            Some(value) => s.set_item(key, value),
            None => s.remove_item(key),
        };
    }
}

/// The draft guideline values saved in this browser: plain text, one `id<TAB>text` a line (the
/// typed values are single-line). Unknown parameters are dropped.
pub fn load_guideline() -> Vec<(&'static str, String)> {
    let saved = storage()
        .and_then(|s| s.get_item(GUIDELINE_KEY).ok().flatten())
        .unwrap_or_default();
    saved
        .lines()
        .filter_map(|line| {
            let (id, text) = line.split_once('\t')?;
            Some((yc_engine::params::def(id)?.id, text.to_string()))
        })
        .collect()
}

/// Saves the draft guideline values (or forgets them when there are none).
pub fn save_guideline(values: &[(&'static str, String)]) {
    let Some(s) = storage() else { return };
    let lines: Vec<String> = values
        .iter()
        .map(|(id, text)| format!("{id}\t{}", text.replace(['\t', '\n', '\r'], " ")))
        .collect();
    let lines = lines.join("\n");
    store(
        &s,
        GUIDELINE_KEY,
        Some(lines.as_str()).filter(|l| !l.is_empty()),
    );
}

/// Local storage, when the browser allows it. gloo's `LocalStorage` throws when storage is
/// refused (blocked cookies, some private modes), so every use goes through this check first and
/// the app then simply runs without saving.
pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Language and 长者版 mode as last chosen; the defaults (Chinese, standard) when nothing
/// readable is stored. The stored JSON is read by the browser's own parser (`JSON.parse`), field
/// by field (`Settings::from_fields`).
pub fn load_settings() -> Settings {
    let object = storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .filter(|v| v.is_object());
    object.map_or_else(Settings::default, |o| settings_of(&o))
}

/// The settings in a JS object's `lang` and `senior` fields (the stored settings, parsed; the
/// lighter program's handover), field by field (`Settings::from_fields`).
pub(super) fn settings_of(object: &wasm_bindgen::JsValue) -> Settings {
    let field = |name: &str| js_sys::Reflect::get(object, &name.into()).ok();
    Settings::from_fields(
        field("lang").and_then(|v| v.as_string()).as_deref(),
        field("senior").and_then(|v| v.as_bool()),
    )
}

pub fn save_settings(settings: Settings) {
    if let Some(s) = storage() {
        store(&s, SETTINGS_KEY, Some(&settings.to_stored()));
    }
}

/// Whether this browser keeps what the page saves (some refuse storage to a page opened from a
/// file, or in private mode): a value written can be read back.
pub(super) fn storage_works() -> bool {
    let Some(s) = storage() else { return false };
    let ok =
        s.set_item(PROBE, "1").is_ok() && s.get_item(PROBE).ok().flatten().as_deref() == Some("1");
    let _ = s.remove_item(PROBE);
    ok
}

/// Whether the answers saved in this browser are in the autosave's form (the readable share-link
/// form, `v=1&d=…&location=…`) or absent. Not so: answers saved as a JSON document by an earlier
/// release, which only the whole program reads (index.html's loader starts it for such a visit,
/// and the lighter program hands such a page to it: `lib.rs`).
pub fn saved_in_link_form() -> bool {
    storage()
        .and_then(|s| s.get_item(PROFILE_KEY).ok().flatten())
        .is_none_or(|raw| raw.starts_with(crate::keys::SAVED_FORM))
}

/// Reads saved answers: the autosave's form (the readable share link, read by the engine's link
/// reader) or, in the whole program, a JSON document an earlier release saved (the engine's
/// document reader); saved again in the autosave's form with the next answer.
fn read_saved(raw: &str, today: Date) -> Option<(Profile, Vec<yc_engine::profile::LoadIssue>)> {
    if raw.starts_with(crate::keys::SAVED_FORM) {
        return Profile::from_saved(raw, today).ok();
    }
    #[cfg(feature = "results")]
    {
        Profile::from_json_lenient(raw, today).ok()
    }
    #[cfg(not(feature = "results"))]
    None
}

/// The autosaved answers. The text goes to the engine's own readers (size limit, strict format,
/// lenient answers), not to a generic deserializer.
pub(super) fn load_saved(today: Date) -> Option<Action> {
    let s = storage()?;
    let raw = s.get_item(PROFILE_KEY).ok().flatten()?;
    match read_saved(&raw, today) {
        Some((mut profile, issues)) => {
            // Saved answers are assessed as of today, not the day they were typed (an answer
            // about last year then no longer counts, and is asked again).
            profile.assessment_date = today;
            // Resume on the page the user left (the first unanswered step when none is known).
            Some(Action::Load {
                profile,
                issues,
                origin: Origin::Saved,
                view: saved_view().filter(|v| *v != View::Start),
            })
        }
        None => {
            // Keep the unreadable text aside instead of destroying it, and start clean.
            let _ = s.set_item(CORRUPT_KEY, &raw);
            let _ = s.remove_item(PROFILE_KEY);
            Some(Action::Notify(Notice::SavedCorrupt))
        }
    }
}

/// Saves the answers in this browser (autosave), in the readable share-link form: the engine's
/// link writer and reader, which both programs carry, so the lighter one needs no JSON.
pub fn persist_profile(profile: &Profile) {
    let Some(s) = storage() else { return };
    let saved = profile
        .answers()
        .next()
        .map(|_| profile.to_readable_fragment());
    store(&s, PROFILE_KEY, saved.as_deref());
}

/// The page shown when the answers were last saved, if any.
pub(super) fn saved_view() -> Option<View> {
    let code = storage()?.get_item(VIEW_KEY).ok().flatten()?;
    View::from_code(&code)
}
