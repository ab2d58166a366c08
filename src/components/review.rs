//! The review page: every answer so far, each changeable in place without touching the others,
//! plus the assessment date.

use super::context::{use_app, Intents};
use super::field::{field, FieldProps};
use crate::format::{maybe_answer, question_text};
use crate::state::{Action, View};
use yc_engine::input::parse_date;
use yc_engine::questions::{question, Step};
use yew::prelude::*;

#[function_component(Review)]
pub fn review() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let editing = use_state(|| None::<yc_engine::Fact>);
    let date_text = use_state(|| None::<String>);
    let on_action = ctx.actions();
    let results = ctx.send(Action::Next);
    let back = ctx.send(Action::Back);
    let year = ctx.profile.assessment_date.year();
    let groups = Step::ALL.iter().filter_map(|step| {
        let facts: Vec<_> = ctx.relevant.iter().copied().filter(|f| question(*f).step == *step).collect();
        if facts.is_empty() {
            return None;
        }
        let rows = facts.into_iter().map(|f| {
            let text = question_text(f, lang, year);
            let is_editing = *editing == Some(f);
            let toggle = {
                let editing = editing.clone();
                Callback::from(move |_| editing.set(if is_editing { None } else { Some(f) }))
            };
            let clear = ctx.send(Action::Clear(f));
            let answered = ctx.profile.is_responded(f);
            let warning = ctx.assessment.inconsistencies.iter().find(|i| i.fact == f).map(|i| i.message.get(lang).to_string());
            html! {
                <li class={classes!("review-row", (!answered).then_some("unanswered"))} key={f.id()} data-fact={f.id()}>
                    if is_editing {
                        { field(&yew::props!(FieldProps { fact: f, value: ctx.profile.response(f).cloned(), draft: ctx.drafts.get(f).cloned(), yuan_looking: ctx.yuan_looking(f),
                            error: ctx.visible_error(f).cloned(), warning, lang, year, wan: ctx.in_wan(f), on_action: on_action.clone() })) }
                        <button type="button" class="secondary small" data-action="done" onclick={toggle}>{ t!(review.done).get(lang) }</button>
                    } else {
                        <p class="review-q">{ text.clone() }</p>
                        <p class="review-a">
                            <span class="answer">{ maybe_answer(f, ctx.profile.response(f), lang) }</span>
                            <button type="button" class="link-button" data-action="edit" onclick={toggle}
                                aria-label={format!("{} {}", t!(review.change).get(lang), text)}>{ t!(review.change_2).get(lang) }</button>
                            if answered {
                                <button type="button" class="link-button" onclick={clear}
                                    aria-label={format!("{} {}", t!(review.clear).get(lang), text)}>{ t!(review.clear_2).get(lang) }</button>
                            }
                        </p>
                        if let Some(w) = warning.clone() {
                            <p class="field-warning">{ w }</p>
                        }
                    }
                </li>
            }
        });
        Some(html! {
            <section class="review-group" key={step.code()}>
                <h2>{ step.title().get(lang) }</h2>
                <ul class="review-list">{ for rows }</ul>
            </section>
        })
    });
    let date_error = date_text.as_ref().and_then(|t| parse_date(t).err());
    let on_date = {
        let ctx = ctx.clone();
        let date_text = date_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            if let Ok(d) = parse_date(&text) {
                ctx.dispatch(Action::SetAssessmentDate(d));
            }
            date_text.set(Some(text));
        })
    };
    let date_value = (*date_text)
        .clone()
        .unwrap_or_else(|| ctx.profile.assessment_date.to_string());
    let (answered, relevant) = ctx.progress();
    let resume = ctx.go(ctx.first_view());
    html! {
        <section class="review" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t!(review.review_your_answers).get(lang) }</h1>
            <p>{ say!(lang, review.answered_relevant_relevant_questions_answered, answered, relevant) }</p>
            if answered < relevant {
                <p class="notice info">
                    { if relevant - answered == 1 { say!(lang, review.unanswered_one, n = relevant - answered) } else { say!(lang, review.unanswered_other, n = relevant - answered) } }
                    { " " }
                    <button type="button" class="link-button" onclick={resume}>{ t!(review.answer_them).get(lang) }</button>
                </p>
            }
            <details class="advanced" open={date_error.is_some()}>
            <summary>{ t!(review.advanced_assessment_date).get(lang) }</summary>
            <div class="field text assessment-date">
                <label for="assessment-date">{ t!(review.assessment_date_day_timing_judged).get(lang) }</label>
                <input type="text" id="assessment-date" inputmode="numeric" value={date_value} oninput={on_date}
                    aria-invalid={date_error.is_some().then_some("true")} aria-describedby={date_error.is_some().then_some("assessment-date-error")} />
                if let Some(e) = date_error {
                    <p class="error" id="assessment-date-error" role="alert">{ e.message(lang) }</p>
                }
            </div>
            </details>
            // One keyed list (see the wizard): a group that appears or goes keeps the others.
            <>{ for groups }</>
            <div class="actions">
                <button type="button" class="secondary" data-action="back" onclick={back}>{ t!(review.back).get(lang) }</button>
                <button type="button" class="primary" data-action="see-results" onclick={results}>{ t!(review.see_results).get(lang) }</button>
            </div>
        </section>
    }
}

/// Where "answer now" on a result card leads: the question's step, with its field focused.
pub fn answer_view(fact: yc_engine::Fact) -> View {
    View::Step(question(fact).step)
}
