//! The browser edge: the only place that touches local storage, the URL fragment, files, the
//! clipboard, the clock and keyboard focus. Everything here turns browser things into engine
//! values and back; nothing decides. The gloo crates do the plumbing (`gloo-storage` for the
//! settings, `gloo-file` for export and import, `gloo-timers` for the deferred focus,
//! `gloo-utils` for the document); what they leave out (the clipboard, history) is `web-sys`.

use crate::state::startup::refusal;
use crate::state::{Action, AppState, Edition, Origin, Refusal, View};
use wasm_bindgen::JsCast;
use yc_engine::document::{LoadError, MAX_PROFILE_BYTES};
use yc_engine::{Date, Lang, Profile};

mod prerendered;
mod storage;
mod whole;

use crate::keys::VIEW as VIEW_KEY;
pub use prerendered::start_figures_on_page;
#[cfg(not(feature = "results"))]
pub use prerendered::{drop_prerendered, keep_prerendered};
pub use storage::{
    load_guideline, load_settings, load_yuan_fields, persist_profile, save_guideline,
    save_settings, save_yuan_fields, saved_in_link_form,
};
use storage::{load_saved, storage, storage_works};
#[cfg(feature = "results")]
pub use whole::retire_lighter;
#[cfg(not(feature = "results"))]
pub use whole::{fetch_whole_ahead, leave_handover, leave_retirement, note_state, start_whole};
pub use whole::{handover_settings, take_handover};

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

/// The address's `#…` part (empty when there is none).
pub fn location_hash() -> String {
    gloo_utils::window().location().hash().unwrap_or_default()
}

/// Resolves in a later task of the event loop (`setTimeout(…, 0)`), so that the browser can
/// paint and handle input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if gloo_utils::window()
            .set_timeout_with_callback(&resolve)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What the link in the address asks for, as `state::startup::link_actions` decides it with the
/// answers saved in this browser; the address loses its fragment when the link is used up.
fn link_actions(hash: &str, today: Date) -> Option<Vec<Action>> {
    let plan = crate::state::startup::link_actions(hash, today, || load_saved(today))?;
    if plan.clear_fragment {
        clear_fragment();
    }
    Some(plan.actions)
}

/// The state to start with: answers from a share link if the URL has one, else the answers saved
/// in this browser, else nothing; in the language and mode of `settings` (`load_settings`).
pub fn initial_state(settings: crate::state::Settings) -> AppState {
    let today = today();
    let hash = location_hash();
    let units = load_yuan_fields();
    let actions = (!units.is_empty())
        .then_some(Action::MoneyUnitsLoaded(units))
        .into_iter()
        .chain(
            link_actions(&hash, today).unwrap_or_else(|| load_saved(today).into_iter().collect()),
        )
        .collect();
    state_from(settings, actions)
}

/// The state `actions` give from a fresh start in the language and mode of `settings`, with what
/// the browser says of this page (edition, storage, WeChat).
pub fn state_from(settings: crate::state::Settings, actions: Vec<Action>) -> AppState {
    let fresh = std::rc::Rc::new(AppState::new(today(), settings.lang, settings.senior));
    let state = actions.into_iter().fold(fresh, yew::Reducible::reduce);
    let mut state = (*state).clone();
    state.edition = edition();
    state.can_save = storage_works();
    state.mini_program = in_mini_program();
    // WeChat's in-app browser says MicroMessenger in its user agent (the mini-program's web-view
    // does too, and is told apart above).
    state.wechat_browser = !state.mini_program
        && gloo_utils::window()
            .navigator()
            .user_agent()
            .is_ok_and(|agent| agent.contains("MicroMessenger"));
    state
}

/// Whether the page runs in a WeChat mini-program's web-view: WeChat sets
/// `window.__wxjs_environment` to "miniprogram" there, and its user agent says `miniProgram`. No
/// WeChat script is loaded for this; nothing leaves the origin.
fn in_mini_program() -> bool {
    let window = gloo_utils::window();
    let env = js_sys::Reflect::get(&window, &"__wxjs_environment".into())
        .ok()
        .and_then(|v| v.as_string());
    let agent = window.navigator().user_agent().unwrap_or_default();
    env.as_deref() == Some("miniprogram") || agent.contains("miniProgram")
}

