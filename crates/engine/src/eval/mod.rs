//! Evaluation of every programme for a profile: status, trace, ceiling, smallest change, next step.
//!
//! `evaluate_in` builds the "why" rows from a programme's criteria, then hands over to one
//! function per kind of benefit: [`window`] (first-recognition post-subsidies and the two readings
//! of their support period), [`pilot`] (the pilot-scale base), and the simple kinds below.
//! [`next`] says when to act, [`change`] finds the smallest change, [`consistency`] reports
//! answers that contradict each other and [`totals`] adds up the headline figures.

mod change;
mod consistency;
mod next;
mod pilot;
pub mod relevance;
mod tax;
pub(crate) mod totals;
mod types;
mod window;

pub use consistency::inconsistencies;
pub use pilot::{pilot_base, PilotSplit};
pub use relevance::{
    next_question, relevant_given, relevant_questions, start_figures, StartFigures,
};
pub(crate) use tax::certificate_last_day;
pub use types::*;

use crate::catalogue::{Benefit, Programme, CATALOGUE};
use crate::cond::Truth;
use crate::facts::Fact;
use crate::meta::ruleset_info;
use crate::national::{self, NationalChecks};
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::t;
use crate::text::Text;
use rust_decimal::Decimal;

/// Evaluates every programme with the default (unset) parameters.
pub fn evaluate(p: &Profile) -> Assessment {
    evaluate_with(p, &params::in_force_shared(p.assessment_date))
}

/// Evaluates every programme with the given parameters.
pub fn evaluate_with(p: &Profile, params: &[Parameter]) -> Assessment {
    let national = national::check(p);
    let shared = Shared::of(p, params, &national);
    let mut scratch = Vec::new();
    let results: Vec<ProgrammeResult> = CATALOGUE
        .iter()
        .map(|prog| evaluate_in(prog, p, &shared, &mut scratch))
        .collect();
    let totals = totals::Totals::of(&results);
    let parameters_used = parameters_used(&results, params);
    Assessment {
        assessment_date: p.assessment_date,
        ruleset: ruleset_info(p.assessment_date),
        results,
        known_maximum: totals.known_maximum,
        known_maximum_project_year: totals.project_year,
        known_maximum_if_combined: totals.if_combined,
        talent_maximum: totals.talent,
        tax_saving_up_to: totals.tax.map(|(_, high)| high),
        tax_saving_at_least: totals.tax.map(|(low, _)| low),
        national,
        inconsistencies: consistency::inconsistencies_with(p, params),
        outside_city: outside_city(p),
        parameters_used,
    }
}

/// The parameters with a value in force that some programme's verdict, ceiling, amount or next
/// step used, in file order.
fn parameters_used(results: &[ProgrammeResult], params: &[Parameter]) -> Vec<Parameter> {
    let mut ids: Vec<&str> = Vec::new();
    for r in results {
        match r.programme.benefit {
            Benefit::FirstRecognition { cap, .. } => ids.push(cap.as_str()),
            Benefit::PerRecognised { per, .. } => ids.push(per.as_str()),
            // The ones this enterprise's card shows (`only_if`).
            Benefit::Guideline { .. } => ids.extend(
                r.guideline()
                    .into_iter()
                    .flat_map(|g| g.parameters.iter().map(|p| p.id)),
            ),
            Benefit::PilotBase { param } => ids.push(param.as_str()),
            Benefit::TaxDeduction { rate, .. } => ids.extend(
                [
                    params::id::RD_SUPER_DEDUCTION_RATE,
                    rate,
                    params::id::CIT_RATE,
                    params::id::HNTE_CIT_RATE,
                ]
                .map(params::ParamId::as_str),
            ),
            Benefit::TaxRate { reduced, standard } => {
                ids.extend([reduced.as_str(), standard.as_str()])
            }
            Benefit::Access { .. } | Benefit::Service { .. } => {}
        }
        if matches!(
            r.next_step.when,
            When::Cutoff { .. } | When::YearClosed { .. } | When::LastBatchPassed { .. }
        ) {
            ids.push("batch_cutoffs");
        }
    }
    params
        .iter()
        .filter(|p| p.text.is_some() && ids.contains(&p.id))
        .cloned()
        .collect()
}

