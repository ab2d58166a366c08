//! One result card: status, ceiling, why / why not with the clauses, the smallest change, and the
//! next step. Carries stable `data-*` attributes for tests and embedding pages (docs/embedding.md).

use crate::format::{
    change_text, clause_ref, maybe_answer, next_step_when, question_text, status_label, truth_mark,
    when_text, whole_dates,
};
use yc_engine::catalogue::Benefit;
use yc_engine::clauses::clause;
use yc_engine::eval::When;
use yc_engine::eval::{Amount, ProgrammeResult, Status, StatusKind};
use yc_engine::facts::Kind;
use yc_engine::input::format_yuan;
use yc_engine::params::Unit;
use yc_engine::{Fact, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub result: ProgrammeResult,
    pub lang: Lang,
    /// The assessment year, named by questions about one year.
    pub year: i32,
    /// "Answer now" for a missing fact.
    pub on_answer: Callback<Fact>,
    /// Contradictions between answers that keep this card undecided.
    #[prop_or_default]
    pub problems: Vec<yc_engine::Text>,
    /// The missing facts the user marked "not sure": the card says how to settle them.
    #[prop_or_default]
    pub unsure: Vec<Fact>,
    /// The card's group says this card's next step once for all the cards that share it: the
    /// card leaves it out on screen (print, which names shared channels in its summary, keeps
    /// it).
    #[prop_or_default]
    pub step_in_group: bool,
    /// The group says once that this card's amount is the year's guideline's, not published yet.
    #[prop_or_default]
    pub amount_in_group: bool,
    /// How the card's figure was reached (`yc_engine::plan::arithmetic`), folded under it.
    #[prop_or_default]
    pub arithmetic: Vec<yc_engine::plan::Line>,
}

/// One programme's card, keyed by the programme's id.
pub fn result_card(p: &CardProps) -> Html {
    let r = &p.result;
    let lang = p.lang;
    let prog = r.programme;
    let kind = r.status.kind();
    let code = kind.code();
    let not_eligible = kind == StatusKind::NotEligible;
    // A first-recognition card is "possible" when the two readings of its window differ; its
    // ceiling still shows, with the readings below it.
    let shows_ceiling = matches!(r.status, Status::Eligible | Status::Upcoming { .. })
        || (r.status == Status::Possible && !r.readings.is_empty());
    let for_talent = matches!(prog.benefit, Benefit::PerRecognised { .. });
    // A value typed in the guideline preview, not a published one.
    let draft = match &r.amount {
        Amount::Guideline(g) => g.parameters.iter().any(|p| p.draft),
        Amount::Pilot(pilot) => pilot.parameter.draft,
        Amount::None | Amount::Ceiling(_) | Amount::Tax(_) => false,
    };
    let ceiling_attr = r
        .ceiling()
        .filter(|_| shows_ceiling)
        .map(|c| c.remaining.to_string());

    // One arm per kind of benefit. A ceiling shows only for a status that reaches it; a tax
    // saving or a guideline amount never beside "not eligible"; a group that says the amount is
    // the guideline's once leaves it out of its cards.
    let amount = match &r.amount {
        Amount::Ceiling(c) if shows_ceiling => Some(ceiling_amount(c, for_talent, lang)),
        Amount::Pilot(pilot) => Some(pilot_amount(pilot, lang)),
        Amount::Tax(tax) if !not_eligible => Some(tax_amount(tax, lang)),
        Amount::Guideline(g) if !not_eligible && !p.amount_in_group => {
            Some(guideline_amount(g, lang))
        }
        _ => None,
    };
    // The figure opens its arithmetic: the amount is the fold's summary. Print opens every
    // fold: the steps stand in for the lines of the figure's basis that say the same (a ceiling's
    // cap and what was received, a pilot's share in place, a tax saving and its rate: `basis`).
    let amount = match amount {
        Some(figure) if !p.arithmetic.is_empty() => Some(html! {
            <details class="arith" data-arithmetic={p.arithmetic.len().to_string()}>
                <summary><span class="arith-hint no-print">{ t!(plan.arithmetic).get(lang) }</span>{ figure }</summary>
                { super::plan::arithmetic_lines(&p.arithmetic, lang) }
            </details>
        }),
        other => other,
    };

    let missing = match &r.status {
        Status::NeedsInfo { missing } => missing.clone(),
        _ => Vec::new(),
    };
    let missing_list = missing.iter().map(|f| missing_item(p, *f));

    let change = smallest_change(r, lang);

    html! {
        <article key={r.id()} class={classes!("card", code)} data-programme={r.id()} data-status={code} data-ceiling-yuan={ceiling_attr} data-draft={draft.then_some("true")}
            aria-labelledby={format!("card-{}", r.id())}>
            <header class="card-head">
                <h3 id={format!("card-{}", r.id())}>{ prog.name.get(lang) }</h3>
                <p class={classes!("badge", code)}>{ whole_dates(&status_label(&r.status, lang)) }</p>
            </header>
            if draft {
                <p class="draft-mark" role="note">{ t!(card.draft_guideline_value_not_published).get(lang) }</p>
            }
            { amount }
            <p class="benefit">{ r.benefit.get(lang) }</p>
            if !p.problems.is_empty() {
                <div class="missing" role="note">
                    <p>{ t!(card.these_answers_contradict_each_other).get(lang) }</p>
                    <ul>{ for p.problems.iter().map(|m| html! { <li>{ m.get(lang) }</li> }) }</ul>
                    if let Some(f) = missing.first().copied() {
                        <button type="button" class="link-button" onclick={ let on_answer = p.on_answer.clone(); Callback::from(move |_| on_answer.emit(f)) }>{ t!(card.check_them).get(lang) }</button>
                    }
                </div>
            } else if !missing.is_empty() {
                <div class="missing">
                    <p>{ t!(card.still_answer).get(lang) }</p>
                    <ul>{ for missing_list }</ul>
                </div>
            }
            { for change }
            if r.readings_differ() {
                <div class="readings" role="note" data-readings-differ="true">
                    <p><strong>{ t!(card.two_readings_two_answers).get(lang) }</strong>
                        { t!(card.replys_within_2_years_after).get(lang) }
                        <span class="why-clause cite-print">{ " (§2.1)" }</span></p>
                    <ul>{ for r.readings.iter().map(|x| html! {
                        <li key={x.id}>{ x.label.get(lang) }{ t!(punct.colon).get(lang) }
                            <span class="nowrap">{ format!("{} – {}", x.first, x.last) }</span>{ t!(punct.comma).get(lang) }
                            <strong>{ status_label(&x.status, lang) }</strong></li>
                    }) }</ul>
                </div>
            }
            if !not_eligible {
                <div class={classes!("next-step", p.step_in_group.then_some("in-group"))}>
                    // Print names a shared channel and batch dates once, in the summary.
                    <p data-shared={r.next_step.reach.is_some().then_some("channel")}><strong>{ t!(card.next_step).get(lang) }</strong>{ r.next_step.how.get(lang) }
                        // The clause is in the fold's policy text on screen; print names it here.
                        if let Some(c) = r.next_step.clause {
                            <span class="why-clause cite-print">{ format!(" ({})", clause_ref(c)) }</span>
                        }
                    </p>
                    <p class="when" data-shared={matches!(r.next_step.when, When::Cutoff { .. }).then_some("cutoff")}>{ whole_dates(&when_text(&r.next_step.when, lang)) }</p>
                </div>
            }
            { more(r, prog, not_eligible, lang) }
        </article>
    }
}