/// Which edition this page is: the single-file one says so in a meta tag
/// (`scripts/standalone.mjs`).
fn edition() -> Edition {
    let standalone = gloo_utils::document()
        .query_selector(r#"meta[name="yc-edition"][content="standalone"]"#)
        .ok()
        .flatten()
        .is_some();
    if standalone {
        Edition::Standalone
    } else {
        Edition::Web
    }
}

/// The page's address without its fragment: path and query.
fn address() -> String {
    let location = gloo_utils::window().location();
    location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
}

/// The address with `fragment` after `#`, or without any fragment.
fn address_with(fragment: Option<&str>) -> String {
    match fragment {
        Some(f) => format!("{}#{f}", address()),
        None => address(),
    }
}

fn clear_fragment() {
    if let Ok(h) = gloo_utils::window().history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address()));
    }
}

/// Enter in a text field moves to the next question instead of submitting the step (a phone
/// keyboard's 前往/完成 key sends Enter): the first input of the next question, or the step's
/// submit button after the last one.
pub fn focus_next_field(from: &web_sys::Element) {
    let Ok(Some(form)) = from.closest("form") else {
        return;
    };
    let Ok(Some(here)) = from.closest("[data-fact]") else {
        return;
    };
    let Ok(nodes) = form.query_selector_all("[data-fact] input, button[type=submit]") else {
        return;
    };
    let mut passed = false;
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let group = el.closest("[data-fact]").ok().flatten();
        if group.as_ref() == Some(&here) {
            passed = true;
            continue;
        }
        if passed {
            let _ = el.focus();
            return;
        }
    }
}

/// Records a page change: one browser-history entry per page (so the phone's Back, and WeChat's,
/// move through the app's pages instead of leaving it), and the page to resume on. A change that
/// came from Back or Forward adds no entry; the first page replaces the entry it was opened with.
/// The results page's entry has the share link's `fragment` in its address, so the browser's (and
/// WeChat's ··· → 分享) own sharing sends the answers; every other page's address has none.
pub fn record_view(view: View, from_history: bool, first: bool, fragment: Option<&str>) {
    let code = view.code();
    if let Some(s) = storage() {
        storage::store(&s, VIEW_KEY, Some(&code));
    }
    if from_history {
        return;
    }
    let Ok(history) = gloo_utils::window().history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::from_str(&code);
    let url = address_with(fragment);
    let _ = if first {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}

/// Keeps the results page's address equal to the share link of the answers shown: the entry is
/// replaced, never added, so Back still leaves the results in one step. Only the results page's
/// own entry is touched (Back or Forward may just have landed on it, with older answers in it).
pub fn show_link(fragment: &str) {
    let Ok(history) = gloo_utils::window().history() else {
        return;
    };
    let results = View::Results.code();
    if history.state().ok().and_then(|s| s.as_string()) != Some(results.clone()) {
        return;
    }
    let hash = gloo_utils::window().location().hash().unwrap_or_default();
    if hash.strip_prefix('#') != Some(fragment) {
        let state = wasm_bindgen::JsValue::from_str(&results);
        let _ = history.replace_state_with_url(&state, "", Some(&address_with(Some(fragment))));
    }
}

/// Listens for Back and Forward within the app's history; drop the listener to stop.
pub fn on_history(send: yew::Callback<Action>) -> gloo_events::EventListener {
    gloo_events::EventListener::new(&gloo_utils::window(), "popstate", move |event| {
        let state = event
            .dyn_ref::<web_sys::PopStateEvent>()
            .and_then(|e| e.state().as_string());
        if let Some(view) = state.as_deref().and_then(View::from_code) {
            send.emit(Action::HistoryGo(view));
        }
    })
}

/// Listens for a link followed in this tab while the app runs (a share link pasted into the
/// address bar, a link opened from another app into this tab): the address's fragment changes
/// and the page is not reloaded. It is read as a link is at start-up (`link_actions`: asking
/// before it replaces other answers). Back and Forward between the app's own pages change the
/// fragment too, but their history entries carry a view (`record_view`): those are `popstate`'s.
pub fn on_link_followed(send: yew::Callback<Action>) -> gloo_events::EventListener {
    gloo_events::EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
        let own_entry = gloo_utils::window()
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|s| s.as_string())
            .is_some_and(|code| View::from_code(&code).is_some());
        if own_entry {
            return;
        }
        for action in link_actions(&location_hash(), today()).unwrap_or_default() {
            send.emit(action);
        }
    })
}

