//! The review and results pages of the lighter program (`yc-light`, built without the `results`
//! feature): the first load of a visit that starts on the start page or in the questionnaire
//! carries neither. When the questions are done (or the results asked for), this page has the
//! whole program (`yc-calculator`) fetched (it was fetched ahead once the questionnaire began) and
//! started; the whole program takes over the page as this one shows it when it arrives
//! (`browser::leave_handover`) and takes the page's place in one task
//! (`browser::retire_lighter`). Until then it says the page is on its way; if the program cannot
//! be had, it says why, keeps the answers, and offers to try again or go back to the questions.

use super::context::{use_app, Intents};
use crate::browser;
use crate::state::{Action, View};
use yew::prelude::*;

/// The lighter program keeps the state it draws for the handover (`browser::note_state`), and
/// fetches the whole one ahead once the questionnaire has begun, so the results are there when
/// asked for.
#[hook]
pub fn use_whole_ahead(state: &super::context::Ctx) {
    browser::note_state(state.clone());
    // (On the review and results pages the handover itself fetches what it needs: fetching ahead
    // there too would ask for the rest of the texts twice at once. From a step, the fetch ahead has
    // all the time the questions take.)
    let begun = matches!(state.view, crate::state::View::Step(_));
    // (The language the questionnaire began in: a later switch's rest of the texts is fetched
    // when the page is handed over, `browser::start_whole`.)
    let lang = state.lang;
    use_effect_with(begun, move |begun| {
        if *begun {
            browser::fetch_whole_ahead(lang);
        }
    });
}

#[function_component(Handoff)]
pub fn handoff() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.clone();
        use_effect_with(*attempt, move |_| {
            browser::leave_handover();
            wasm_bindgen_futures::spawn_local(async move {
                // The effects of this render (the history entry of the results, the address's
                // share link, the autosave) run before the whole program takes the page.
                browser::next_task().await;
                if browser::start_whole().await.is_err() {
                    failed.set(true);
                }
            });
        });
    }
    let retry = {
        let (failed, attempt) = (failed.clone(), attempt.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    };
    // Back to the questions: the review page is the whole program's too.
    let back = ctx.last_step_view();
    let heading = match ctx.view {
        View::Review => t!(review.review_your_answers),
        _ => t!(results.your_results),
    };
    let body = if *failed {
        html! {
            <div class="notice error" role="alert" data-handoff="failed">
                <p>{ t!(handoff.unreachable).get(lang) }</p>
                <p class="actions">
                    <button type="button" class="primary" data-action="retry-results" onclick={retry}>{ t!(boot.try_again).get(lang) }</button>
                    <button type="button" class="secondary" data-action="back-to-answers" onclick={ctx.send(Action::Go(back))}>{ t!(handoff.back_to_answers).get(lang) }</button>
                </p>
            </div>
        }
    } else {
        html! { <p role="status" data-handoff="loading">{ t!(handoff.loading).get(lang) }</p> }
    };
    html! {
        <section class="handoff" aria-labelledby="page-heading" aria-busy={(!*failed).to_string()}>
            <h1 id="page-heading" tabindex="-1">{ heading.get(lang) }</h1>
            { body }
        </section>
    }
}