/// A fixed ceiling: what is left of it, the project's year, what was already received.
fn ceiling_amount(c: &yc_engine::eval::Ceiling, for_talent: bool, lang: Lang) -> Html {
    html! {
        <div class="amount">
            <p class="ceiling" data-project-year={c.project_year.map(|y| y.to_string())}><span>{ if for_talent { t!(card.your_talents_teams_up).get(lang) } else { t!(card.up).get(lang) } }</span>{ " " }<strong>{ format_yuan(c.remaining, lang) }</strong>
                if let Some(y) = c.project_year {
                    <span class="used">{ say!(lang, card.y_s_post_subsidy_project, y) }</span>
                }
            </p>
            if let Some(used) = c.used {
                <p class="used basis">{ say!(lang, card.cap_all_cap_already_received, cap = format_yuan(c.cap, lang), used = format_yuan(used, lang)) }</p>
            }
        </div>
    }
}

/// The pilot-scale base: the countable investment, the share of it in place, the guideline's rate.
fn pilot_amount(pilot: &yc_engine::eval::PilotBase, lang: Lang) -> Html {
    html! {
        <div class="amount">
            <p class="ceiling"><span>{ t!(card.countable_investment).get(lang) }</span>{ " " }<strong data-pilot-base-yuan={pilot.base.to_string()}>{ format_yuan(pilot.base, lang) }</strong></p>
            if let Some(percent) = pilot.in_place_percent {
                <p class="used basis">{ match pilot.in_place_percent_at_least.filter(|low| *low != percent) {
                    None => say!(lang, card.in_place, percent),
                    Some(low) => say!(lang, card.in_place_range, low, percent),
                } }</p>
            }
            <p class="used">{ match pilot.amount {
                Some(a) => format!("{} {}", t!(card.guidelines_rate).get(lang), format_yuan(a, lang)),
                None => t!(card.support_rate_set_years_guideline).get(lang).into(),
            } }</p>
        </div>
    }
}

