//! The guideline preview, for bureau staff: a field for every amount or rate the published
//! parameters leave unset on the assessment date. An enterprise opened from the table is assessed
//! again with the values typed here (`state::guideline`); they stay on this device until cleared
//! and export as lines for `policy/parameters.toml`. Behind a fold: most visits screen a list.

use super::PartProps;
use crate::edge;
use crate::state::Action;
use yc_calculator::format::clause_ref;
use yc_engine::params::{unset_on, Unit};
use yew::prelude::*;

#[function_component(Preview)]
pub fn preview(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let date = s.date;
    let errors = s.guideline_errors();
    let unset = unset_on(date);
    let count = unset.len();
    let rows = unset.into_iter().map(|def| {
        let id = def.id;
        let field = format!("guideline-{id}");
        let typed = s
            .guideline
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        let error = errors
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, e)| e.message(lang));
        let oninput = {
            let send = p.send.clone();
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                send.emit(Action::GuidelineTyped(id, input.value()));
            })
        };
        let (unit, hint) = match def.unit {
            Unit::Yuan => (t!(guideline.yuan).get(lang), t!(guideline.yuan_hint).get(lang)),
            _ => (t!(guideline.percent).get(lang), t!(guideline.percent_hint).get(lang)),
        };
        let described = format!("{field}-hint");
        html! {
            <li class="staff-field" key={id} data-parameter={id}>
                <label for={field.clone()}>{ def.name.get(lang) }
                    if let Some(c) = def.clause { <span class="hint">{ format!(" ({})", clause_ref(c)) }</span> }
                </label>
                <p class="hint" id={described.clone()}>{ format!("{} {unit} · {hint}", t!(guideline.unit).get(lang)) }</p>
                <input id={field} type="text" inputmode="decimal" value={typed} {oninput}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
                if let Some(message) = error {
                    <p class="field-error" role="alert">{ message }</p>
                }
            </li>
        }
    });
    let in_use = s.guideline_draft().histories.len();
    let snippet = s.guideline_snippet();
    let export = {
        let snippet = snippet.clone();
        Callback::from(move |_| {
            edge::download(
                snippet.as_bytes(),
                "text/plain;charset=utf-8",
                &format!("guideline-draft-{date}.toml"),
            )
        })
    };
    let clear = {
        let send = p.send.clone();
        Callback::from(move |_| send.emit(Action::ClearGuideline))
    };
    html! {
        <details class="staff-step staff-guideline" data-staff="guideline" data-in-use={in_use.to_string()}>
            <summary>
                <h2 id="guideline-heading">{ t!(guideline.heading).get(lang) }</h2>
                if in_use > 0 {
                    <span class="staff-draft-count" data-staff="drafts-in-use">{ say!(lang, guideline.in_use, count = in_use) }</span>
                }
            </summary>
            <p class="hint">{ t!(guideline.what).get(lang) }</p>
            <p class="hint">{ say!(lang, guideline.unset_on_date, date, count) }</p>
            <ul class="staff-guideline-fields">{ for rows }</ul>
            if in_use > 0 {
                <p>
                    <button type="button" class="secondary" data-action="export-drafts" onclick={export}>{ t!(guideline.export).get(lang) }</button>
                    { " " }
                    <button type="button" class="link-button" data-action="clear-drafts" onclick={clear}>{ t!(guideline.clear).get(lang) }</button>
                </p>
                <label for="guideline-snippet">{ t!(guideline.snippet).get(lang) }</label>
                <textarea id="guideline-snippet" class="snippet" readonly=true rows="8" value={snippet} />
            }
        </details>
    }
}
