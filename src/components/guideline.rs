//! The guideline preview, for bureau staff: every amount or rate the published parameters leave
//! unset on the assessment date, with a field each. Values typed here re-evaluate the answers at
//! once; every result then says it uses draft values. They stay in this browser until cleared,
//! never travel in a share link, and export as lines for `policy/parameters.toml`.

use super::app::{use_app, Intents};
use crate::browser;
use crate::format::{clause_ref, tr};
use crate::state::{guideline_snippet, Action, View};
use yc_engine::params::{unset_on, Unit};
use yc_engine::Lang;
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
            Unit::Yuan => (tr(lang, "元", "yuan"), tr(lang, "可写 50万、1,234.5", "e.g. 50万 or 1,234.5")),
            _ => (tr(lang, "%", "%"), tr(lang, "0–100，例如 10 或 12.5%", "0–100, e.g. 10 or 12.5%")),
        };
        let described = format!("{field}-hint");
        html! {
            <li class="question" key={id} data-parameter={id}>
                <label for={field.clone()}>{ def.name.get(lang) }
                    if let Some(c) = def.clause { <span class="why-clause">{ format!(" ({})", clause_ref(c)) }</span> }
                </label>
                <p class="help" id={described.clone()}>{ format!("{} {unit} · {hint}", tr(lang, "单位：", "Unit:")) }</p>
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
            <h1 id="page-heading" tabindex="-1">{ tr(lang, "指南参数预览", "Guideline preview") }</h1>
            <p>{ tr(lang,
                "供市科技局工作人员在新指南发布前演示：填入尚未公布的金额或比例，当前回答的结果立即按这些数值重新计算，并标明“草稿参数，未发布”。数值只保存在本浏览器，不会进入分享链接；可导出给维护人员写入参数文件。",
                "For bureau staff, to demonstrate a guideline before it is published: type amounts or rates not yet published, and the results of the current answers are recomputed at once, marked “draft values, not published”. The values stay in this browser, never travel in a share link, and can be exported for the maintainers' parameters file.") }</p>
            <p class="meta">{ match lang {
                Lang::Zh => format!("评估日期 {date} 时尚未设定的参数（{} 项）", unset_on(date).len()),
                Lang::En => format!("Parameters not set on the assessment date {date} ({})", unset_on(date).len()),
            } }</p>
            <ul class="questions">{ for rows }</ul>
            <div class="actions toolbar">
                <button type="button" class="primary" onclick={back}>{ tr(lang, "查看结果", "See the results") }</button>
                if has_draft {
                    <button type="button" class="secondary" onclick={export}>{ tr(lang, "导出为参数文件片段", "Export as parameters-file lines") }</button>
                    <button type="button" class="link-button" onclick={clear}>{ tr(lang, "清除草稿参数", "Clear the draft values") }</button>
                }
            </div>
            if has_draft {
                <label for="guideline-snippet">{ tr(lang, "参数文件片段（source 需填写指南文号和条款）", "Parameters-file lines (fill in the source: the guideline's number and article)") }</label>
                <textarea id="guideline-snippet" class="snippet" readonly=true rows="8" value={snippet} />
            }
        </section>
    }
}