/// A national tax incentive: the extra deduction and the income tax it saves.
fn tax_amount(tax: &yc_engine::eval::TaxEffect, lang: Lang) -> Html {
    html! {
        <div class="amount" data-tax-saving-up-to={tax.saving_up_to.map(|v| v.to_string())} data-tax-saving-at-least={tax.saving_at_least.map(|v| v.to_string())}>
            if let Some(d) = tax.deduction {
                <p class="ceiling"><span>{ say!(lang, card.extra_deduction_before_tax_year, year = tax.year) }</span>{ " " }<strong>{ format_yuan(d, lang) }</strong></p>
            }
            { match (tax.saving_at_least, tax.saving_up_to, tax.rate, tax.points) {
                (Some(low), Some(high), Some(rate), None) if low == high => html! { <p class="used basis">{ say!(lang, card.high_less_income_tax_rate, high = format_yuan(high, lang), rate = rate.normalize()) }</p> },
                (Some(low), Some(high), Some(rate), None) if low.is_zero() => html! { <p class="used basis">{ say!(lang, card.up_high_less_income_tax, high = format_yuan(high, lang), rate = rate.normalize()) }</p> },
                (Some(low), Some(high), Some(_), None) => html! { <p class="used basis">{ say!(lang, card.low_high_less_income_tax, low = format_yuan(low, lang), high = format_yuan(high, lang)) }</p> },
                (_, Some(s), _, Some(points)) => html! { <p class="ceiling"><span>{ t!(card.last_years_taxable_income_less).get(lang) }</span>{ " " }<strong>{ format_yuan(s, lang) }</strong>
                    <span class="used basis">{ say!(lang, card.points_percentage_points_taxable_income, points = points.normalize()) }</span></p> },
                (_, None, _, Some(points)) => html! { <p class="used basis">{ say!(lang, card.points_percentage_points_taxable_income_2, points = points.normalize()) }</p> },
                _ => html! {},
            } }
        </div>
    }
}

/// An amount the year's guideline sets: its value where one is set, else that it is not yet.
fn guideline_amount(g: &yc_engine::eval::GuidelineAmount, lang: Lang) -> Html {
    // While no value is published, one line says so (not one per parameter, which named
    // lines such as the state-owned or software-firm rate to enterprises they are not for).
    let several = g.parameters.len() > 1 && g.parameters.iter().any(|p| p.value.is_some());
    let shown = if several {
        &g.parameters[..]
    } else {
        &g.parameters[..g.parameters.len().min(1)]
    };
    html! {
        <div class="amount guideline-amount">
            { for shown.iter().map(|param| {
                let name = if several { format!("{}{}", param.name.get(lang), t!(punct.colon).get(lang)) } else { String::new() };
                html! { <p class="used" key={param.id}>{ match (param.value, param.unit) {
                    (Some(v), Unit::Yuan) => format!("{name}{} {}", t!(card.guideline_amount).get(lang), format_yuan(v, lang)),
                    (Some(v), Unit::Percent) => format!("{name}{} {}%", t!(card.guideline_rate).get(lang), v.normalize()),
                    (Some(_), Unit::MonthDays) => String::new(),
                    (None, _) if several => format!("{name}{}", t!(card.set_years_application_guideline_not).get(lang)),
                    (None, _) => t!(card.amount_set_years_application_guideline).get(lang).into(),
                } }</p> }
            }) }
        </div>
    }
}

/// One missing answer: the question, "not sure" marked with how to settle it, and "answer now".
fn missing_item(p: &CardProps, f: Fact) -> Html {
    let lang = p.lang;
    let on_answer = p.on_answer.clone();
    let unsure = p.unsure.contains(&f);
    // "Not sure": what would settle it is the question's own how-to-tell line.
    let settle = unsure
        .then(|| yc_engine::questions::question(f).how)
        .flatten();
    html! {
        <li key={f.id()} data-fact={f.id()} data-unsure={unsure.then_some("true")}>
            { question_text(f, lang, p.year) }
            if unsure {
                <span class="unsure-mark">{ t!(card.you_said_not_sure).get(lang) }</span>
            }
            { " " }
            <button type="button" class="link-button" onclick={Callback::from(move |_| on_answer.emit(f))}>{
                if unsure { t!(card.answer_once_known).get(lang) } else { t!(card.answer_now).get(lang) }
            }</button>
            if let Some(h) = settle {
                <p class="settle">{ t!(card.how_tell).get(lang) }{ h.get(lang) }</p>
            }
        </li>
    }
}