/// The facts that are still missing for some verdict: programmes and applicable self-checks.
pub fn missing_facts(a: &Assessment) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    for r in &a.results {
        for f in r.waits_for() {
            if !out.contains(f) {
                out.push(*f);
            }
        }
    }
    for f in a.national.missing() {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

fn answer(p: &Profile, fact: Fact) -> Answer {
    Answer {
        fact,
        value: p.get(fact).cloned(),
    }
}

/// The criteria's verdict: their three-valued "and", and the facts still missing for it.
struct Criteria {
    truth: Truth,
    missing: Vec<Fact>,
}

impl Criteria {
    /// The status when the benefit adds no condition of its own: `met` when every criterion
    /// holds.
    fn status(&self, met: Status) -> Status {
        match self.truth {
            Truth::Met => met,
            Truth::NotMet => Status::NotEligible,
            Truth::Unknown => Status::NeedsInfo {
                missing: self.missing.clone(),
            },
        }
    }
}

/// What a benefit adds to a card besides its text and status.
#[derive(Default)]
struct Extras {
    amount: Amount,
    readings: Vec<Reading>,
}

/// A benefit's verdict.
struct Judged {
    text: Text,
    status: Status,
    extras: Extras,
}

impl Judged {
    fn plain(text: Text, status: Status) -> Judged {
        Judged {
            text,
            status,
            extras: Extras::default(),
        }
    }
}

/// Evaluates one programme.
pub fn evaluate_programme(
    prog: &'static Programme,
    p: &Profile,
    params: &[Parameter],
) -> ProgrammeResult {
    let national = national::check(p);
    evaluate_in(prog, p, &Shared::of(p, params, &national), &mut Vec::new())
}

/// What every card of one assessment shares, worked out once: the parameters, the self-checks,
/// the next batch cut-off and the batch practice in words.
struct Shared<'a> {
    params: &'a [Parameter],
    national: &'a NationalChecks,
    next_cutoff: Option<crate::date::Date>,
    practice: Option<std::sync::Arc<crate::text::Msg>>,
    /// The enterprise says it is registered outside Yinchuan.
    outside: bool,
}

impl<'a> Shared<'a> {
    fn of(p: &Profile, params: &'a [Parameter], national: &'a NationalChecks) -> Shared<'a> {
        Shared {
            params,
            national,
            next_cutoff: next::next_cutoff(p.assessment_date, params),
            practice: next::practice(params).map(std::sync::Arc::new),
            outside: outside_city(p),
        }
    }
}

/// `scratch`: room for a condition's deciding facts, reused from row to row.
fn evaluate_in(
    prog: &'static Programme,
    p: &Profile,
    shared: &Shared,
    scratch: &mut Vec<Fact>,
) -> ProgrammeResult {
    let (params, national) = (shared.params, shared.national);
    let mut trace: Vec<TraceRow> = prog
        .criteria
        .iter()
        .map(|c| {
            scratch.clear();
            let truth = c.cond.eval_into(p, scratch);
            TraceRow {
                criterion: c.id,
                label: c.label,
                clause: c.clause,
                truth,
                answers: scratch.iter().map(|f| answer(p, *f)).collect(),
                detail: None,
            }
        })
        .collect();
    let truth = Truth::all(trace.iter().map(|r| r.truth));
    let mut missing: Vec<Fact> = Vec::new();
    if truth == Truth::Unknown {
        for row in trace.iter().filter(|r| r.truth == Truth::Unknown) {
            push_new(&mut missing, row.answers.iter().map(|a| a.fact));
        }
    }
    let criteria = Criteria { truth, missing };
    let mut judged = judge_benefit(prog, p, shared, &criteria, &mut trace);
    // Before the reply was issued none of its programmes was in force: say so, whatever else.
    let before_reply = prog.category != crate::catalogue::Category::Tax
        && p.assessment_date < crate::meta::SOURCE_ISSUED;
    if before_reply {
        trace.insert(0, before_reply_row(prog, p));
        judged.status = Status::NotEligible;
        judged.extras.readings.clear();
    }
    let Extras { amount, readings } = judged.extras;
    let status = judged.status;

    let notes = Notes::of(prog.notes, |n| {
        n.when.is_none_or(|c| c.truth(p) == Truth::Met)
    });
    let mut refine = refine_facts(
        prog,
        p,
        shared.outside,
        &status,
        amount.tax().is_some(),
        amount.pilot().is_some(),
    );
    if before_reply {
        refine.clear();
    }
    // (Not worked out in a build without the feature `smallest-change`: the lighter program,
    // whose pages show no card.)
    let smallest_change =
        if cfg!(feature = "smallest-change") && status == Status::NotEligible && !before_reply {
            change::find_smallest_change(prog, p, national, params)
        } else {
            None
        };
    ProgrammeResult {
        programme: prog,
        next_step: next::next_action(
            prog,
            p,
            &status,
            shared.next_cutoff,
            shared.practice.as_ref(),
        ),
        status,
        amount,
        benefit: judged.text,
        trace,
        smallest_change,
        notes,
        refine,
        readings,
    }
}

