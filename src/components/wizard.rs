//! One step of the questionnaire: only the questions the engine says still matter, with progress
//! and back / next.

use super::app::{use_app, Intents};
use super::field::{field_id, Field};
use crate::format::tr;
use crate::state::{Action, View};
use wasm_bindgen::JsCast;
use yc_engine::questions::Step;
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
    let position = steps
        .iter()
        .position(|s| *s == p.step)
        .map(|i| i + 1)
        .unwrap_or(1);
    let total = steps.len().max(position);
    let (answered, relevant) = ctx.progress();
    let on_action = ctx.actions();
    let next = {
        let ctx = ctx.clone();
        let step = p.step;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The reducer refuses to move on while a field has an error; take the keyboard there.
            let first_error = ctx
                .questions_of(step)
                .into_iter()
                .find(|f| ctx.errors.contains(*f));
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
            <Field key={f.id()} fact={*f} value={ctx.profile.get(*f).cloned()} draft={ctx.drafts.get(*f).cloned()}
                error={ctx.visible_error(*f).cloned()} {warning} {lang} year={ctx.profile.assessment_date.year()} wan={ctx.in_wan(*f)} on_action={on_action.clone()} />
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
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()}
                aria-label={tr(lang, "已回答的问题", "Questions answered")}>
                <div class="progress-bar" style={format!("width: {percent}%")}></div>
            </div>
            <p class="progress-text">{ match lang {
                yc_engine::Lang::Zh => format!("已回答 {answered} / {relevant} 个相关问题。不确定的可以先跳过。"),
                yc_engine::Lang::En => format!("{answered} of {relevant} relevant questions answered. Skip any you are unsure of."),
            } }</p>
            <form class="questions" onsubmit={next} onkeydown={on_key} novalidate=true>
                if facts.is_empty() {
                    <p>{ tr(lang, "根据您的回答，这一步没有需要回答的问题。", "Given your answers, nothing in this step matters any more.") }</p>
                }
                // A fragment keeps the fields one keyed list: spliced into the form's other
                // children, an inserted or removed question would rebuild every field and drop
                // keyboard focus.
                <>{ for fields }</>
                <div class="actions wizard-nav">
                    <button type="button" class="secondary" onclick={back}>{ tr(lang, "上一步", "Back") }</button>
                    <button type="submit" class="primary">{
                        if is_last { tr(lang, "核对回答", "Review answers") } else { tr(lang, "下一步", "Next") }
                    }</button>
                    if ctx.reviewed && !is_last {
                        <button type="button" class="link-button" onclick={to_review}>{ tr(lang, "返回核对页", "Back to review") }</button>
                    }
                </div>
            </form>
        </section>
    }
}
