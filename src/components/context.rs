//! What every component shares: the app state handle from the context `App` provides, and the
//! intents a component may send. Components depend on this room, never on `app` (which depends
//! on them), so the components form no circle.

use crate::browser;
use crate::state::{Action, AppState, View};
use yew::prelude::*;

/// The id of the start-over confirmation's "yes" button, which takes the focus when it opens.
pub const CONFIRM_START_OVER: &str = "confirm-start-over-yes";

/// The shared app state handle. Two handles are equal when the same render of the app made them:
/// the app draws again only for a new state (every action makes one), so its context's consumers
/// draw again after each action, and no comparison walks the answers and the assessment (the
/// state's own `PartialEq`, which the tests use, stays out of the Wasm: about a kilobyte gzip,
/// issue 22). (Yew's handle reads the reducer's latest state, so neither its address nor the
/// handle's own comparison of states would do without walking them.)
#[derive(Clone)]
pub struct Ctx {
    handle: UseReducerHandle<AppState>,
    render: u32,
}

/// How many handles the app's renders have made.
static RENDERS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

impl Ctx {
    /// The handle of the app's one reducer, for one render of the app.
    pub fn new(handle: UseReducerHandle<AppState>) -> Ctx {
        let render = RENDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ctx { handle, render }
    }

    /// Sends an action to the reducer.
    pub fn dispatch(&self, action: Action) {
        self.handle.dispatch(action);
    }
}

impl std::ops::Deref for Ctx {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.handle
    }
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Ctx) -> bool {
        self.render == other.render
    }
}

/// The app state from the context (every page sits under `App`).
#[hook]
pub fn use_app() -> Ctx {
    use_context::<Ctx>().expect("components are rendered inside <App>")
}

/// What a component may ask of the app, as callbacks: components say what the user did, the one
/// reducer decides what changes.
pub trait Intents {
    /// Sends `action` whatever the event.
    fn send<E: 'static>(&self, action: Action) -> Callback<E>;
    /// Builds the action from the event when it happens (e.g. with the date of that moment).
    fn send_with<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E>;
    /// Goes to a page.
    fn go<E: 'static>(&self, view: View) -> Callback<E> {
        self.send(Action::Go(view))
    }
    /// Passes actions through (for leaves that build their own).
    fn actions(&self) -> Callback<Action> {
        self.send_with(|a| a)
    }
    /// "Start over": asks first, in a confirmation at the top of the page that takes the focus
    /// (and the screen), wherever the button that asked was.
    fn ask_start_over<E: 'static>(&self) -> Callback<E> {
        let send = self.actions();
        Callback::from(move |_| {
            send.emit(Action::AskStartOver);
            browser::focus_after_render(CONFIRM_START_OVER);
        })
    }
}

impl Intents for Ctx {
    fn send<E: 'static>(&self, action: Action) -> Callback<E> {
        let ctx = self.clone();
        Callback::from(move |_| ctx.dispatch(action.clone()))
    }
    fn send_with<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let ctx = self.clone();
        Callback::from(move |e| ctx.dispatch(make(e)))
    }
}