/// The first "why" row of a city programme assessed before the reply was issued: not yet in force.
fn before_reply_row(prog: &Programme, p: &Profile) -> TraceRow {
    let issued = crate::meta::SOURCE_ISSUED;
    TraceRow {
        criterion: "reply_in_force",
        label: t!(eval.label),
        clause: prog.clauses.first().copied().unwrap_or("2.1"),
        truth: Truth::NotMet,
        answers: Answers::default(),
        detail: Some(crate::msg!(
            eval.reply_not_yet_in_force,
            issued,
            a = p.assessment_date
        )),
    }
}

/// The unanswered facts worth asking that decide no verdict but make a card exact: a note's
/// condition, last year's taxable income for an eligible tax card, the pilot's money in place.
/// Nothing more is asked of an enterprise outside the city.
fn refine_facts(
    prog: &Programme,
    p: &Profile,
    outside: bool,
    status: &Status,
    tax: bool,
    pilot: bool,
) -> Vec<Fact> {
    let mut refine: Vec<Fact> = Vec::new();
    if *status != Status::NotEligible && !outside {
        // The deciding facts of a note still undecided (the verdict alone is cheaper to have).
        for cond in prog.notes.iter().filter_map(|n| n.when) {
            if cond.truth(p) == Truth::Unknown {
                push_new(&mut refine, cond.eval(p).facts);
            }
        }
    }
    if *status == Status::Eligible && tax && !outside {
        push_new(
            &mut refine,
            [Fact::TaxableIncome]
                .into_iter()
                .filter(|f| !p.is_answered(*f)),
        );
    }
    if pilot && !p.is_answered(Fact::PilotFundsInPlace) {
        push_new(&mut refine, [Fact::PilotFundsInPlace]);
    }
    refine
}

