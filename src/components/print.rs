//! What the results print first: a summary (the enterprise's name if typed, the date, the rule
//! version, the money and the services), then the answers given. On screen these are hidden; in
//! print the detail cards follow, without the programmes that do not apply unless asked for.

use super::context::Ctx;
use super::markup::Markup;
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

pub fn print_summary(ctx: &Ctx) -> Html {
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
    let enterprise = ctx.print_name.trim();
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", Some("print-only print-summary")),
            ("data-print", Some("summary")),
        ],
    )
    .el(
        "p",
        "print-title",
        t!(print.yinchuan_tech_enterprise_policy_calculator).get(lang),
    );
    if !enterprise.is_empty() {
        m.el(
            "p",
            "print-enterprise",
            &format!("{}{enterprise}", t!(print.enterprise).get(lang)),
        );
    }
    m.el(
        "p",
        "print-meta",
        &say!(
            lang,
            print.meta,
            date = a.assessment_date,
            rules = yc_engine::meta::RULESET_VERSION,
            parameters = yc_engine::params::FILE_VERSION,
            hash = yc_engine::meta::combined_hash(),
            source = yc_engine::meta::SOURCE_ID,
            as_of = yc_engine::meta::rules_as_of()
        ),
    )
    .el(
        "p",
        "print-known-max",
        &say!(
            lang,
            print.ceilings_fixed_policy_text_added,
            known_maximum = format_yuan(a.known_maximum, lang)
        ),
    )
    .el("h2", "", t!(print.money).get(lang));
    money_table(&mut m, &with_money, lang);
    lists(&mut m, &services, &tax, &channels, &cutoffs, &waiting, lang);
    super::plan::money_chart(&mut m, a, lang, true);
    m.close("section")
        .open(
            "section",
            &[
                ("class", Some("print-only print-answers")),
                ("data-print", Some("answers")),
            ],
        )
        .el("h2", "", t!(print.answers_given).get(lang))
        .open("dl", &[]);
    for q in QUESTIONS {
        if let Some(v) = ctx.profile.response(q.fact) {
            m.open_class("div", "print-answer")
                .el("dt", "", &question_text(q.fact, lang, year))
                .el("dd", "", &answer_text(q.fact, v, lang))
                .close("div");
        }
    }
    m.close("dl").close("section");
    m.into_html()
}

/// The services, the tax incentives, how and when to apply (said once), and what waits for an
/// answer.
fn lists(
    m: &mut Markup,
    services: &[&ProgrammeResult],
    tax: &[&ProgrammeResult],
    channels: &[String],
    cutoffs: &[String],
    waiting: &[&str],
    lang: Lang,
) {
    let name = |r: &ProgrammeResult| r.programme.name.get(lang);
    let open = t!(punct.open_paren).get(lang);
    if !services.is_empty() {
        m.el("h2", "", t!(print.services_other_support).get(lang))
            .open_class("ul", "print-services");
        for r in services {
            m.open("li", &[])
                .el("strong", "", name(r))
                .text(&format!(
                    "{open}{}{}",
                    status_label(&r.status, lang),
                    t!(punct.close_paren_space).get(lang)
                ))
                .text(r.benefit.get(lang))
                .close("li");
        }
        m.close("ul");
    }
    if !tax.is_empty() {
        m.el(
            "h2",
            "",
            t!(print.national_tax_incentives_not_grants).get(lang),
        )
        .open_class("ul", "print-services");
        for r in tax {
            m.open("li", &[])
                .el("strong", "", name(r))
                .text(&format!(
                    "{open}{}{}",
                    status_label(&r.status, lang),
                    t!(punct.close_paren).get(lang)
                ))
                .close("li");
        }
        m.close("ul");
    }
    if !channels.is_empty() || !cutoffs.is_empty() {
        m.el("h2", "", t!(print.how_when_apply).get(lang))
            .open_class("ul", "print-services");
        for c in channels {
            m.el("li", "", c);
        }
        for c in cutoffs {
            m.el("li", "", &format!("{}{c}", t!(print.projects).get(lang)));
        }
        m.close("ul");
    }
    if !waiting.is_empty() {
        m.el(
            "p",
            "print-waiting",
            &say!(
                lang,
                print.waiting,
                count = waiting.len(),
                programmes = waiting.join(t!(punct.list_comma).get(lang))
            ),
        );
    }
}

/// The programmes with money: name, verdict, amount.
fn money_table(m: &mut Markup, with_money: &[&ProgrammeResult], lang: Lang) {
    if with_money.is_empty() {
        m.el("p", "", t!(print.none_now).get(lang));
    } else {
        m.open_class("table", "print-money")
            .open("thead", &[])
            .open("tr", &[]);
        for head in [t!(print.programme), t!(print.verdict), t!(print.amount)] {
            m.el("th", "", head.get(lang));
        }
        m.close("tr").close("thead").open("tbody", &[]);
        for r in with_money {
            m.open("tr", &[])
                .el("td", "", r.programme.name.get(lang))
                .el("td", "", &status_label(&r.status, lang))
                .el("td", "", &money(r, lang).unwrap_or_default())
                .close("tr");
        }
        m.close("tbody").close("table");
    }
}
