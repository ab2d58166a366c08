//! The handover between the two programs of the release build (components/handoff.rs): the
//! lighter one (`yc-light`, no results page) and the whole one (`yc-calculator`). index.html's
//! loader (scripts/two-programs.mjs) defines `window.ycWhole()`, which fetches and compiles the
//! whole program once (a failed fetch is tried again on the next call), and
//! `window.ycStartWhole()`, which starts it. The lighter program leaves a way to retire it,
//! `window.ycRetire`, which the whole one calls just before it draws the page, in the same task,
//! and `window.ycHandover`, a function that gives what the page shows at that moment.

use wasm_bindgen::{JsCast, JsValue};

/// Calls the loader's function `name`, which returns a promise.
#[cfg(not(feature = "results"))]
fn call(name: &str) -> Option<js_sys::Promise> {
    js_sys::Reflect::get(&gloo_utils::window(), &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(&JsValue::NULL)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Fetches the whole program ahead (the questionnaire has begun), so the results are there when
/// asked for. A failure is said only when they are asked for: `start_whole` tries again.
#[cfg(not(feature = "results"))]
pub fn fetch_whole_ahead(lang: yc_engine::Lang) {
    let whole = call("ycWhole");
    wasm_bindgen_futures::spawn_local(async move {
        // The rest of the page's texts too, which only the whole program shows.
        let _ = super::texts_file(lang, yc_engine::text::Part::Rest).await;
        if let Some(promise) = whole {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
    });
}

/// Starts the whole program (fetching it first if it is not here yet, and the rest of the texts of
/// the page's language, which it reads too); an error when either could not be fetched or it could
/// not be started, or when the page has no loader for it: the page stays this one's.
#[cfg(not(feature = "results"))]
pub async fn start_whole() -> Result<(), JsValue> {
    // (Before this program has drawn, a save of an earlier release: the whole one fetches them.)
    if let Some(lang) = LANG.with(|lang| lang.get()) {
        super::texts_file(lang, yc_engine::text::Part::Rest)
            .await
            .ok_or_else(|| JsValue::from_str("texts"))?;
    }
    let promise = call("ycStartWhole").ok_or_else(|| JsValue::from_str("no loader"))?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Leaves the way to retire this program (`retire`, which unmounts its app) to the whole one.
#[cfg(not(feature = "results"))]
pub fn leave_retirement(retire: impl FnOnce() + 'static) {
    let closure = wasm_bindgen::closure::Closure::once_into_js(retire);
    let _ = js_sys::Reflect::set(&gloo_utils::window(), &"ycRetire".into(), &closure);
}

/// The whole program, about to draw the page: retires the lighter one if it ran here (its app
/// unmounted, its listeners gone), so only one program answers the page from now on.
#[cfg(feature = "results")]
pub fn retire_lighter() {
    let window = gloo_utils::window();
    let key = JsValue::from_str("ycRetire");
    if let Some(retire) = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = js_sys::Reflect::delete_property(&window, &key);
        let _ = retire.call0(&JsValue::NULL);
    }
}

/// The key of the handover on `window`: what the lighter program leaves for the whole one.
const HANDOVER: &str = "ycHandover";

#[cfg(not(feature = "results"))]
thread_local! {
    /// The handover of the state the lighter app last drew (`note_state`).
    static CURRENT: std::cell::RefCell<Option<Box<dyn Fn() -> JsValue>>> =
        const { std::cell::RefCell::new(None) };
    /// The bytes of an answers file chosen in the lighter program, for the whole one to read
    /// (`hand_over_file`).
    static FILE: std::cell::RefCell<Option<js_sys::Uint8Array>> =
        const { std::cell::RefCell::new(None) };
    /// The language of the page the lighter app last drew (`note_state`): the whole program
    /// needs the rest of its texts.
    static LANG: std::cell::Cell<Option<yc_engine::Lang>> = const { std::cell::Cell::new(None) };
}

/// Hands the page to the whole program with the bytes of an answers file chosen here, for it to
/// read as it reads a file chosen on its own pages (the lighter program has no JSON reader). An
/// error when the whole program could not be loaded: the page stays this one's, unchanged.
#[cfg(not(feature = "results"))]
pub async fn hand_over_file(bytes: Vec<u8>) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    FILE.with(|file| *file.borrow_mut() = Some(array));
    leave_handover();
    let started = start_whole().await;
    if started.is_err() {
        FILE.with(|file| *file.borrow_mut() = None);
        let _ = js_sys::Reflect::delete_property(&gloo_utils::window(), &HANDOVER.into());
    }
    started
}

/// Keeps the state the lighter app has just drawn, so the handover gives the page as it is when
/// the whole program takes it, not as it was when the results were asked for (the user may have
/// gone Back, or answered, while the whole program was on its way).
#[cfg(not(feature = "results"))]
pub fn note_state<S>(state: S)
where
    S: std::ops::Deref<Target = crate::state::AppState> + 'static,
{
    LANG.with(|lang| lang.set(Some(state.lang)));
    CURRENT.with(|current| *current.borrow_mut() = Some(Box::new(move || handover_object(&state))));
}

/// What the whole program needs to draw the page as this one shows it (the answers and their
/// assessment date, the view, the language, 长者版, the money fields in 元, the text typed and not
/// accepted, the errors shown, the notice of loaded answers), as a JS object.
#[cfg(not(feature = "results"))]
fn handover_object(state: &crate::state::AppState) -> JsValue {
    use crate::state::Notice;
    let object = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value);
    };
    // In the share link's readable form, which both programs read and write (no JSON in the
    // lighter one).
    set("profile", state.profile.to_readable_fragment().into());
    set("view", state.view.code().into());
    set("lang", state.lang.code().into());
    set("senior", state.senior.into());
    let yuan: Vec<&str> = state.yuan_fields.iter().map(|f| f.id()).collect();
    set("yuan", yuan.join("\n").into());
    // Text typed and not (or not yet) accepted, and the fields whose error shows: the page
    // keeps them across views, so the handover does too.
    let drafts = js_sys::Array::new();
    for (fact, text) in state.drafts.iter() {
        drafts.push(&js_sys::Array::of2(
            &fact.id().into(),
            &text.as_str().into(),
        ));
    }
    set("drafts", drafts.into());
    let touched: Vec<&str> = state.touched.iter().map(|(f, _)| f.id()).collect();
    set("touched", touched.join("\n").into());
    if let Some(bytes) = FILE.with(|file| file.borrow().clone()) {
        set("file", bytes.into());
    }
    if let Some(Notice::Loaded { origin, issues }) = &state.notice {
        set("origin", origin.code().into());
        let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
        set("issues", keys.join("\n").into());
    }
    object.into()
}

