//! The national self-checks: 科技型中小企业 and 高新技术企业, each condition met, missed or unknown.

use crate::format::truth_mark;
use yc_engine::cond::Truth;
use yc_engine::national::Check;
use yc_engine::Lang;
use yew::prelude::*;

/// One self-check's section, keyed by the check's id.
pub fn self_check(c: &Check, lang: Lang) -> Html {
    let (class, _, _) = truth_mark(c.verdict, lang);
    let verdict = match c.verdict {
        Truth::Met => t!(selfcheck.your_answers_every_condition_met).get(lang),
        Truth::NotMet => t!(selfcheck.your_answers_some_conditions_not).get(lang),
        Truth::Unknown => t!(selfcheck.some_answers_missing_so_not).get(lang),
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
        <section key={c.id} class={classes!("selfcheck", class)} data-check={c.id} data-verdict={class} aria-labelledby={format!("check-{}", c.id)}>
            <h3 id={format!("check-{}", c.id)}>{ c.name.get(lang) }</h3>
            <p class="verdict">{ verdict }</p>
            // Each condition, met or missed and by how much, and the basis: one tap away.
            <details class="more">
                <summary class="more-title">{ say!(lang, selfcheck.each_condition_rows_basis, rows = c.rows.len()) }</summary>
                <p class="basis">{ format!("{}{}", t!(selfcheck.basis).get(lang), c.basis.get(lang)) }</p>
                <ul>{ for rows }</ul>
            </details>
        </section>
    }
}