/// The smallest change that would make the card eligible, and what else it would open.
fn smallest_change(r: &ProgrammeResult, lang: Lang) -> Option<Html> {
    r.smallest_change.as_ref().map(|c| {
    let what = c.changes.iter().map(|ch| change_text(ch, lang)).collect::<Vec<_>>().join(t!(card.and).get(lang));
    let also: Vec<&str> = c.also_opens.iter().map(|p| p.name.get(lang)).collect();
    let opens = c.would_open.map(|v| say!(lang, card.would_open_up_v, v = format_yuan(v, lang)));
    let also = (!also.is_empty())
        .then(|| say!(lang, card.and_also, programmes = also.join(t!(punct.list_comma).get(lang))));
    let opens = Some(format!("{}{}", opens.unwrap_or_default(), also.unwrap_or_default())).filter(|s| !s.is_empty());
    html! {
        <p class="smallest-change"><strong>{ t!(card.smallest_change).get(lang) }</strong>
            { format!("{}{}{}", t!(card.if_prefix).get(lang), what, opens.unwrap_or_default()) }{ t!(punct.full_stop).get(lang) }</p>
    }
})
}

/// Everything else, one tap away (on a phone the page was many screens of it; print leaves it
/// out): why, the notes on the reading, how to reach the channel, the batch practice the date
/// rests on, and the policy text.
fn more(
    r: &ProgrammeResult,
    prog: &yc_engine::catalogue::Programme,
    not_eligible: bool,
    lang: Lang,
) -> Html {
    let why = r.trace.iter().map(|row| {
        let (class, mark, word) = truth_mark(row.truth, lang);
        // Each answer as "label: value"; dates and amounts never break inside.
        let answers = row.answers.iter().enumerate().map(|(i, a)| {
            let value = maybe_answer(a.fact, a.value.as_ref(), lang);
            let keep_whole = matches!(a.fact.def().kind, Kind::Date | Kind::Money);
            html! {
                <>
                    { if i == 0 { " — " } else { t!(punct.semicolon).get(lang) } }
                    { a.fact.def().label.get(lang) }{ t!(punct.colon).get(lang) }
                    <span class={classes!(keep_whole.then_some("nowrap"))}>{ value }</span>
                </>
            }
        });
        html! {
            <li class={classes!("why-row", class)} key={row.criterion}>
                <span class="mark" aria-hidden="true">{ mark }</span>
                <span class="visually-hidden">{ format!("{word}: ") }</span>
                <span class="why-text">
                    { row.label.get(lang) }
                    <span class="why-answers">{ for answers }</span>
                    if let Some(d) = &row.detail {
                        <span class="why-answers">{ whole_dates(&format!(" — {}", d.get(lang))) }</span>
                    }
                    <span class="why-clause">{ format!(" ({})", clause_ref(row.clause)) }</span>
                </span>
            </li>
        }
    });
    let clauses = prog.clauses.iter().filter_map(|c| clause(c)).map(|c| {
        html! {
            <div class="clause" key={c.id}>
                <p class="clause-id">{ c.cite }
                    if !c.verbatim { { t!(card.summary_not_text).get(lang) } }
                </p>
                <p lang="zh-CN">{ c.text.get(lang) }</p>
            </div>
        }
    });
    html! {
    <details class="more">
        <summary class="more-title">{ match r.trace.len() {
            0 => t!(card.notes_and_text).get(lang).to_string(),
            n if not_eligible => say!(lang, card.why_not_notes_and_text, n),
            n => say!(lang, card.why_notes_and_text, n),
        } }</summary>
        if !r.trace.is_empty() {
            <div class="why">
                <p class="why-title">{ if not_eligible { t!(card.why_not).get(lang) } else { t!(card.why).get(lang) } }</p>
                <ul>{ for why }</ul>
            </div>
        }
        if !r.notes.is_empty() {
            <ul class="notes">{ for r.notes.iter().map(|n| html! { <li>{ whole_dates(n.text.get(lang)) }<span class="why-clause">{ format!(" ({})", clause_ref(n.clause)) }</span></li> }) }</ul>
        }
        if !not_eligible {
            if let Some(reach) = r.next_step.reach {
                <p class="reach">{ reach.text.get(lang) }</p>
            }
            if r.next_step.practice.is_some() {
                <p class="practice">{ whole_dates(&next_step_when(&r.next_step, lang)) }</p>
            }
        }
        <div class="source">
            <p class="source-title">
                { format!("{} {}", t!(card.policy_text).get(lang), prog.clauses.iter().filter_map(|c| clause(c)).map(|c| c.cite).collect::<Vec<_>>().join(t!(punct.semicolon).get(lang))) }
                <span class="quote" lang="zh-CN">{ format!("「{}」", prog.quote) }</span>
            </p>
            { for clauses }
        </div>
    </details>
    }
}
