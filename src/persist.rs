//! The edge: the only place that touches browser storage, the URL, files, the clipboard and the
//! clock. Everything here turns browser things into engine values and back; nothing decides.

use crate::state::{Action, AppState, Notice, Origin, View};
use wasm_bindgen::JsCast;
use yc_engine::profile::{LoadError, MAX_PROFILE_BYTES};
use yc_engine::{Date, Lang, Profile};

const PROFILE_KEY: &str = "yc-calculator/profile";
const CORRUPT_KEY: &str = "yc-calculator/profile-unreadable";
const SETTINGS_KEY: &str = "yc-calculator/settings";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Today in the browser's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| Date::jan_first(2026))
}

/// Language and 长者版 mode as last chosen (Chinese and standard by default).
pub fn load_settings() -> (Lang, bool) {
    let raw = storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .unwrap_or_default();
    let lang = if raw.contains("\"lang\":\"en\"") {
        Lang::En
    } else {
        Lang::Zh
    };
    (lang, raw.contains("\"senior\":true"))
}

pub fn save_settings(lang: Lang, senior: bool) {
    if let Some(s) = storage() {
        let lang = if lang == Lang::En { "en" } else { "zh" };
        let _ = s.set_item(
            SETTINGS_KEY,
            &format!("{{\"lang\":\"{lang}\",\"senior\":{senior}}}"),
        );
    }
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn refusal(origin: Origin, zh: String, en: String) -> Action {
    Action::Notify(Notice::Refused {
        origin,
        message_zh: zh,
        message_en: en,
    })
}

/// The state to start with: answers from a share link if the URL has one, else the answers saved
/// in this browser, else nothing.
pub fn initial_state() -> AppState {
    let today = today();
    let (lang, senior) = load_settings();
    let fresh = std::rc::Rc::new(AppState::new(today, lang, senior));
    let hash = location_hash();
    let action = if hash.len() > 1 {
        // The link's answers now live in this browser; drop them from the address bar so a reload
        // does not overwrite later changes with the link's.
        clear_fragment();
        match Profile::from_fragment(&hash, today) {
            Ok((profile, issues)) => Some(Action::Load {
                profile,
                issues,
                origin: Origin::Link,
                view: Some(View::Results),
            }),
            Err(e) => Some(refusal(
                Origin::Link,
                e.message(Lang::Zh),
                e.message(Lang::En),
            )),
        }
    } else {
        load_saved(today)
    };
    let state = match action {
        Some(a) => yew::Reducible::reduce(fresh, a),
        None => fresh,
    };
    (*state).clone()
}

fn load_saved(today: Date) -> Option<Action> {
    let s = storage()?;
    let raw = s.get_item(PROFILE_KEY).ok().flatten()?;
    match Profile::from_json_lenient(&raw, today) {
        Ok((mut profile, issues)) => {
            // Saved answers are assessed as of today, not the day they were typed.
            profile.assessment_date = today;
            Some(Action::Load {
                profile,
                issues,
                origin: Origin::Saved,
                view: None,
            })
        }
        Err(_) => {
            // Keep the unreadable text aside instead of destroying it, and start clean.
            let _ = s.set_item(CORRUPT_KEY, &raw);
            let _ = s.remove_item(PROFILE_KEY);
            Some(Action::Notify(Notice::SavedCorrupt))
        }
    }
}

/// Saves the answers in this browser (autosave). Share links are made on request only.
pub fn persist_profile(profile: &Profile) {
    let empty = profile.answers().next().is_none();
    if let Some(s) = storage() {
        let _ = if empty {
            s.remove_item(PROFILE_KEY)
        } else {
            s.set_item(PROFILE_KEY, &profile.to_json_string())
        };
    }
}

fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let path =
        w.location().pathname().unwrap_or_default() + &w.location().search().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The full share link for the profile.
pub fn share_link(profile: &Profile) -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let l = w.location();
    format!(
        "{}{}{}#{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default(),
        profile.to_fragment()
    )
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_text(text: String) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers the profile as a JSON file download.
pub fn export_file(profile: &Profile) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&profile.to_json_string()));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(&format!("yc-profile-{}.json", profile.assessment_date));
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a chosen profile file into an action: a load, or a refusal that changes nothing.
pub async fn import_file(file: web_sys::File, today: Date) -> Action {
    if file.size() > MAX_PROFILE_BYTES as f64 {
        let e = LoadError::TooLarge;
        return refusal(Origin::File, e.message(Lang::Zh), e.message(Lang::En));
    }
    let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
        Ok(v) => v.as_string().unwrap_or_default(),
        Err(_) => {
            return refusal(
                Origin::File,
                "无法读取这个文件。".into(),
                "This file could not be read.".into(),
            );
        }
    };
    match Profile::from_json_lenient(&text, today) {
        Ok((profile, issues)) => Action::Load {
            profile,
            issues,
            origin: Origin::File,
            view: Some(View::Review),
        },
        Err(e) => refusal(Origin::File, e.message(Lang::Zh), e.message(Lang::En)),
    }
}

/// Sets the document language and title for assistive technology and the browser tab.
pub fn apply_language(lang: Lang) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", if lang == Lang::En { "en" } else { "zh-CN" });
    }
    doc.set_title(crate::format::tr(
        lang,
        "银川市科技型企业政策计算器",
        "Yinchuan Tech-Enterprise Policy Calculator",
    ));
}

/// Marks 长者版 on the root element too (`<html data-mode="senior">`), so the stylesheet can
/// enlarge the root font size and with it every size given in `rem`.
pub fn apply_mode(senior: bool) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-mode", if senior { "senior" } else { "standard" });
    }
}

/// Moves keyboard focus to the page's main heading (after a navigation) and scrolls to the top.
pub fn focus_heading() {
    let Some(w) = web_sys::window() else { return };
    if let Some(el) = w
        .document()
        .and_then(|d| d.get_element_by_id("page-heading"))
    {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
    w.scroll_to_with_x_and_y(0.0, 0.0);
}

/// Moves focus to a question's input once the page now being rendered is on screen (from
/// "answer now" on a result card, or a refused "Next").
pub fn focus_field_after_render(id: String) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
        let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        else {
            return;
        };
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
}

/// Opens the print dialog (Save as PDF works from there).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Tells the boot script in index.html that the app is running, so it hides its loading message.
pub fn mark_ready() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(boot) = doc.get_element_by_id("boot") {
            boot.remove();
        }
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
    }
}
