//! What the results print first: a summary (the enterprise's name if typed, the date, the rule
//! version, the money and the services), then the answers given. On screen these are hidden; in
//! print the detail cards follow, without the programmes that do not apply unless asked for.

use super::context::use_app;
use crate::format::{answer_text, question_text, status_label};
use yc_engine::eval::{Amount, Ceiling, GuidelineAmount, PilotBase};
use yc_engine::input::format_yuan;
use yc_engine::questions::QUESTIONS;
use yc_engine::{Lang, ProgrammeResult, StatusKind};
use yew::prelude::*;

/// A programme's money in one line, where it has any.
fn money(r: &ProgrammeResult, lang: Lang) -> Option<String> {
    match &r.amount {
        Amount::Ceiling(c) => Some(ceiling(c, lang)),
        Amount::Pilot(p) => Some(pilot(p, lang)),
        Amount::Guideline(g) => Some(guideline(g, lang)),
        // The tax incentives print in their own group, with their own figures.
        Amount::Tax(_) | Amount::None => None,
    }
}

fn ceiling(c: &Ceiling, lang: Lang) -> String {
    let year = c
        .project_year
        .map(|y| say!(lang, print.project_year, y))
        .unwrap_or_default();
    format!(
        "{} {}{year}",
        t!(print.up).get(lang),
        format_yuan(c.remaining, lang)
    )
}

fn pilot(p: &PilotBase, lang: Lang) -> String {
    match p.amount {
        Some(a) => format!(
            "{} {}",
            t!(print.guidelines_rate).get(lang),
            format_yuan(a, lang)
        ),
        None => format!(
            "{} {}{}",
            t!(print.countable_investment).get(lang),
            format_yuan(p.base, lang),
            t!(print.rate_set_years_guideline).get(lang)
        ),
    }
}

fn guideline(g: &GuidelineAmount, lang: Lang) -> String {
    let set: Vec<String> = g
        .parameters
        .iter()
        .filter_map(|p| p.value.map(|v| (p, v)))
        .map(|(p, v)| match p.unit {
            yc_engine::params::Unit::Yuan => format_yuan(v, lang),
            _ => format!("{}%", v.normalize()),
        })
        .collect();
    if set.is_empty() {
        t!(print.amount_set_years_guideline).get(lang).to_string()
    } else {
        format!(
            "{} {}",
            t!(print.guideline).get(lang),
            set.join(t!(punct.semicolon).get(lang))
        )
    }
}

