//! The message at the top of the page after loading a link, a saved state or a file.

use super::context::{Ctx, Intents, CONFIRM_START_OVER};
use crate::state::{Action, Notice, Origin};
use yc_engine::Lang;
use yew::prelude::*;

fn origin_text(origin: Origin, lang: Lang) -> &'static str {
    match origin {
        Origin::Link => t!(notice.share_link).get(lang),
        Origin::Saved => t!(notice.answers_saved_device).get(lang),
        Origin::File => t!(notice.imported_file).get(lang),
        Origin::Example => t!(notice.example).get(lang),
    }
}

pub fn notice_banner(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let Some(notice) = ctx.notice.clone() else {
        return html! {};
    };
    // What copying the link did is said next to the button that copied it (`copy_feedback`).
    if matches!(notice, Notice::LinkCopied(_)) {
        return html! {};
    }
    let dismiss = ctx.send(Action::DismissNotice);
    let (kind, body) = match &notice {
        Notice::Loaded { origin, issues } if issues.is_empty() => (
            "info",
            html! { <p>{ say!(lang, notice.your_answers_were_restored_origin, origin = origin_text(*origin, lang)) }</p> },
        ),
        Notice::Loaded { origin, issues } => (
            "warning",
            html! {
                <>
                    <p>{ say!(lang, notice.readable_answers_origin_were_restored, origin = origin_text(*origin, lang), issues = issues.len()) }</p>
                    <ul>{ for issues.iter().map(|i| html! { <li>{ i.message(lang) }</li> }) }</ul>
                </>
            },
        ),
        Notice::Refused { origin, cause } => (
            "error",
            html! { <p>{ say!(lang, notice.could_not_read, origin = origin_text(*origin, lang), cause = cause.message(lang)) }</p> },
        ),
        Notice::OpeningFile => (
            "info",
            html! { <p data-opening="file">{ t!(notice.opening_file).get(lang) }</p> },
        ),
        Notice::SavedCorrupt => (
            "warning",
            html! { <p>{ t!(notice.answers_saved_device_were_damaged).get(lang) }</p> },
        ),
        Notice::Cleared => (
            "info",
            html! { <p>{ t!(notice.every_answer_was_cleared).get(lang) }{ " " }
                if ctx.undo.is_some() {
                    <button type="button" class="link-button" data-undo="true" onclick={ctx.send(Action::Undo)}>{ t!(notice.undo_bring_them_back).get(lang) }</button>
                }
            </p> },
        ),
        Notice::Skipped { step, count } => {
            let step = *step;
            let first = ctx
                .questions_of(step)
                .into_iter()
                .find(|f| !ctx.profile.is_responded(*f));
            let back = {
                let ctx = ctx.clone();
                Callback::from(move |_| {
                    ctx.dispatch(Action::Go(crate::state::View::Step(step)));
                    if let Some(f) = first {
                        crate::browser::focus_field_after_render(super::field::field_id(f));
                    }
                })
            };
            (
                "info",
                html! { <p>{ if *count == 1 {
                    say!(lang, notice.skipped_one, step = step.title(), count)
                } else {
                    say!(lang, notice.skipped_other, step = step.title(), count)
                } }{ " " }<button type="button" class="link-button" data-go-back="true" onclick={back}>{ t!(notice.go_back_answer).get(lang) }</button></p> },
            )
        }
        // Said by `copy_feedback`, next to the button.
        Notice::LinkCopied(_) => return html! {},
    };
    notice_box(kind, body, lang, dismiss, None)
}

/// A notice as every notice looks: its kind, its words and a "dismiss" button (the copy result
/// also names itself for the tests and the scroll that brings it into view).
fn notice_box(
    kind: &'static str,
    body: Html,
    lang: Lang,
    dismiss: Callback<MouseEvent>,
    copy: Option<&'static str>,
) -> Html {
    let role = if kind == "error" { "alert" } else { "status" };
    html! {
        <div class={classes!("notice", kind)} role={role} data-notice={kind} data-copy-result={copy}>
            { body }
            <button type="button" class="link-button" data-action="dismiss" onclick={dismiss}>{ t!(notice.dismiss).get(lang) }</button>
        </div>
    }
}

/// What copying the share link did, said where the finger is: right under the save-and-share
/// buttons (on a phone the page's top is thousands of pixels away).
pub fn copy_feedback(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let (kind, text) = match ctx.notice {
        Some(Notice::LinkCopied(true)) => {
            ("info", t!(notice.share_link_was_copied_contains).get(lang))
        }
        Some(Notice::LinkCopied(false)) => (
            "warning",
            t!(notice.browser_did_not_allow_copying).get(lang),
        ),
        _ => return html! {},
    };
    notice_box(
        kind,
        html! { <p>{ text }</p> },
        lang,
        ctx.send(Action::DismissNotice),
        Some(kind),
    )
}

/// "Start over" asks first: every answer (and the copy saved on this device) would go.
pub fn start_over_confirm(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    if !ctx.confirm_start_over {
        return html! {};
    }
    let confirm = ctx.send_with(|_| Action::StartOver(crate::browser::today()));
    let cancel = ctx.send(Action::CancelStartOver);
    html! {
        <div class="notice warning confirm" role="alertdialog" aria-labelledby="confirm-start-over" data-confirm="start-over">
            <p id="confirm-start-over"><strong>{ t!(notice.clear_every_answer).get(lang) }</strong>{ " " }
                { t!(notice.copy_saved_device_goes_too).get(lang) }</p>
            <div class="actions">
                <button type="button" class="primary" id={CONFIRM_START_OVER} data-action="confirm-start-over" onclick={confirm}>{ t!(notice.clear_every_answer_2).get(lang) }</button>
                <button type="button" class="secondary" data-action="cancel" onclick={cancel}>{ t!(notice.cancel).get(lang) }</button>
            </div>
        </div>
    }
}

/// A share link opened over other answers: which answers should this browser keep?
pub fn link_choice(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    if ctx.pending_link.is_none() {
        return html! {};
    }
    html! {
        <div class="notice warning confirm" role="alertdialog" aria-labelledby="link-choice" data-confirm="link">
            <p id="link-choice"><strong>{ t!(notice.link_carries_someones_answers).get(lang) }</strong>{ " " }
                { t!(notice.device_already_holds_your_own).get(lang) }</p>
            <div class="actions">
                <button type="button" class="primary" data-action="open-link" onclick={ctx.send(Action::AcceptLink)}>{ t!(notice.open_shared_answers).get(lang) }</button>
                <button type="button" class="secondary" autofocus=true data-action="keep-mine" onclick={ctx.send(Action::DeclineLink)}>{ t!(notice.keep_my_answers).get(lang) }</button>
            </div>
        </div>
    }
}
