//! The national self-checks: 科技型中小企业 and 高新技术企业, each condition met, missed or unknown.

use crate::format::{tr, truth_mark};
use yc_engine::cond::Truth;
use yc_engine::national::Check;
use yc_engine::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelfCheckProps {
    pub check: Check,
    pub lang: Lang,
}

#[function_component(SelfCheck)]
pub fn self_check(p: &SelfCheckProps) -> Html {
    let c = &p.check;
    let lang = p.lang;
    let (class, _, _) = truth_mark(c.verdict, lang);
    let verdict = match c.verdict {
        Truth::Met => tr(
            lang,
            "按您的回答，各项条件都满足。",
            "By your answers, every condition is met.",
        ),
        Truth::NotMet => tr(
            lang,
            "按您的回答，有条件未满足（见下）。",
            "By your answers, some conditions are not met (see below).",
        ),
        Truth::Unknown => tr(
            lang,
            "回答还不完整，无法判断全部条件。",
            "Some answers are missing, so not every condition can be judged.",
        ),
    };
    let rows = c.rows.iter().map(|row| {
        let (class, mark, word) = truth_mark(row.truth, lang);
        html! {
            <li class={classes!("why-row", class)} key={row.id} data-check-row={row.id} data-truth={class}>
                <span class="mark" aria-hidden="true">{ mark }</span>
                <span class="visually-hidden">{ format!("{word}: ") }</span>
                <span class="why-text">
                    { row.label.get(lang) }
                    if let Some(d) = &row.detail {
                        <span class="why-answers">{ format!(" — {}", d.get(lang)) }</span>
                    }
                </span>
            </li>
        }
    });
    html! {
        <section class={classes!("selfcheck", class)} data-check={c.id} data-verdict={class} aria-labelledby={format!("check-{}", c.id)}>
            <h3 id={format!("check-{}", c.id)}>{ c.name.get(lang) }</h3>
            <p class="verdict">{ verdict }</p>
            // Each condition, met or missed and by how much, and the basis: one tap away.
            <details class="more">
                <summary class="more-title">{ match lang {
                    Lang::Zh => format!("逐项条件（{} 项）与依据", c.rows.len()),
                    Lang::En => format!("Each condition ({}) and the basis", c.rows.len()),
                } }</summary>
                <p class="basis">{ format!("{}{}", tr(lang, "依据：", "Basis: "), c.basis.get(lang)) }</p>
                <ul>{ for rows }</ul>
            </details>
        </section>
    }
}