/// One function per kind of benefit.
fn judge_benefit(
    prog: &Programme,
    p: &Profile,
    shared: &Shared,
    criteria: &Criteria,
    trace: &mut Vec<TraceRow>,
) -> Judged {
    let params = shared.params;
    match prog.benefit {
        Benefit::FirstRecognition {
            cap,
            status,
            date,
            paid,
            supported_this_year,
        } => window::first_recognition(
            p,
            window::Facts {
                cap: params::value(params, cap),
                status,
                date,
                paid,
                this_year: supported_this_year,
                other: CATALOGUE.iter().find_map(|other| match other.benefit {
                    Benefit::FirstRecognition {
                        status: s,
                        supported_this_year: y,
                        ..
                    } if s != status => Some((s, y)),
                    _ => None,
                }),
                next_cutoff: shared.next_cutoff,
            },
            criteria,
            trace,
        ),
        Benefit::PerRecognised { per, count, what } => {
            per_recognised(p, params::value(params, per), count, what, criteria)
        }
        Benefit::Guideline {
            params: ids,
            only_if,
            what,
        } => guideline(params, guideline_ids(p, ids, only_if), what, criteria),
        Benefit::PilotBase { param } => pilot::judge(p, params, param, criteria, trace),
        // The calculator assesses Yinchuan enterprises: for one registered elsewhere it asks
        // nothing more for the national incentives (their cards say they apply nationwide).
        Benefit::TaxDeduction { .. } if shared.outside => {
            Judged::plain(tax::DEDUCTION, Status::Possible)
        }
        Benefit::TaxRate { .. } if shared.outside => {
            Judged::plain(tax::LOWER_RATE, Status::Possible)
        }
        Benefit::TaxDeduction { rate, base } => tax::deduction(p, params, rate, base, criteria),
        Benefit::TaxRate { reduced, standard } => {
            tax::lower_rate(p, params, reduced, standard, criteria)
        }
        // A service whose clause names no place of registration (its criteria do not ask for
        // one): outside the city it is "possible", with the card's note, never "not eligible";
        // nothing more is asked of an enterprise outside the city.
        Benefit::Access { what } | Benefit::Service { what }
            if shared.outside && criteria.truth != Truth::NotMet =>
        {
            Judged::plain(what, Status::Possible)
        }
        Benefit::Access { what } => Judged::plain(what, criteria.status(Status::Possible)),
        Benefit::Service { what } => Judged::plain(what, criteria.status(Status::Eligible)),
    }
}

/// A fixed sum for each recognised talent or team (2.3): the ceiling is the sum; none while the
/// sum per talent is not in force.
fn per_recognised(
    p: &Profile,
    per: Option<Decimal>,
    count: Fact,
    what: Text,
    criteria: &Criteria,
) -> Judged {
    // No figure until the count is answered (a ceiling of 0 would read as "nothing").
    let ceiling = per
        .zip(p.number(count))
        .and_then(|(per, n)| per.checked_mul(n))
        .map(|total| Ceiling {
            cap: total,
            used: None,
            remaining: total,
            project_year: None,
        });
    Judged {
        text: what,
        status: criteria.status(Status::Eligible),
        extras: Extras {
            amount: ceiling.map_or(Amount::None, Amount::Ceiling),
            ..Extras::default()
        },
    }
}

/// Money the year's guideline sets: "possible", with the parameters it depends on.
/// A guideline programme's parameters that may be this enterprise's: those meant for some
/// enterprises only (`only_if`) are left out once the answers rule their condition out.
fn guideline_ids<'a>(
    p: &'a Profile,
    ids: &'static [params::ParamId],
    only_if: &'static [(params::ParamId, crate::cond::Cond)],
) -> impl Iterator<Item = params::ParamId> + 'a {
    ids.iter().copied().filter(move |id| {
        only_if
            .iter()
            .filter(|(of, _)| of == id)
            .all(|(_, c)| c.truth(p) != crate::cond::Truth::NotMet)
    })
}

fn guideline(
    params: &[Parameter],
    ids: impl Iterator<Item = params::ParamId>,
    what: Text,
    criteria: &Criteria,
) -> Judged {
    let parameters: Vec<Parameter> = ids
        .filter_map(|id| params::find(params, id).cloned())
        .collect();
    Judged {
        text: what,
        status: criteria.status(Status::Possible),
        extras: Extras {
            amount: if parameters.is_empty() {
                Amount::None
            } else {
                Amount::Guideline(GuidelineAmount { what, parameters })
            },
            ..Extras::default()
        },
    }
}

/// The enterprise says it is registered outside Yinchuan.
fn outside_city(p: &Profile) -> bool {
    p.choice(Fact::Location)
        .is_some_and(|place| !crate::facts::YINCHUAN_PLACES.contains(&place))
}

/// Appends the facts not already in `into`, keeping their order.
fn push_new(into: &mut Vec<Fact>, facts: impl IntoIterator<Item = Fact>) {
    for f in facts {
        if !into.contains(&f) {
            into.push(f);
        }
    }
}
