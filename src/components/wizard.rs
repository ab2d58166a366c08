//! One step of the questionnaire: only the questions the engine says still matter, with progress
//! and back / next.

use super::app::{use_app, Intents};
use super::field::{field_id, Field};
use crate::format::en_count;
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
    let change_text = (*change).as_ref().map(|(added, removed)| {
        let names = added
            .iter()
            .map(|f| f.def().label.get(lang))
            .collect::<Vec<_>>()
            .join(t!(punct.list_comma).get(lang));
        let (n, m) = (added.len(), *removed);
        match (lang, n > 0, m > 0) {
            (yc_engine::Lang::Zh, true, true) => {
                format!("根据你的回答，本步新增 {n} 个问题：{names}；另有 {m} 个问题不再需要回答。")
            }
            (yc_engine::Lang::Zh, true, false) => {
                format!("根据你的回答，本步新增 {n} 个问题：{names}。")
            }
            (yc_engine::Lang::Zh, false, _) => {
                format!("根据你的回答，本步有 {m} 个问题不再需要回答。")
            }
            (yc_engine::Lang::En, true, true) => format!(
                "Given your answer, {} added to this step: {names}; {m} no longer {}.",
                en_count(n, "question was", "questions were"),
                if m == 1 { "matters" } else { "matter" }
            ),
            (yc_engine::Lang::En, true, false) => format!(
                "Given your answer, {} added to this step: {names}.",
                en_count(n, "question was", "questions were")
            ),
            (yc_engine::Lang::En, false, _) => format!(
                "Given your answer, {} on this step no longer {}.",
                en_count(m, "question", "questions"),
                if m == 1 { "matters" } else { "matter" }
            ),
        }
    });
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
            <Field key={f.id()} fact={*f} value={ctx.profile.response(*f).cloned()} draft={ctx.drafts.get(*f).cloned()} yuan_looking={ctx.yuan_looking(*f)}
                error={ctx.visible_error(*f).cloned()} {warning} {lang} year={ctx.profile.assessment_date.year()} wan={ctx.in_wan(*f)} texts_ready={ctx.texts == crate::state::Texts::Ready} on_action={on_action.clone()} />
        }
    });
    let percent = (answered * 100).checked_div(relevant).unwrap_or(100);
    html! {
        <section class="step" aria-labelledby="page-heading">
            <p class="step-count">{ match lang {
                yc_engine::Lang::Zh => format!("第 {position} 步，共 {total} 步"),
                yc_engine::Lang::En => format!("Step {position} of {total}"),
            } }</p>
            <h1 id="page-heading" tabindex="-1">{ p.step.title().get(lang) }</h1>
            // A native progress element: no inline style, so the strict Content-Security-Policy
            // (style-src 'self') holds.
            <progress class="progress" max="100" value={percent.to_string()}
                aria-label={t!(wizard.questions_answered).get(lang)}>{ format!("{percent}%") }</progress>
            <p class="progress-text">{ match lang {
                yc_engine::Lang::Zh => format!("已回答 {answered} 个；按目前的回答，共 {relevant} 个相关问题（会随回答增减）。不确定的可以先跳过。"),
                yc_engine::Lang::En => format!("{answered} answered; given the answers so far, {} in all (this changes as you answer). Skip any you are unsure of.", en_count(relevant, "relevant question", "relevant questions")),
            } }</p>
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
                    <button type="button" class="secondary" onclick={back}>{ t!(wizard.back).get(lang) }</button>
                    <button type="submit" class="primary">{
                        if is_last { t!(wizard.review_answers).get(lang) } else { t!(wizard.next).get(lang) }
                    }</button>
                    if ctx.reviewed && !is_last {
                        <button type="button" class="link-button" onclick={to_review}>{ t!(wizard.back_review).get(lang) }</button>
                    }
                </div>
            </form>
        </section>
    }
}
