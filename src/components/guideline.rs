//! The guideline preview, for bureau staff: every amount or rate the published parameters leave
//! unset on the assessment date, with a field each. Values typed here re-evaluate the answers at
//! once; every result then says it uses draft values. They stay in this browser until cleared,
//! never travel in a share link, and export as lines for `policy/parameters.toml`.

use super::context::{use_app, Intents};
use crate::browser;
use crate::format::clause_ref;
use crate::state::{guideline_snippet, Action, View};
use yc_engine::params::{unset_on, Unit};
use yew::prelude::*;

#[function_component(GuidelinePreview)]
pub fn guideline_preview() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let date = ctx.profile.assessment_date;
    let rows = unset_on(date).into_iter().map(|def| {
        let id = def.id;
        let field = format!("guideline-{id}");
        let typed = ctx
            .guideline
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        let error = ctx
            .guideline_errors
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, e)| e.message(lang));
        let oninput = {
            let ctx = ctx.clone();
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                ctx.dispatch(Action::GuidelineTyped(id, input.value()));
            })
        };
        let (unit, hint) = match def.unit {
            Unit::Yuan => (t!(guideline.yuan).get(lang), t!(guideline.e_g_50_1_234).get(lang)),
            _ => (t!(punct.percent).get(lang), t!(guideline.n0_100_e_g_10).get(lang)),
        };
        let described = format!("{field}-hint");
        html! {
            <li class="question" key={id} data-parameter={id}>
                <label for={field.clone()}>{ def.name.get(lang) }
                    if let Some(c) = def.clause { <span class="why-clause">{ format!(" ({})", clause_ref(c)) }</span> }
                </label>
                <p class="help" id={described.clone()}>{ format!("{} {unit} · {hint}", t!(guideline.unit).get(lang)) }</p>
                <input id={field} type="text" inputmode="decimal" value={typed} {oninput}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
                if let Some(message) = error {
                    <p class="field-error" role="alert">{ message }</p>
                }
            </li>
        }
    });
    let snippet = guideline_snippet(&ctx);
    let has_draft = ctx.has_draft();
    let back = ctx.go(View::Results);
    let clear = ctx.send(Action::ClearGuideline);
    let export = {
        let snippet = snippet.clone();
        Callback::from(move |_| {
            browser::download(
                &snippet,
                "text/plain",
                &format!("guideline-draft-{date}.toml"),
            )
        })
    };
    html! {
        <section class="guideline-preview" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t!(guideline.guideline_preview).get(lang) }</h1>
            <p>{ t!(guideline.bureau_staff_demonstrate_guideline_before).get(lang) }</p>
            <p class="meta">{ say!(lang, guideline.unset_on_date, date, count = unset_on(date).len()) }</p>
            <ul class="questions">{ for rows }</ul>
            <div class="actions toolbar">
                <button type="button" class="primary" data-action="see-results" onclick={back}>{ t!(guideline.see_results).get(lang) }</button>
                if has_draft {
                    <button type="button" class="secondary" data-action="export-drafts" onclick={export}>{ t!(guideline.export_parameters_file_lines).get(lang) }</button>
                    <button type="button" class="link-button" data-action="clear-drafts" onclick={clear}>{ t!(guideline.clear_draft_values).get(lang) }</button>
                }
            </div>
            if has_draft {
                <label for="guideline-snippet">{ t!(guideline.parameters_file_lines_fill_source).get(lang) }</label>
                <textarea id="guideline-snippet" class="snippet" readonly=true rows="8" value={snippet} />
            }
        </section>
    }
}
