//! The smallest app that keeps what the size target says must stay (Rust, Yew, rust_decimal and
//! the engine), for `scripts/size-floor.sh`: a Yew page with one reducer, a text field, buttons, a
//! keyed list and a `<pre>`, and, with the feature `engine`, the engine calls the real app makes
//! (read a share link or an answers file, the next question, a typed amount, evaluate, each
//! programme's status, ceiling and benefit, write the link and the file). It has none of the
//! app's own pages, so its size is a lower bound for the app's Wasm. Not part of the workspace.

use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
struct Page {
    text: String,
    items: Vec<String>,
    out: String,
}

enum Act {
    Set(String),
    Add,
    Run,
}

impl Reducible for Page {
    type Action = Act;
    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let mut page = (*self).clone();
        match act {
            Act::Set(text) => page.text = text,
            Act::Add => page.items.push(page.text.clone()),
            Act::Run => page.out = run(&page.text),
        }
        Rc::new(page)
    }
}

#[cfg(not(feature = "engine"))]
fn run(text: &str) -> String {
    text.chars().rev().collect()
}

#[cfg(feature = "engine")]
fn run(text: &str) -> String {
    use std::fmt::Write;
    use yc_engine::{Lang, Profile};
    let Some(today) = yc_engine::Date::parse_iso("2026-11-26") else {
        return String::new();
    };
    let mut out = String::new();
    let (profile, issues) = match Profile::from_fragment(text, today) {
        Ok(read) => read,
        Err(link) => match Profile::from_json_lenient(text, today) {
            Ok(read) => read,
            Err(_) => return format!("{link:?}"),
        },
    };
    let _ = write!(out, "{}", issues.len());
    if let Some(fact) = yc_engine::next_question(&profile) {
        let _ = write!(out, "{}", fact.id());
    }
    if let Ok(amount) = yc_engine::input::parse_money(text) {
        let _ = write!(out, "{amount}");
    }
    for r in &yc_engine::evaluate(&profile).results {
        let _ = writeln!(
            out,
            "{} {} {}",
            r.id,
            r.status.code(),
            r.benefit.get(Lang::Zh)
        );
        if let Some(c) = &r.ceiling {
            let _ = write!(out, "{} {}", c.cap, c.remaining);
        }
        let _ = write!(out, "{} {}", r.trace.len(), r.notes.len());
    }
    let _ = write!(out, "{}{}", profile.to_fragment(), profile.to_json_string());
    out
}

#[function_component]
fn App() -> Html {
    let page = use_reducer(Page::default);
    let oninput = {
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            page.dispatch(Act::Set(input.value()));
        })
    };
    let add = {
        let page = page.clone();
        Callback::from(move |_| page.dispatch(Act::Add))
    };
    let run = {
        let page = page.clone();
        Callback::from(move |_| page.dispatch(Act::Run))
    };
    html! {
        <main>
            <input value={page.text.clone()} {oninput} />
            <button onclick={add}>{ "Add" }</button>
            <button onclick={run}>{ "Run" }</button>
            if !page.items.is_empty() {
                <ul>{ for page.items.iter().enumerate().map(|(i, t)| html! { <li key={i}>{ t }</li> }) }</ul>
            }
            <pre>{ page.out.clone() }</pre>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