/// Leaves on `window` a function that gives the whole program what this one shows at the moment
/// it is called (`handover_object`): storage may be refused (private mode), and the answers saved
/// or in the address would be read as a restored visit or a followed link, with their notice.
#[cfg(not(feature = "results"))]
pub fn leave_handover() {
    let give = wasm_bindgen::closure::Closure::<dyn Fn() -> JsValue>::new(|| {
        CURRENT.with(|current| {
            current
                .borrow()
                .as_ref()
                .map_or(JsValue::UNDEFINED, |give| give())
        })
    });
    let _ = js_sys::Reflect::set(
        &gloo_utils::window(),
        &HANDOVER.into(),
        &give.into_js_value(),
    );
}

/// What the lighter program shows now (`leave_handover`), or `None` when it handed nothing over.
#[cfg(feature = "results")]
fn handover() -> Option<JsValue> {
    let window = gloo_utils::window();
    let give = js_sys::Reflect::get(&window, &HANDOVER.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    give.call0(&JsValue::NULL).ok().filter(|v| v.is_object())
}

/// The language and 长者版 the lighter program shows (to install the words before taking the page
/// over), without taking the handover.
#[cfg(feature = "results")]
pub fn handover_settings() -> Option<crate::state::Settings> {
    handover().map(|object| super::storage::settings_of(&object))
}

/// What the lighter program shows now (`leave_handover`), taken once: the settings to start in
/// and the actions that give that state. Called in the task in which the whole program draws the
/// page and retires the lighter one, so nothing happens on the page in between.
#[cfg(feature = "results")]
pub fn take_handover(
    today: yc_engine::Date,
) -> Option<(crate::state::Settings, Vec<crate::state::Action>)> {
    use crate::state::{Action, Origin, View};
    use yc_engine::profile::LoadIssue;
    use yc_engine::{Fact, Profile};
    let object = handover()?;
    let _ = js_sys::Reflect::delete_property(&gloo_utils::window(), &HANDOVER.into());
    let text = |name: &str| {
        js_sys::Reflect::get(&object, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let (profile, _) = Profile::from_saved(&text("profile")?, today).ok()?;
    let settings = super::storage::settings_of(&object);
    let mut actions = Vec::new();
    let units: Vec<Fact> = text("yuan")
        .unwrap_or_default()
        .lines()
        .filter_map(Fact::from_id)
        .collect();
    if !units.is_empty() {
        actions.push(Action::MoneyUnitsLoaded(units));
    }
    let origin = text("origin").and_then(|code| Origin::from_code(&code));
    let issues = text("issues")
        .unwrap_or_default()
        .lines()
        .map(|key| LoadIssue {
            key: key.to_string(),
            error: None,
        })
        .collect();
    let view = text("view")
        .and_then(|code| View::from_code(&code))
        .unwrap_or(View::Results);
    actions.push(Action::Load {
        profile,
        issues,
        origin: origin.unwrap_or(Origin::Saved),
        view: Some(view),
    });
    if origin.is_none() {
        actions.push(Action::DismissNotice);
    }
    // The drafts typed again (in the money units already set) and the errors shown again.
    let drafts = js_sys::Reflect::get(&object, &"drafts".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok());
    for pair in drafts.iter().flat_map(|a| a.iter()) {
        let pair = js_sys::Array::from(&pair);
        if let (Some(fact), Some(text)) = (
            pair.get(0).as_string().and_then(|id| Fact::from_id(&id)),
            pair.get(1).as_string(),
        ) {
            actions.push(Action::Typed(fact, text));
        }
    }
    actions.extend(
        text("touched")
            .unwrap_or_default()
            .lines()
            .filter_map(Fact::from_id)
            .map(Action::Touch),
    );
    // An answers file chosen in the lighter program, read as a file chosen here is.
    if let Some(bytes) = js_sys::Reflect::get(&object, &"file".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
    {
        actions.push(super::file_action(&bytes.to_vec(), today));
    }
    Some((settings, actions))
}

/// The lighter program is never handed a page: it starts from storage and the address.
#[cfg(not(feature = "results"))]
pub fn handover_settings() -> Option<crate::state::Settings> {
    None
}

/// The lighter program is never handed a page (see `handover_settings`).
#[cfg(not(feature = "results"))]
pub fn take_handover(
    _today: yc_engine::Date,
) -> Option<(crate::state::Settings, Vec<crate::state::Action>)> {
    None
}