/// Listens for a new deployment downloaded by the service worker (register-sw.js says so with
/// "yc-update-ready"); one already waiting when the app starts is reported at once.
pub fn on_update_ready(send: yew::Callback<Action>) -> gloo_events::EventListener {
    let window = gloo_utils::window();
    if js_sys::Reflect::get(&window, &"ycUpdate".into()).is_ok_and(|w| !w.is_undefined()) {
        send.emit(Action::UpdateReady);
    }
    gloo_events::EventListener::new(&window, "yc-update-ready", move |_| {
        send.emit(Action::UpdateReady)
    })
}

/// Switches to the new deployment: register-sw.js activates it and reloads the page once it
/// controls it (the answers are autosaved, so nothing is lost).
pub fn apply_update() {
    if let Ok(event) = web_sys::Event::new("yc-apply-update") {
        let _ = gloo_utils::window().dispatch_event(&event);
    }
}

/// The full share link for the profile.
pub fn share_link(profile: &Profile) -> String {
    // The single-file edition built with the calculator's public address (`YC_PUBLIC_URL`,
    // scripts/standalone.mjs) shares that address: a file:// link opens on this computer only.
    if let Some(base) = public_address() {
        return format!("{base}#{}", profile.to_fragment());
    }
    let l = gloo_utils::window().location();
    format!(
        "{}{}{}#{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default(),
        profile.to_fragment()
    )
}