#[function_component(PrintSummary)]
pub fn print_summary() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let applies = |r: &&ProgrammeResult| {
        matches!(
            r.status.kind(),
            StatusKind::Eligible | StatusKind::Upcoming | StatusKind::Possible
        )
    };
    let name = |r: &ProgrammeResult| r.programme.name.get(lang);
    let (with_money, services): (Vec<&ProgrammeResult>, Vec<&ProgrammeResult>) = a
        .city()
        .filter(applies)
        .partition(|r| money(r, lang).is_some());
    let waiting: Vec<&str> = a
        .city()
        .filter(|r| r.status.kind() == StatusKind::NeedsInfo)
        .map(name)
        .collect();
    let tax: Vec<&ProgrammeResult> = a.national_tax().filter(applies).collect();
    // The channel and the batch dates most cards share, said once (the cards then leave them out).
    let mut channels: Vec<String> = Vec::new();
    let mut cutoffs: Vec<String> = Vec::new();
    for r in a.city().filter(applies) {
        if let Some(reach) = r.next_step.reach {
            let clause = r
                .next_step
                .clause
                .map(|c| format!(" ({})", crate::format::clause_ref(c)))
                .unwrap_or_default();
            let line = format!(
                "{}{clause}{}{}",
                r.next_step.how.get(lang),
                t!(punct.full_stop_space).get(lang),
                reach.text.get(lang)
            );
            if !channels.contains(&line) {
                channels.push(line);
            }
        }
        if matches!(r.next_step.when, yc_engine::eval::When::Cutoff { .. }) {
            let line = crate::format::next_step_when(&r.next_step, lang);
            if !cutoffs.contains(&line) {
                cutoffs.push(line);
            }
        }
    }
    let year = ctx.profile.assessment_date.year();
    let answers = QUESTIONS.iter().filter_map(|q| {
        ctx.profile.response(q.fact).map(|v| {
            html! {
                <div class="print-answer" key={q.fact.id()}>
                    <dt>{ question_text(q.fact, lang, year) }</dt>
                    <dd>{ answer_text(q.fact, v, lang) }</dd>
                </div>
            }
        })
    });
    let enterprise = ctx.print_name.trim();
    html! {
        <>
            <section class="print-only print-summary" data-print="summary">
                <p class="print-title">{ t!(print.yinchuan_tech_enterprise_policy_calculator).get(lang) }</p>
                if !enterprise.is_empty() {
                    <p class="print-enterprise">{ format!("{}{enterprise}", t!(print.enterprise).get(lang)) }</p>
                }
                <p class="print-meta">{ say!(lang, print.meta, date = a.assessment_date, rules = yc_engine::meta::RULESET_VERSION, parameters = yc_engine::params::FILE_VERSION,
                    hash = yc_engine::meta::combined_hash(), source = yc_engine::meta::SOURCE_ID, as_of = yc_engine::meta::rules_as_of()) }</p>
                <p class="print-known-max">{ say!(lang, print.ceilings_fixed_policy_text_added, known_maximum = format_yuan(a.known_maximum, lang)) }</p>
                <h2>{ t!(print.money).get(lang) }</h2>
                if with_money.is_empty() {
                    <p>{ t!(print.none_now).get(lang) }</p>
                } else {
                    <table class="print-money">
                        <thead><tr><th>{ t!(print.programme).get(lang) }</th><th>{ t!(print.verdict).get(lang) }</th><th>{ t!(print.amount).get(lang) }</th></tr></thead>
                        <tbody>{ for with_money.iter().map(|r| html! {
                            <tr key={r.id()}><td>{ name(r) }</td><td>{ status_label(&r.status, lang) }</td><td>{ money(r, lang).unwrap_or_default() }</td></tr>
                        }) }</tbody>
                    </table>
                }
                if !services.is_empty() {
                    <h2>{ t!(print.services_other_support).get(lang) }</h2>
                    <ul class="print-services">{ for services.iter().map(|r| html! {
                        <li key={r.id()}><strong>{ name(r) }</strong>{ format!("{}{}{}", t!(punct.open_paren).get(lang), status_label(&r.status, lang), t!(punct.close_paren_space).get(lang)) }{ r.benefit.get(lang) }</li>
                    }) }</ul>
                }
                if !tax.is_empty() {
                    <h2>{ t!(print.national_tax_incentives_not_grants).get(lang) }</h2>
                    <ul class="print-services">{ for tax.iter().map(|r| html! {
                        <li key={r.id()}><strong>{ name(r) }</strong>{ format!("{}{}{}", t!(punct.open_paren).get(lang), status_label(&r.status, lang), t!(punct.close_paren).get(lang)) }</li>
                    }) }</ul>
                }
                if !channels.is_empty() || !cutoffs.is_empty() {
                    <h2>{ t!(print.how_when_apply).get(lang) }</h2>
                    <ul class="print-services">
                        { for channels.iter().map(|c| html! { <li>{ c.clone() }</li> }) }
                        { for cutoffs.iter().map(|c| html! { <li>{ format!("{}{c}", t!(print.projects).get(lang)) }</li> }) }
                    </ul>
                }
                if !waiting.is_empty() {
                    <p class="print-waiting">{ say!(lang, print.waiting, count = waiting.len(), programmes = waiting.join(t!(punct.list_comma).get(lang))) }</p>
                }
            </section>
            <section class="print-only print-answers" data-print="answers">
                <h2>{ t!(print.answers_given).get(lang) }</h2>
                <dl>{ for answers }</dl>
            </section>
        </>
    }
}
