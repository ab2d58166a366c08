//! Planning ahead on the results page (`yc_engine::plan`): the range under the known maximum
//! (what the answers secure, what they could reach, and the questions that could still move it),
//! the money at a glance (a table whose bars are drawn in SVG, so screen readers and print read
//! the same figures), each figure's arithmetic in its card, and what each next step not taken
//! would open, today beside with the step. Written as markup text (`markup.rs`): the one
//! listener, on the questions' list, is delegated to the list.

use super::markup::Markup;
use crate::browser;
use crate::format::status_label;
use yc_engine::eval::{Assessment, Status};
use yc_engine::input::format_yuan;
use yc_engine::plan::{self, BarKind, Change, Line, Scenario};
use yc_engine::{Fact, Lang};
use yew::prelude::*;

/// The range under the known maximum and, folded, the questions whose answers could still
/// change it (each a button to that question). Nothing when the answers leave no range.
pub fn range_lines(a: &Assessment, lang: Lang, on_answer: &Callback<Fact>) -> Html {
    let r = plan::range(a);
    if a.outside_city || (r.reachable == r.secure && r.talent_reachable == r.talent_secure) {
        return Html::default();
    }
    let yuan = |d| format_yuan(d, lang);
    let mut m = Markup::new();
    if r.reachable > r.secure {
        let secure = r.secure.to_string();
        let reachable = r.reachable.to_string();
        m.open(
            "p",
            &[
                ("class", Some("range")),
                ("data-range-secure", Some(&secure)),
                ("data-range-reachable", Some(&reachable)),
            ],
        )
        .text(&say!(
            lang,
            plan.range,
            secure = yuan(r.secure),
            reachable = yuan(r.reachable)
        ))
        .close("p");
    }
    if r.talent_reachable > r.talent_secure {
        m.el(
            "p",
            "range talent-range",
            &say!(
                lang,
                plan.range_talent,
                secure = yuan(r.talent_secure),
                reachable = yuan(r.talent_reachable)
            ),
        );
    }
    if !r.questions.is_empty() {
        let count = r.questions.len();
        let n = count.to_string();
        m.open(
            "details",
            &[
                ("class", Some("range-questions")),
                ("data-range-questions", Some(&n)),
            ],
        )
        .el("summary", "", &say!(lang, plan.questions, count))
        .el("p", "summary-note", t!(plan.questions_note).get(lang))
        .open("ul", &[]);
        for q in &r.questions {
            let mut adds = Vec::new();
            if !q.up_to.is_zero() {
                adds.push(say!(lang, plan.adds, amount = yuan(q.up_to)));
            }
            if !q.talent_up_to.is_zero() {
                adds.push(say!(lang, plan.adds_talent, amount = yuan(q.talent_up_to)));
            }
            m.open(
                "li",
                &[("data-question-weight", Some(&q.up_to.to_string()))],
            )
            .open(
                "button",
                &[
                    ("type", Some("button")),
                    ("class", Some("link-button")),
                    ("data-answer", Some(q.fact.id())),
                ],
            )
            .text(q.fact.def().label.get(lang))
            .close("button")
            .el("span", "weight", &adds.join(t!(punct.semicolon).get(lang)))
            .close("li");
        }
        m.close("ul").close("details");
    }
    let on_answer = on_answer.clone();
    let click = Callback::from(move |e: MouseEvent| {
        if let Some(f) = browser::clicked_data(&e, "data-answer").and_then(|id| Fact::from_id(&id))
        {
            on_answer.emit(f);
        }
    });
    html! { <div class="range-lines" onclick={click}>{ m.into_html() }</div> }
}