/// The calculator's public address, which a single-file edition may carry (its
/// `<meta name="yc-public-url">`); `None` elsewhere.
fn public_address() -> Option<String> {
    gloo_utils::document()
        .query_selector(r#"meta[name="yc-public-url"][content]"#)
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
}

/// Whether the share link opens on another device: not when it is this computer's file (the
/// single-file edition opened from disk, built without the public address).
pub fn link_opens_elsewhere() -> bool {
    let file = gloo_utils::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:");
    !file || public_address().is_some()
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_text(text: String) -> bool {
    let promise = gloo_utils::window()
        .navigator()
        .clipboard()
        .write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers the profile as a JSON file download.
pub fn export_file(profile: &Profile) {
    download(
        &profile.to_json_string(),
        "application/json",
        &format!("yc-profile-{}.json", profile.assessment_date),
    );
}

/// Offers `text` as a file download named `name`.
pub fn download(text: &str, mime: &str, name: &str) {
    download_bytes(text.as_bytes(), mime, name);
}

/// Offers bytes as a file download named `name` (the staff workbench's exports too).
pub fn download_bytes(bytes: &[u8], mime: &str, name: &str) {
    let blob = gloo_file::Blob::new_with_options(bytes, Some(mime));
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(blob);
    let doc = gloo_utils::document();
    let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(name);
    let body = gloo_utils::body();
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
}

/// Reads a chosen profile file into an action: a load, or a refusal that changes nothing. The
/// size is checked before reading and the bytes go to the engine undecoded, so a large file is
/// "too large", never "not UTF-8". In the lighter program, which has no JSON reader, the bytes go
/// to the whole program with the page (`whole::hand_over_file`): `None` once it has taken the page
/// (it reads them as the file it is), a refusal if it could not be loaded.
pub async fn import_file(file: web_sys::File, today: Date) -> Option<Action> {
    let file = gloo_file::File::from(file);
    if file.size() > MAX_PROFILE_BYTES as u64 {
        let e = LoadError::TooLarge;
        return Some(refusal(Origin::File, Refusal::Document(e)));
    }
    let Ok(bytes) = gloo_file::futures::read_as_bytes(&file).await else {
        return Some(refusal(Origin::File, Refusal::Unreadable));
    };
    #[cfg(feature = "results")]
    {
        Some(file_action(&bytes, today))
    }
    #[cfg(not(feature = "results"))]
    {
        let _ = today;
        whole::hand_over_file(bytes)
            .await
            .err()
            .map(|_| refusal(Origin::File, Refusal::ProgramUnreachable))
    }
}

/// What a profile file's bytes give: its answers, shown for review, or the reason it is refused.
#[cfg(feature = "results")]
pub fn file_action(bytes: &[u8], today: Date) -> Action {
    match Profile::from_json_bytes(bytes, Some(today)) {
        Ok((profile, issues)) => Action::Load {
            profile,
            issues,
            origin: Origin::File,
            view: Some(View::Review),
        },
        Err(e) => refusal(Origin::File, Refusal::Document(e)),
    }
}

/// Sets the document language and title for assistive technology and the browser tab.
pub fn apply_language(lang: Lang) {
    let doc = gloo_utils::document();
    let _ = gloo_utils::document_element()
        .set_attribute("lang", if lang == Lang::En { "en" } else { "zh-CN" });
    doc.set_title(t!(boot.app_title).get(lang));
}

/// Marks 长者版 on the root element too (`<html data-mode="senior">`), so the stylesheet can
/// enlarge the root font size and with it every size given in `rem`.
pub fn apply_mode(senior: bool) {
    let _ = gloo_utils::document_element()
        .set_attribute("data-mode", if senior { "senior" } else { "standard" });
}

fn focus(id: &str) -> Option<web_sys::HtmlElement> {
    let el = gloo_utils::document().get_element_by_id(id)?;
    let el = el.dyn_into::<web_sys::HtmlElement>().ok()?;
    let _ = el.focus();
    Some(el)
}

/// Moves keyboard focus to the element `id` once the render under way has put it in the page,
/// and brings its dialog (or itself) to the top of the screen, question first: a confirmation
/// that opened away from the control that asked for it.
pub fn focus_after_render(id: &'static str) {
    focus_in_after_render(id.to_string(), "[role=alertdialog]");
}

/// Focuses the element `id` after the render under way, and brings the nearest ancestor
/// matching `container` (or the element itself) to the top of the screen.
fn focus_in_after_render(id: String, container: &'static str) {
    gloo_timers::callback::Timeout::new(0, move || {
        if let Some(el) = focus(&id) {
            match el.closest(container) {
                Ok(Some(whole)) => whole.scroll_into_view(),
                _ => el.scroll_into_view(),
            }
        }
    })
    .forget();
}

/// The value of `attr` on the element a click landed in (or its nearest ancestor that has it):
/// one listener for a list written as markup text, whose buttons carry what they are for.
pub fn clicked_data(e: &web_sys::MouseEvent, attr: &str) -> Option<String> {
    let el: web_sys::Element = e.target()?.dyn_into().ok()?;
    el.closest(&format!("[{attr}]")).ok()??.get_attribute(attr)
}

/// Scrolls the first element matching `selector` just into view (as little as needed) once the
/// render under way has put it in the page: a message that appeared under the finger.
pub fn reveal_after_render(selector: &'static str) {
    gloo_timers::callback::Timeout::new(0, move || {
        if let Ok(Some(el)) = gloo_utils::document().query_selector(selector) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    })
    .forget();
}

/// Brings a programme's result card to the top of the screen (from the results' list of what to
/// do), leaving the address (the share link) as it is.
pub fn show_card(id: &str) {
    if let Some(card) = gloo_utils::document()
        .query_selector(&format!(r#"article.card[data-programme="{id}"]"#))
        .ok()
        .flatten()
    {
        card.scroll_into_view();
    }
}

/// Moves keyboard focus to the page's main heading (after a navigation) and scrolls to the top.
pub fn focus_heading() {
    focus("page-heading");
    gloo_utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Moves focus to a question's input once the page now being rendered is on screen (from
/// "answer now" on a result card, or a refused "Next").
pub fn focus_field_after_render(id: String) {
    // The whole question, from its label down, at the top of the screen.
    focus_in_after_render(id, "[data-fact]");
}

/// Fetches the words of `lang` (`texts-<lang>-<hash>.txt`, beside index.html, whose boot script
/// preloads the file of the visitor's language) and installs them; reports the outcome as an
/// action. Installed already (a language shown before, the in-browser tests): reports at once.
pub fn load_texts(lang: Lang, send: yew::Callback<Action>) {
    if yc_engine::text::installed(lang) {
        send.emit(Action::TextsArrived(lang, Ok(())));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        send.emit(Action::TextsArrived(lang, install_texts(lang).await));
    });
}

/// Installs the words of `lang` this program reads (the lighter program the first part, the
/// whole one both: `yc_engine::text::parts_read`): from the page itself in the single-file
/// edition (it carries them inline), else from the texts files beside index.html (for a visit
/// that starts the whole program, index.html's boot script preloads both).
pub async fn install_texts(lang: Lang) -> Result<(), crate::state::TextsFailure> {
    use crate::state::TextsFailure;
    use yc_engine::text::{install, installed_part, parts_read};
    for &part in parts_read() {
        if !installed_part(lang, part) {
            let data = texts_file(lang, part)
                .await
                .ok_or(TextsFailure::Unreachable)?;
            install(lang, part, data).map_err(TextsFailure::Refused)?;
        }
    }
    Ok(())
}

/// One part of a language's texts: the single file's inline block, a file fetched before and kept
/// on the page, or the file fetched now and kept (for the whole program the lighter one hands
/// the page to: it reads the rest of the texts too); `None` when it cannot be had.
pub async fn texts_file(lang: Lang, part: yc_engine::text::Part) -> Option<String> {
    // (The single file carries the whole program only.)
    #[cfg(feature = "results")]
    if let Some(inline) =
        gloo_utils::document().get_element_by_id(crate::keys::inline_texts_id(lang, part))
    {
        return Some(inline.text_content().unwrap_or_default());
    }
    let url = yc_engine::text::data_file(lang, part);
    let window = gloo_utils::window();
    let kept = js_sys::Reflect::get(&window, &KEPT_TEXTS.into())
        .ok()
        .filter(|v| v.is_object())
        .unwrap_or_else(|| {
            let object = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&window, &KEPT_TEXTS.into(), &object);
            object
        });
    if let Some(data) = js_sys::Reflect::get(&kept, &url.into())
        .ok()
        .and_then(|v| v.as_string())
    {
        return Some(data);
    }
    let data = fetch_text(url).await?;
    let _ = js_sys::Reflect::set(&kept, &url.into(), &data.as_str().into());
    Some(data)
}

/// Says in the console that the page asked for a text its program has not installed (the text's
/// number in the data file): the lighter program's texts file lacks a text it shows.
pub fn report_missing_text(number: u32) {
    web_sys::console::error_2(&"yc: text not installed".into(), &number.into());
}

/// Where the page keeps the texts files it fetched, by name, for a program that starts later.
const KEPT_TEXTS: &str = "ycTexts";

/// The body of a same-origin file as text, or `None` when it cannot be had.
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo_utils::window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Opens the print dialog (Save as PDF works from there).
pub fn print() {
    let _ = gloo_utils::window().print();
}

/// Tells the boot script in index.html that the app is running, so it hides its loading message.
pub fn mark_ready() {
    if let Some(boot) = gloo_utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    let _ = gloo_utils::document_element().set_attribute("data-app", "ready");
}
