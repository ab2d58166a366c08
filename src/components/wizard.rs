//! One step of the questionnaire: only the questions the engine says still matter, with progress
//! and back / next.

use super::context::{use_app, Intents};
use super::field::{field, field_id, FieldProps};
use crate::state::{Action, View};
use wasm_bindgen::JsCast;
use yc_engine::questions::Step;
use yc_engine::Fact;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepPageProps {
    pub step: Step,
}

#[function_component(StepPage)]
pub fn step_page(p: &StepPageProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let steps = ctx.steps();
    let facts = ctx.questions_of(p.step);
    let (position, total) = ctx.step_position(p.step);
    let (answered, relevant) = ctx.progress();
    let on_action = ctx.actions();
    // Questions that appear or vanish on this step as answers change are announced in a polite
    // live region (read out by screen readers too), naming the new ones.
    let change = use_state(|| None::<(Vec<Fact>, usize)>);
    let seen = use_mut_ref(|| (p.step, facts.clone()));
    {
        let change = change.clone();
        let step = p.step;
        use_effect_with(facts.clone(), move |facts| {
            let mut prev = seen.borrow_mut();
            if prev.0 == step {
                let added: Vec<Fact> = facts
                    .iter()
                    .copied()
                    .filter(|f| !prev.1.contains(f))
                    .collect();
                let removed = prev.1.iter().filter(|f| !facts.contains(f)).count();
                if !added.is_empty() || removed > 0 {
                    change.set(Some((added, removed)));
                }
            } else {
                change.set(None);
            }
            *prev = (step, facts.clone());
        });
    }
    let change_text = (*change)
        .as_ref()
        .map(|(added, removed)| step_change(added, *removed, lang));
    let next = {
        let ctx = ctx.clone();
        let step = p.step;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The reducer refuses to move on while a field has an error, and stops once on a
            // ledger-looking amount; take the keyboard there.
            let first_error = ctx.to_check(step).into_iter().next();
            ctx.dispatch(Action::Next);
            if let Some(f) = first_error {
                crate::browser::focus_field_after_render(field_id(f));
            }
        })
    };
    let back = ctx.send(Action::Back);
    let on_key = Callback::from(|e: KeyboardEvent| {
        if e.key() != "Enter" {
            return;
        }
        let text_field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|input| input.type_() == "text");
        if let Some(input) = text_field {
            e.prevent_default();
            crate::browser::focus_next_field(&input);
        }
    });
    let to_review = ctx.go(View::Review);
    let is_last = steps.last() == Some(&p.step) || steps.is_empty();
    let fields = facts.iter().map(|f| {
        let warning = ctx.assessment.inconsistencies.iter().find(|i| i.fact == *f).map(|i| i.message.get(lang).to_string());
        html! {
            <key={f.id()}>{ field(&yew::props!(FieldProps { fact: *f, value: ctx.profile.response(*f).cloned(), draft: ctx.drafts.get(*f).cloned(), yuan_looking: ctx.yuan_looking(*f),
                error: ctx.visible_error(*f).cloned(), warning, lang, year: ctx.profile.assessment_date.year(), wan: ctx.in_wan(*f), on_action: on_action.clone() })) }</>
        }
    });
    let percent = (answered * 100).checked_div(relevant).unwrap_or(100);
    html! {
        <section class="step" aria-labelledby="page-heading">
            <p class="step-count">{ say!(lang, wizard.step_position_total, position, total) }</p>
            <h1 id="page-heading" tabindex="-1">{ p.step.title().get(lang) }</h1>
            // A native progress element: no inline style, so the strict Content-Security-Policy
            // (style-src 'self') holds.
            <progress class="progress" max="100" value={percent.to_string()}
                aria-label={t!(wizard.questions_answered).get(lang)}>{ format!("{percent}%") }</progress>
            <p class="progress-text">{ if relevant == 1 { say!(lang, wizard.progress_one, answered, relevant) } else { say!(lang, wizard.progress_other, answered, relevant) } }</p>
            <p class="step-change" role="status" aria-live="polite" data-step-change={change_text.is_some().then_some("true")}>{ change_text.unwrap_or_default() }</p>
            <form class="questions" onsubmit={next} onkeydown={on_key} novalidate=true>
                if facts.is_empty() {
                    <p>{ t!(wizard.given_your_answers_nothing_step).get(lang) }</p>
                }
                // A fragment keeps the fields one keyed list: spliced into the form's other
                // children, an inserted or removed question would rebuild every field and drop
                // keyboard focus.
                <>{ for fields }</>
                <div class="actions wizard-nav">
                    <button type="button" class="secondary" data-action="back" onclick={back}>{ t!(wizard.back).get(lang) }</button>
                    <button type="submit" class="primary" data-action="next">{
                        if is_last { t!(wizard.review_answers).get(lang) } else { t!(wizard.next).get(lang) }
                    }</button>
                    if ctx.reviewed && !is_last {
                        <button type="button" class="link-button" data-action="to-review" onclick={to_review}>{ t!(wizard.back_review).get(lang) }</button>
                    }
                </div>
            </form>
        </section>
    }
}

/// What changed on this step as answers changed: the questions added (named) and how many no
/// longer matter.
fn step_change(added: &[Fact], removed: usize, lang: yc_engine::Lang) -> String {
    let names = added
        .iter()
        .map(|f| f.def().label.get(lang))
        .collect::<Vec<_>>()
        .join(t!(punct.list_comma).get(lang));
    let (n, m) = (added.len(), removed);
    let (one_n, one_m) = (n == 1, m == 1);
    match (n > 0, m > 0) {
        (true, true) => match (one_n, one_m) {
            (true, true) => say!(lang, step_change.added_removed_one_one, n, names, m),
            (true, false) => say!(lang, step_change.added_removed_one_other, n, names, m),
            (false, true) => say!(lang, step_change.added_removed_other_one, n, names, m),
            (false, false) => say!(lang, step_change.added_removed_other_other, n, names, m),
        },
        (true, false) if one_n => say!(lang, step_change.added_one, n, names),
        (true, false) => say!(lang, step_change.added_other, n, names),
        (false, _) if one_m => say!(lang, step_change.removed_one, m),
        (false, _) => say!(lang, step_change.removed_other, m),
    }
}
