//! The message at the top of the page after loading a link, a saved state or a file.

use super::app::{use_app, Intents};
use crate::format::tr;
use crate::state::{Action, Notice, Origin};
use yc_engine::Lang;
use yew::prelude::*;

fn origin_text(origin: Origin, lang: Lang) -> &'static str {
    match origin {
        Origin::Link => tr(lang, "分享链接", "the share link"),
        Origin::Saved => tr(lang, "本机保存的回答", "the answers saved on this device"),
        Origin::File => tr(lang, "导入的文件", "the imported file"),
        Origin::Example => tr(lang, "示例企业", "the example"),
    }
}

#[function_component(NoticeBanner)]
pub fn notice_banner() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let Some(notice) = ctx.notice.clone() else {
        return html! {};
    };
    // What copying the link did is said next to the button that copied it (`CopyFeedback`).
    if matches!(notice, Notice::LinkCopied(_)) {
        return html! {};
    }
    let dismiss = ctx.send(Action::DismissNotice);
    let (kind, body) = match &notice {
        Notice::Loaded { origin, issues } if issues.is_empty() => (
            "info",
            html! { <p>{ match lang {
                Lang::Zh => format!("已从{}恢复您的回答。", origin_text(*origin, lang)),
                Lang::En => format!("Your answers were restored from {}.", origin_text(*origin, lang)),
            } }</p> },
        ),
        Notice::Loaded { origin, issues } => (
            "warning",
            html! {
                <>
                    <p>{ match lang {
                        Lang::Zh => format!("已从{}恢复能读取的回答；以下 {} 项无法使用，已略去：", origin_text(*origin, lang), issues.len()),
                        Lang::En => format!("The readable answers from {} were restored; these {} could not be used and were left out:", origin_text(*origin, lang), issues.len()),
                    } }</p>
                    <ul>{ for issues.iter().map(|i| html! { <li>{ i.message(lang) }</li> }) }</ul>
                </>
            },
        ),
        Notice::Refused { origin, cause } => (
            "error",
            html! { <p>{ match lang {
                Lang::Zh => format!("无法读取{}：{} 您已填写的内容没有改变。", origin_text(*origin, lang), cause.message(lang)),
                Lang::En => format!("Could not read {}: {} Nothing you entered was changed.", origin_text(*origin, lang), cause.message(lang)),
            } }</p> },
        ),
        Notice::SavedCorrupt => (
            "warning",
            html! { <p>{ tr(lang,
            "本机保存的回答已损坏，无法读取，已另行保存备份并从空白开始。",
            "The answers saved on this device were damaged and could not be read; they were set aside and you start afresh.") }</p> },
        ),
        Notice::Cleared => (
            "info",
            html! { <p>{ tr(lang, "已清空全部回答。", "Every answer was cleared.") }{ " " }
                if ctx.undo.is_some() {
                    <button type="button" class="link-button" data-undo="true" onclick={ctx.send(Action::Undo)}>{ tr(lang, "撤销，恢复回答", "Undo: bring them back") }</button>
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
                html! { <p>{ match lang {
                    Lang::Zh => format!("“{}”还有 {count} 个问题没有回答，相关项目会显示“需要补充回答”。", step.title().get(lang)),
                    Lang::En => format!("{} of “{}” {} still unanswered; the programmes that need {} will say so.", crate::format::en_count(*count, "question", "questions"), step.title().get(lang), if *count == 1 { "is" } else { "are" }, if *count == 1 { "it" } else { "them" }),
                } }{ " " }<button type="button" class="link-button" data-go-back="true" onclick={back}>{ tr(lang, "回去回答", "Go back and answer") }</button></p> },
            )
        }
        // Said by `CopyFeedback`, next to the button.
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
            <button type="button" class="link-button" onclick={dismiss}>{ tr(lang, "知道了", "Dismiss") }</button>
        </div>
    }
}

/// What copying the share link did, said where the finger is: right under the save-and-share
/// buttons (on a phone the page's top is thousands of pixels away).
#[function_component(CopyFeedback)]
pub fn copy_feedback() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let (kind, text) = match ctx.notice {
        Some(Notice::LinkCopied(true)) => ("info", tr(lang, "分享链接已复制。链接中包含您的回答，请只发给需要的人。", "The share link was copied. It contains your answers: send it only to people who need it.")),
        Some(Notice::LinkCopied(false)) => ("warning", tr(lang, "浏览器不允许自动复制，请在下方链接框中手动复制。", "The browser did not allow copying; please copy the link from the box below.")),
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

/// The id of the start-over confirmation's "clear" button, which takes the focus when it opens.
pub const CONFIRM_START_OVER: &str = "confirm-start-over-yes";

/// "Start over" asks first: every answer (and the copy saved on this device) would go.
#[function_component(StartOverConfirm)]
pub fn start_over_confirm() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    if !ctx.confirm_start_over {
        return html! {};
    }
    let confirm = ctx.send_with(|_| Action::StartOver(crate::browser::today()));
    let cancel = ctx.send(Action::CancelStartOver);
    html! {
        <div class="notice warning confirm" role="alertdialog" aria-labelledby="confirm-start-over" data-confirm="start-over">
            <p id="confirm-start-over"><strong>{ tr(lang, "清空全部回答？", "Clear every answer?") }</strong>{ " " }
                { tr(lang, "本机保存的回答也会删除；清空后还可以撤销。", "The copy saved on this device goes too; you can undo it right after.") }</p>
            <div class="actions">
                <button type="button" class="primary" id={CONFIRM_START_OVER} onclick={confirm}>{ tr(lang, "清空全部回答", "Clear every answer") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ tr(lang, "取消", "Cancel") }</button>
            </div>
        </div>
    }
}

/// A share link opened over other answers: which answers should this browser keep?
#[function_component(LinkChoice)]
pub fn link_choice() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    if ctx.pending_link.is_none() {
        return html! {};
    }
    html! {
        <div class="notice warning confirm" role="alertdialog" aria-labelledby="link-choice" data-confirm="link">
            <p id="link-choice"><strong>{ tr(lang, "这个链接带有一组分享的回答。", "This link carries someone's answers.") }</strong>{ " " }
                { tr(lang, "本机已经保存了您自己的回答：打开分享的回答会替换它们。", "This device already holds your own answers: opening the shared ones replaces them.") }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={ctx.send(Action::AcceptLink)}>{ tr(lang, "打开分享的回答", "Open the shared answers") }</button>
                <button type="button" class="secondary" autofocus=true onclick={ctx.send(Action::DeclineLink)}>{ tr(lang, "保留我的回答", "Keep my answers") }</button>
            </div>
        </div>
    }
}