/// The money at a glance: one row a programme, its bar drawn to one scale for all (grants and
/// tax savings alike), in groups: secure, reachable if the card turns out well, national tax.
/// The results page shows it on screen (`printed` false, with its `data-*` hooks); the print
/// summary prints the same table (`printed` true).
pub fn money_chart(m: &mut Markup, a: &Assessment, lang: Lang, printed: bool) {
    let bars = plan::bars(a);
    // One figure is no comparison: the card and the summary say it already.
    let Some(max) = bars
        .iter()
        .map(|b| b.amount)
        .max()
        .filter(|_| bars.len() > 1)
    else {
        return;
    };
    m.open(
        "table",
        &[
            (
                "class",
                Some(if printed {
                    "money-chart"
                } else {
                    "money-chart no-print"
                }),
            ),
            (
                "data-chart",
                (!printed).then(|| bars.len().to_string()).as_deref(),
            ),
        ],
    )
    .el("caption", "", t!(plan.chart).get(lang))
    .open("thead", &[])
    .open("tr", &[])
    .el("th", "", t!(plan.chart_programme).get(lang))
    .el("th", "bar-cell", t!(plan.chart_bar).get(lang))
    .el("th", "", t!(plan.chart_amount).get(lang))
    .close("tr")
    .close("thead");
    let mut group = None;
    for b in &bars {
        let this = (b.kind == BarKind::Tax, b.secure);
        if group != Some(this) {
            if group.is_some() {
                m.close("tbody");
            }
            group = Some(this);
            let heading = match this {
                (true, _) => t!(plan.chart_tax),
                (false, true) => t!(plan.chart_secure),
                (false, false) => t!(plan.chart_reachable),
            };
            m.open("tbody", &[])
                .open("tr", &[])
                .open("th", &[("colspan", Some("3")), ("scope", Some("rowgroup"))])
                .text(heading.get(lang))
                .close("th")
                .close("tr");
        }
        // Per mille of the largest, at least a sliver so a small figure still shows.
        let width = (b.amount * rust_decimal::Decimal::from(1000) / max)
            .round()
            .max(rust_decimal::Decimal::from(8))
            .to_string();
        let class = match (b.kind, b.secure) {
            (BarKind::Tax, _) => "bar tax",
            (BarKind::Talent, _) => "bar talent",
            (BarKind::Enterprise, true) => "bar secure",
            (BarKind::Enterprise, false) => "bar reachable",
        };
        let amount = b.amount.to_string();
        let mut name = b.programme.name.get(lang).to_string();
        if b.kind == BarKind::Talent {
            name.push_str(t!(plan.chart_for_talents).get(lang));
        }
        m.open(
            "tr",
            &[
                ("data-bar", (!printed).then_some(b.programme.id)),
                ("data-amount", (!printed).then_some(amount.as_str())),
            ],
        )
        .el("th", "", &name)
        .open_class("td", "bar-cell")
        .open(
            "svg",
            &[
                ("viewBox", Some("0 0 1000 10")),
                ("preserveAspectRatio", Some("none")),
                ("aria-hidden", Some("true")),
                ("focusable", Some("false")),
            ],
        )
        .open(
            "rect",
            &[
                ("class", Some(class)),
                ("width", Some(&width)),
                ("height", Some("10")),
            ],
        )
        .close("rect")
        .close("svg")
        .close("td")
        .el("td", "nowrap", &format_yuan(b.amount, lang))
        .close("tr");
    }
    m.close("tbody").close("table");
}

/// A card's arithmetic: the steps, each with its clause (the card folds them under its figure,
/// which is the fold's summary: a tap on the amount opens them).
pub fn arithmetic_lines(lines: &[Line], lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open("ol", &[]);
    for l in lines {
        m.open("li", &[])
            .text(l.text.get(lang))
            .el(
                "span",
                "why-clause",
                &format!(" ({})", crate::format::clause_ref(l.clause)),
            )
            .close("li");
    }
    m.close("ol");
    m.into_html()
}

