//! The results page: the known maximum, then every programme's card grouped by status, the
//! national self-checks, and share / save / print.

use super::app::use_app;
use super::card::ResultCard;
use super::field::field_id;
use super::review::answer_view;
use super::selfcheck::SelfCheck;
use crate::browser;
use crate::format::{group_heading, tr};
use crate::state::{Action, Notice, View};
use wasm_bindgen::JsCast;
use yc_engine::cond::Truth;
use yc_engine::input::format_yuan;
use yc_engine::{Fact, Lang};
use yew::prelude::*;

const GROUPS: &[&str] = &[
    "eligible",
    "upcoming",
    "possible",
    "needs_info",
    "not_eligible",
];

#[function_component(Results)]
pub fn results() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    let link = browser::share_link(&ctx.profile);

    let on_answer = {
        let ctx = ctx.clone();
        Callback::from(move |f: Fact| {
            ctx.dispatch(Action::Go(answer_view(f)));
            browser::focus_field_after_render(field_id(f));
        })
    };
    let copy = {
        let ctx = ctx.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let ctx = ctx.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(link).await;
                ctx.dispatch(Action::Notify(Notice::LinkCopied(ok)));
            });
        })
    };
    let export = {
        let ctx = ctx.clone();
        Callback::from(move |_| browser::export_file(&ctx.profile))
    };
    let print = Callback::from(|_| browser::print());
    let edit = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Go(View::Review)))
    };
    let start_over = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::StartOver(browser::today())))
    };
    let continue_answering = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let v = ctx.first_view();
            ctx.dispatch(Action::Go(v));
        })
    };

    let problems_of = |r: &yc_engine::ProgrammeResult| -> Vec<yc_engine::Text> {
        match &r.status {
            yc_engine::Status::NeedsInfo { missing } => a
                .inconsistencies
                .iter()
                .filter(|i| missing.contains(&i.fact))
                .map(|i| i.message)
                .collect(),
            _ => Vec::new(),
        }
    };
    let count = |code: &str| a.results.iter().filter(|r| r.status.code() == code).count();
    let needs = count("needs_info");
    let outside = ctx.profile.choice(Fact::Location) == Some("outside");

    let groups = GROUPS.iter().filter(|g| count(g) > 0).map(|g| {
        let mut results: Vec<_> = a.results.iter().filter(|r| r.status.code() == *g).collect();
        results.sort_by_key(|r| {
            std::cmp::Reverse(r.ceiling.as_ref().map(|c| c.remaining).unwrap_or_default())
        });
        let cards = results.into_iter().map(|r| {
            html! {
                <ResultCard key={r.id} result={r.clone()} {lang} year={ctx.profile.assessment_date.year()} on_answer={on_answer.clone()} problems={problems_of(r)} />
            }
        });
        let heading = format!("{} ({})", group_heading(g, lang), count(g));
        if *g == "not_eligible" {
            html! {
                <details class="group not-eligible-group" key={*g} data-group={*g} open={outside}>
                    <summary><h2>{ heading }</h2></summary>
                    <div class="cards">{ for cards }</div>
                </details>
            }
        } else {
            html! {
                <section class="group" key={*g} data-group={*g}>
                    <h2>{ heading }</h2>
                    <div class="cards">{ for cards }</div>
                </section>
            }
        }
    });

    let checks: Vec<_> = [&a.national.tsme, &a.national.hnte]
        .into_iter()
        .filter(|c| c.applies == Truth::Met)
        .cloned()
        .collect();

    html! {
        <section class="results" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, "评估结果", "Your results") }</h1>
            if outside {
                <p class="notice error" role="status">{ tr(lang,
                    "贵企业注册在银川市以外，银川市科技局的这些支持政策不适用。请向注册地的科技部门咨询。",
                    "Your enterprise is registered outside Yinchuan, so these programmes of the Yinchuan bureau do not apply. Please ask the science and technology bureau where you are registered.") }</p>
            }
            <div class="summary">
                <p class="summary-label">{ tr(lang, "政策文本已定额的补助，合计最高", "Ceilings fixed by the policy text, added up: at most") }</p>
                <p class="known-max" data-known-maximum={a.known_maximum.to_string()}>{ format_yuan(a.known_maximum, lang) }</p>
                <p class="summary-note">{ tr(lang,
                    "这是上限之和，不是承诺；其余项目的金额由当年申报指南确定，未计入。首次认定高企或小巨人的后补助每年一个项目，只计较大的一项。",
                    "This adds up upper bounds; it is not a promise. Amounts set by each year's guideline are not included. The first-recognition post-subsidies (one project a year) count once, the larger.") }</p>
                if let Some(both) = a.known_maximum_if_combined {
                    <p class="summary-note" data-known-maximum-if-combined={both.to_string()}>{ match lang {
                        Lang::Zh => format!("若市科技局允许同时享受高企和小巨人后补助：最高 {}（§2.1“高新技术企业或科技小巨人企业…每年支持一个后补助项目”）。", format_yuan(both, lang)),
                        Lang::En => format!("If the bureau allows both the 高企 and the 小巨人 post-subsidy: at most {} (§2.1 “…one post-subsidy project a year”).", format_yuan(both, lang)),
                    } }</p>
                }
                if !a.talent_maximum.is_zero() {
                    <p class="summary-note talent-max" data-talent-maximum={a.talent_maximum.to_string()}>{ match lang {
                        Lang::Zh => format!("另：给你经认定的领军人才、创新团队的经费支持，最高 {}（支付给人才和团队本身，§2.3）。", format_yuan(a.talent_maximum, lang)),
                        Lang::En => format!("Also: funding for your recognised leading talents and teams, up to {} (it goes to the talents and teams themselves, §2.3).", format_yuan(a.talent_maximum, lang)),
                    } }</p>
                }
                <p class="summary-counts">{ match lang {
                    Lang::Zh => format!("现在可申报 {} 项 · 即将可申报 {} 项 · 可能符合 {} 项 · 需补充回答 {} 项 · 不符合 {} 项",
                        count("eligible"), count("upcoming"), count("possible"), needs, count("not_eligible")),
                    Lang::En => format!("Eligible now {} · upcoming {} · possible {} · need answers {} · not eligible {}",
                        count("eligible"), count("upcoming"), count("possible"), needs, count("not_eligible")),
                } }</p>
                if needs > 0 {
                    <button type="button" class="primary" onclick={continue_answering}>{ match lang {
                        Lang::Zh => format!("还有 {needs} 个项目需要更多回答，继续回答"),
                        Lang::En => format!("{needs} programmes need more answers: continue"),
                    } }</button>
                }
            </div>
            if let Some(w) = a.ruleset.stale_warning {
                <p class="notice warning stale" role="note">{ w.get(lang) }</p>
            }
            <p class="meta">{ match lang {
                Lang::Zh => format!("评估日期 {} · 规则版本 {}（{}）· 依据 yc2022-029（{}）", a.assessment_date, a.ruleset.version, a.ruleset.content_hash, a.ruleset.rules_as_of),
                Lang::En => format!("Assessed for {} · rules {} ({}) · source yc2022-029 ({})", a.assessment_date, a.ruleset.version, a.ruleset.content_hash, a.ruleset.rules_as_of),
            } }</p>
            <div class="actions toolbar no-print">
                <button type="button" class="secondary" onclick={copy}>{ tr(lang, "复制分享链接", "Copy share link") }</button>
                <button type="button" class="secondary" onclick={export}>{ tr(lang, "导出回答（JSON）", "Export answers (JSON)") }</button>
                <ImportButton />
                <button type="button" class="secondary" onclick={print}>{ tr(lang, "打印 / 存为 PDF", "Print / save as PDF") }</button>
                <button type="button" class="secondary" onclick={edit}>{ tr(lang, "修改回答", "Change answers") }</button>
                <button type="button" class="link-button" onclick={start_over}>{ tr(lang, "清空重来", "Start over") }</button>
            </div>
            <div class="share no-print">
                <label for="share-link">{ tr(lang, "分享链接（回答保存在链接 # 之后，不会发送到任何服务器）", "Share link (the answers sit after the #, which is never sent to any server)") }</label>
                <input id="share-link" type="text" readonly=true value={link} />
            </div>
            { for groups }
            if !checks.is_empty() {
                <section class="group checks" data-group="self-checks">
                    <h2>{ tr(lang, "国家认定标准自测", "National criteria self-check") }</h2>
                    { for checks.into_iter().map(|c| { let id = c.id; html! { <SelfCheck key={id} check={c} {lang} /> } }) }
                </section>
            }
        </section>
    }
}

/// "Import answers": reads a profile file chosen by the user (used on the start and results pages).
#[function_component(ImportButton)]
pub fn import_button() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let import = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let action = browser::import_file(file, browser::today()).await;
                ctx.dispatch(action);
            });
        })
    };
    html! {
        <label class="secondary file-button">
            { tr(lang, "导入回答文件（JSON）", "Import answers (JSON file)") }
            <input type="file" accept=".json,application/json" class="visually-hidden" data-import="profile" onchange={import} />
        </label>
    }
}