/// What each next step not taken would open: one fold a step, today beside with the step.
pub fn next_steps(scenarios: &[Scenario], a: &Assessment, lang: Lang) -> Html {
    if scenarios.is_empty() || a.outside_city {
        return Html::default();
    }
    let yuan = |d| format_yuan(d, lang);
    let mut m = Markup::new();
    // One fold for all the steps: a phone's page stays short; each step is a fold inside.
    let count = scenarios.len();
    m.open(
        "details",
        &[
            ("class", Some("next-steps")),
            ("data-next-steps", Some(&count.to_string())),
        ],
    )
    .open("summary", &[])
    .el("h2", "", &say!(lang, plan.next, count))
    .close("summary");
    let intro = say!(lang, plan.next_intro, date = a.assessment_date);
    for s in scenarios {
        let opened = s.opened().count();
        let (before, after) = (yuan(s.range_before.secure), yuan(s.range_after.secure));
        let step = s.step.name();
        let summary = if opened == 1 {
            say!(lang, plan.next_summary_one, step, before, after)
        } else {
            say!(lang, plan.next_summary_other, step, before, after, opened)
        };
        m.open(
            "details",
            &[
                ("class", Some("scenario")),
                ("data-scenario", Some(s.step.id())),
            ],
        )
        .el("summary", "", &summary)
        .open_class("p", "summary-note")
        .dates(&intro)
        .close("p");
        let (b, w) = (&s.range_before, &s.range_after);
        if (b.secure, b.reachable) != (w.secure, w.reachable) {
            m.el(
                "p",
                "",
                &say!(
                    lang,
                    plan.next_range,
                    before = yuan(b.secure),
                    after = yuan(w.secure),
                    reach_before = yuan(b.reachable),
                    reach_after = yuan(w.reachable)
                ),
            );
        }
        if s.tax_saving_before != s.tax_saving_after {
            let tax = |t: Option<rust_decimal::Decimal>| {
                t.map(yuan)
                    .unwrap_or_else(|| t!(plan.not_computed).get(lang).to_string())
            };
            m.el(
                "p",
                "",
                &say!(
                    lang,
                    plan.next_tax,
                    before = tax(s.tax_saving_before),
                    after = tax(s.tax_saving_after)
                ),
            );
        }
        compare(&mut m, &s.changes, lang);
        gaps(&mut m, s, a, lang);
        m.close("details");
    }
    m.close("details");
    m.into_html()
}

/// Today beside with the step: every programme whose verdict or money changes.
fn compare(m: &mut Markup, changes: &[Change], lang: Lang) {
    if changes.is_empty() {
        m.el("p", "summary-note", t!(plan.next_nothing).get(lang));
        return;
    }
    m.open_class("table", "compare")
        .open("thead", &[])
        .open("tr", &[])
        .el("th", "", t!(plan.chart_programme).get(lang))
        .el("th", "", t!(plan.today).get(lang))
        .el("th", "", t!(plan.with_step).get(lang))
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for c in changes {
        let class = if c.opens() { "opens" } else { "closes" };
        m.open(
            "tr",
            &[
                ("class", Some(class)),
                ("data-change", Some(c.programme.id)),
            ],
        )
        .el("th", "", c.programme.name.get(lang));
        // Each cell carries its column's name: a phone shows the two side by side under the
        // programme, each with its name (styles/app.css).
        for (status, ceiling, tax, column) in [
            (&c.before, c.ceiling_before, c.tax_before, t!(plan.today)),
            (&c.after, c.ceiling_after, c.tax_after, t!(plan.with_step)),
        ] {
            m.open("td", &[("data-label", Some(column.get(lang)))])
                .dates(&status_label(status, lang));
            // The figure shows beside a verdict that reaches it, as on the cards.
            let reaches = !matches!(status, Status::NotEligible);
            if let Some(figure) = ceiling.or(tax).filter(|_| reaches) {
                m.el("strong", "figure", &format_yuan(figure, lang));
            }
            m.close("td");
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// What the step's own self-check says is still missing, with how far.
fn gaps(m: &mut Markup, s: &Scenario, a: &Assessment, lang: Lang) {
    let check = match s.step {
        plan::Step::Tsme => &a.national.tsme,
        plan::Step::Hnte => &a.national.hnte,
        plan::Step::Giant => {
            m.el("p", "summary-note", t!(plan.no_check).get(lang));
            return;
        }
        plan::Step::Rd => {
            m.el("p", "summary-note", t!(plan.rd_note).get(lang));
            return;
        }
    };
    if s.gaps.is_empty() {
        m.el(
            "p",
            "gaps-none",
            &say!(lang, plan.gaps_none, check = check.name),
        );
        return;
    }
    m.el("p", "", &say!(lang, plan.gaps, check = check.name))
        .open(
            "ul",
            &[
                ("class", Some("gaps")),
                ("data-gaps", Some(&s.gaps.len().to_string())),
            ],
        );
    for g in &s.gaps {
        m.open("li", &[("data-gap", Some(g.id))])
            .text(g.label.get(lang))
            .text(t!(punct.colon).get(lang));
        match (&g.detail, g.truth) {
            (Some(d), _) => m.el("strong", "", d.get(lang)),
            (None, yc_engine::cond::Truth::Unknown) => m.text(t!(plan.not_answered).get(lang)),
            (None, _) => m.el("strong", "", t!(plan.not_met).get(lang)),
        };
        m.close("li");
    }
    m.close("ul");
}
