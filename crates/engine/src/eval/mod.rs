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
mod totals;
mod window;

pub use consistency::inconsistencies;
pub use pilot::{pilot_base, PilotSplit};
pub use relevance::{
    next_question, relevant_given, relevant_questions, to_have_at_hand, typical_question_range,
};

use crate::catalogue::{Benefit, Programme, CATALOGUE};
use crate::cond::{Change, Truth};
use crate::date::Date;
use crate::facts::Fact;
use crate::meta::{ruleset_info, RulesetInfo};
use crate::national::{self, Msg, NationalChecks};
use crate::params::{self, Parameter};
use crate::profile::{Profile, Value};
use crate::text::Text;
use crate::tx;
use rust_decimal::Decimal;
use serde::Serialize;

/// The verdict for one programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Status {
    /// Every condition is met and the window is open: apply now.
    Eligible,
    /// Every condition is met but the window opens later.
    Upcoming { opens: Date },
    /// The reply names the enterprise's group; the year's guideline sets criteria or amount.
    Possible,
    /// A condition is not met.
    NotEligible,
    /// Some answers are missing; these facts could still decide it.
    NeedsInfo { missing: Vec<Fact> },
}

/// The kind of a status, without its data: what the app groups, counts and branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Eligible,
    Upcoming,
    Possible,
    NeedsInfo,
    NotEligible,
}

impl StatusKind {
    /// Every kind, in the order the results page shows them.
    pub const ALL: [StatusKind; 5] = [
        StatusKind::Eligible,
        StatusKind::Upcoming,
        StatusKind::Possible,
        StatusKind::NeedsInfo,
        StatusKind::NotEligible,
    ];

    /// A stable machine-readable name (`data-status` in the app).
    pub fn code(self) -> &'static str {
        match self {
            StatusKind::Eligible => "eligible",
            StatusKind::Upcoming => "upcoming",
            StatusKind::Possible => "possible",
            StatusKind::NotEligible => "not_eligible",
            StatusKind::NeedsInfo => "needs_info",
        }
    }
}

impl Status {
    /// The kind of this status.
    pub fn kind(&self) -> StatusKind {
        match self {
            Status::Eligible => StatusKind::Eligible,
            Status::Upcoming { .. } => StatusKind::Upcoming,
            Status::Possible => StatusKind::Possible,
            Status::NotEligible => StatusKind::NotEligible,
            Status::NeedsInfo { .. } => StatusKind::NeedsInfo,
        }
    }

    /// A stable machine-readable name (`data-status` in the app).
    pub fn code(&self) -> &'static str {
        self.kind().code()
    }
}

/// A fixed ceiling in yuan and how much of it is already used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ceiling {
    /// The most the text allows in all.
    pub cap: Decimal,
    /// What was already received under it, where known.
    pub used: Option<Decimal>,
    /// What is left: `cap - used`, never below zero (the cap itself while `used` is unknown).
    pub remaining: Decimal,
    /// For a post-subsidy of one project a year: the year of the project the money is for
    /// (this year's while it can be applied for, next year's once this year's is granted or its
    /// batches have closed); `None` where the readings or the answers leave it open.
    pub project_year: Option<i32>,
}

/// An answer quoted in the trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub fact: Fact,
    pub value: Option<Value>,
}

/// One row of "why / why not".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceRow {
    pub criterion: &'static str,
    pub label: Text,
    pub clause: &'static str,
    pub truth: Truth,
    /// The answers that decided the row (or that are still missing).
    pub answers: Vec<Answer>,
    /// Figures computed for the row (the support window's dates), where there are any.
    pub detail: Option<Msg>,
}

/// The fewest answer changes that would qualify, and what that would open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmallestChange {
    pub changes: Vec<Change>,
    /// The fixed ceiling the change would open, where the text fixes one.
    pub would_open: Option<Decimal>,
    /// National tax incentives the same change would open too (programme ids): recognition as
    /// 高新技术企业 opens the 15 % rate as well as the city's post-subsidy.
    pub also_opens: Vec<&'static str>,
}

/// When to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum When {
    /// The next batch cut-off, usually the end of April or of September (city practice, a dated
    /// parameter: `batch_cutoffs`).
    Cutoff { date: Date },
    /// Open all year.
    Ongoing,
    /// When the bureau announces a call.
    Announced,
    /// The source names no dates (the next step says whom to ask).
    Unstated,
    /// Not before this date.
    From { date: Date },
    /// The support period ends on `ends`, and its last batch cut-off has passed: applications now
    /// would roll into a year outside the period, so the bureau must be asked at once.
    LastBatchPassed { ends: Date },
    /// This year's last batch cut-off has passed while the support period goes on: this year's
    /// project can no longer be applied for; the next chance is the cut-off `next`.
    YearClosed { next: Date },
}

impl When {
    /// How soon to act, then the date that says by when: a period whose last batch has passed
    /// first (ask the bureau now), then dated steps by their date, then steps open all year,
    /// then those with no date (a call to come, or none named). The order of the results' list
    /// of what to do.
    pub fn urgency(&self) -> (u8, Option<Date>) {
        match self {
            When::LastBatchPassed { ends } => (0, Some(*ends)),
            When::Cutoff { date } | When::From { date } => (1, Some(*date)),
            When::YearClosed { next } => (1, Some(*next)),
            When::Ongoing => (2, None),
            When::Announced | When::Unstated => (3, None),
        }
    }
}

/// The next step for a programme: where to apply and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextAction {
    pub how: Text,
    pub when: When,
    /// The clause naming the channel, where there is one.
    pub clause: Option<&'static str>,
    /// How to reach the channel, where a public source gives it.
    pub reach: Option<crate::catalogue::Reach>,
    /// The batch practice in force, in words from the dated parameter `batch_cutoffs` (its
    /// cut-offs and the date it was recorded), where the step depends on a batch cut-off.
    pub practice: Option<crate::text::Msg>,
}

/// A guideline amount: unset until a guideline is entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidelineAmount {
    pub what: Text,
    /// The parameters the amount depends on (one per part the text names).
    pub parameters: Vec<Parameter>,
}

/// What a national tax incentive is worth, as far as the answers tell (never in the city's known
/// maximum: a tax saving is not a grant). The figures are for a year like last year: last year's
/// R&D expense and last year's taxable income as the annual return states it, after the
/// super-deduction (`eval/tax.rs`, docs/interpretation.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaxEffect {
    /// The extra deduction before tax (a super-deduction), in yuan.
    pub deduction: Option<Decimal>,
    /// The income-tax rate the saving is computed at (percent; the higher one while the
    /// certificate's validity is not known).
    pub rate: Option<Decimal>,
    /// The most tax saved in a year, in yuan, where the answers allow computing it.
    pub saving_up_to: Option<Decimal>,
    /// The least tax saved in a year, in yuan: equal to `saving_up_to` when the answers make the
    /// saving exact, lower in a year without taxable income (a range, never 0 by default).
    pub saving_at_least: Option<Decimal>,
    /// For a lower rate without a taxable income: the percentage points saved on it.
    pub points: Option<Decimal>,
    /// The year of the R&D expense and the income the figures use (the assessment's year − 1);
    /// the super-deduction's rate is the one for that year.
    pub year: i32,
}

impl TaxEffect {
    /// Whether the saving is one figure (the answers make it exact).
    pub fn exact(&self) -> bool {
        self.saving_up_to.is_some() && self.saving_up_to == self.saving_at_least
    }
}

/// One reading of "认定后2年内" (2.1) and what it gives on the assessment date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// `calendar_years` (the two calendar years after the recognition year) or `months_24`
    /// (24 months from the certificate date).
    pub id: &'static str,
    pub label: Text,
    pub first: Date,
    pub last: Date,
    /// The verdict under this reading alone.
    pub status: Status,
}

/// The pilot-scale support base: investment less land, buildings and engineering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PilotBase {
    pub base: Decimal,
    /// Share of the countable base in place (0–1, four decimals), where known: at most. The
    /// money in place is asked as a whole, and some of it may have gone to land, buildings or
    /// works, which the base leaves out; so the countable share lies between
    /// `in_place_ratio_at_least` and this.
    pub in_place_ratio: Option<Decimal>,
    /// The same share as a percentage with one decimal, cut toward zero (never rounded up).
    pub in_place_percent: Option<Decimal>,
    /// The least countable share in place (0–1, four decimals, cut toward zero): the money in
    /// place less everything land, buildings and works could have taken.
    pub in_place_ratio_at_least: Option<Decimal>,
    /// The same as a percentage with one decimal, cut toward zero.
    pub in_place_percent_at_least: Option<Decimal>,
    /// `base × rate` once the guideline's rate is entered.
    pub amount: Option<Decimal>,
    pub parameter: Parameter,
}

/// The result for one programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgrammeResult {
    pub id: &'static str,
    pub status: Status,
    pub ceiling: Option<Ceiling>,
    pub guideline: Option<GuidelineAmount>,
    pub pilot: Option<PilotBase>,
    pub benefit: Text,
    pub trace: Vec<TraceRow>,
    pub smallest_change: Option<SmallestChange>,
    pub notes: Vec<Remark>,
    /// Unanswered facts that would not change the verdict but would decide a note on the card
    /// (e.g. whether the lower level for software firms applies).
    pub refine: Vec<Fact>,
    pub next_step: NextAction,
    /// What a national tax incentive is worth.
    pub tax: Option<TaxEffect>,
    /// Both readings of the first-recognition window, where the programme has one and the
    /// recognition date is known. When their verdicts differ the status is "possible".
    pub readings: Vec<Reading>,
}

impl ProgrammeResult {
    /// Whether the two readings of the support window give different verdicts.
    pub fn readings_differ(&self) -> bool {
        self.readings.windows(2).any(|w| w[0].status != w[1].status)
    }
}

/// A note shown on a card, with the clause it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Remark {
    pub text: Text,
    pub clause: &'static str,
}

/// An answer that contradicts another (reported next to the field; the profile keeps it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inconsistency {
    pub fact: Fact,
    pub message: Text,
}

/// Everything the engine says about a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub assessment_date: Date,
    pub ruleset: RulesetInfo,
    pub results: Vec<ProgrammeResult>,
    /// What the enterprise itself may receive under the fixed ceilings of eligible and upcoming
    /// programmes, an upper bound. The first-recognition post-subsidies count once, the larger
    /// remaining cap ("高企或小巨人…每年支持一个后补助项目", 2.1).
    pub known_maximum: Decimal,
    /// The year of the first-recognition project counted in `known_maximum` (this year's, or
    /// next year's once this year's is granted or its batches have closed), where it has one.
    pub known_maximum_project_year: Option<i32>,
    /// Both first-recognition caps added, shown only as "if the bureau allows both"; `None`
    /// unless both apply.
    pub known_maximum_if_combined: Option<Decimal>,
    /// Money for the enterprise's recognised talents and teams (2.3): it goes to them, so it is
    /// counted apart from `known_maximum`.
    pub talent_maximum: Decimal,
    /// The most income tax the national incentives would save in a year, on their own line: the
    /// sum of the eligible tax cards (`None` unless every one of them has a figure).
    pub tax_saving_up_to: Option<Decimal>,
    /// The least they would save: the sum of the cards' lower ends (equal to the most when every
    /// card is exact).
    pub tax_saving_at_least: Option<Decimal>,
    pub national: NationalChecks,
    pub inconsistencies: Vec<Inconsistency>,
    /// The enterprise says it is registered outside Yinchuan: no municipal programme applies.
    pub outside_city: bool,
    /// The parameter values this assessment used, with their dates and sources.
    pub parameters_used: Vec<Parameter>,
}

impl Assessment {
    /// The city's programmes (the 2022 reply), without the national tax incentives.
    pub fn city(&self) -> impl Iterator<Item = &ProgrammeResult> {
        self.results.iter().filter(|r| !is_national(r.id))
    }

    /// The national tax incentives: their own group, never in the city's sums or counts.
    pub fn national_tax(&self) -> impl Iterator<Item = &ProgrammeResult> {
        self.results.iter().filter(|r| is_national(r.id))
    }

    /// The result of one programme.
    pub fn result(&self, id: &str) -> Option<&ProgrammeResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// How many of the city's programmes have a status of this kind.
    pub fn count(&self, kind: StatusKind) -> usize {
        self.city().filter(|r| r.status.kind() == kind).count()
    }
}

/// Whether a programme is a national tax incentive.
pub fn is_national(id: &str) -> bool {
    crate::catalogue::programme(id).is_some_and(|p| p.category == crate::catalogue::Category::Tax)
}

/// Evaluates every programme with the default (unset) parameters.
pub fn evaluate(p: &Profile) -> Assessment {
    evaluate_with(p, &params::in_force(p.assessment_date))
}

/// Evaluates every programme with the given parameters.
pub fn evaluate_with(p: &Profile, params: &[Parameter]) -> Assessment {
    let national = national::check(p);
    let results: Vec<ProgrammeResult> = CATALOGUE
        .iter()
        .map(|prog| evaluate_in(prog, p, params, &national))
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
        let Some(prog) = crate::catalogue::programme(r.id) else {
            continue;
        };
        match prog.benefit {
            Benefit::FirstRecognition { cap, .. } => ids.push(cap),
            Benefit::PerRecognised { per, .. } => ids.push(per),
            // The ones this enterprise's card shows (`only_if`).
            Benefit::Guideline { .. } => ids.extend(
                r.guideline
                    .iter()
                    .flat_map(|g| g.parameters.iter().map(|p| p.id)),
            ),
            Benefit::PilotBase { param } => ids.push(param),
            Benefit::TaxDeduction { rate, .. } => {
                ids.extend(["rd_super_deduction_rate", rate, "cit_rate", "hnte_cit_rate"])
            }
            Benefit::TaxRate { reduced, standard } => ids.extend([reduced, standard]),
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
        let missing = match &r.status {
            Status::NeedsInfo { missing } => missing.as_slice(),
            _ => &[],
        };
        for f in missing.iter().chain(&r.refine) {
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
    ceiling: Option<Ceiling>,
    guideline: Option<GuidelineAmount>,
    pilot: Option<PilotBase>,
    readings: Vec<Reading>,
    tax: Option<TaxEffect>,
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
    evaluate_in(prog, p, params, &national::check(p))
}

fn evaluate_in(
    prog: &'static Programme,
    p: &Profile,
    params: &[Parameter],
    national: &NationalChecks,
) -> ProgrammeResult {
    let mut trace: Vec<TraceRow> = prog
        .criteria
        .iter()
        .map(|c| {
            let o = c.cond.eval(p);
            TraceRow {
                criterion: c.id,
                label: c.label,
                clause: c.clause,
                truth: o.truth,
                answers: o.facts.iter().map(|f| answer(p, *f)).collect(),
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
    let mut judged = judge_benefit(prog, p, params, &criteria, &mut trace);
    // Before the reply was issued none of its programmes was in force: say so, whatever else.
    let before_reply = !is_national(prog.id) && p.assessment_date < crate::meta::SOURCE_ISSUED;
    if before_reply {
        let issued = crate::meta::SOURCE_ISSUED;
        trace.insert(
            0,
            TraceRow {
                criterion: "reply_in_force",
                label: tx!(
                    "评估日期在答复印发（2022年9月14日）之后：这项政策出自该答复",
                    "The assessment date is on or after the reply's issue (14 September 2022): this programme comes from it",
                ),
                clause: prog.clauses.first().copied().unwrap_or("2.1"),
                truth: Truth::NotMet,
                answers: Vec::new(),
                detail: Some(crate::msg!(
                    "答复于 {issued} 印发，评估日期 {a} 时尚未生效",
                    "the reply was issued on {issued}; on {a} it was not yet in force",
                    a = p.assessment_date,
                )),
            },
        );
        judged.status = Status::NotEligible;
        judged.extras.readings.clear();
    }
    let Extras {
        ceiling,
        guideline,
        pilot,
        readings,
        tax,
    } = judged.extras;
    let status = judged.status;

    let notes: Vec<Remark> = prog
        .notes
        .iter()
        .filter(|n| n.when.is_none_or(|c| c.truth(p) == Truth::Met))
        .map(|n| Remark {
            text: n.text,
            clause: n.clause,
        })
        .collect();
    // Unanswered facts that would decide a note (not the verdict); nothing more is asked of an
    // enterprise outside the city.
    let mut refine: Vec<Fact> = Vec::new();
    if status != Status::NotEligible && !outside_city(p) {
        for cond in prog.notes.iter().filter_map(|n| n.when) {
            let o = cond.eval(p);
            if o.truth == Truth::Unknown {
                push_new(&mut refine, o.facts);
            }
        }
    }
    // Last year's taxable income makes an eligible tax card's saving exact: ask for it then.
    if status == Status::Eligible && tax.is_some() && !outside_city(p) {
        push_new(
            &mut refine,
            [Fact::TaxableIncome]
                .into_iter()
                .filter(|f| !p.is_answered(*f)),
        );
    }
    // The money in place is part of the pilot support basis: ask for it once the base is known.
    if pilot.is_some() && !p.is_answered(Fact::PilotFundsInPlace) {
        push_new(&mut refine, [Fact::PilotFundsInPlace]);
    }
    if before_reply {
        refine.clear();
    }
    let smallest_change = if status == Status::NotEligible && !before_reply {
        change::find_smallest_change(prog, p, national, params)
    } else {
        None
    };
    ProgrammeResult {
        id: prog.id,
        next_step: next::next_action(prog, p, &status, params),
        status,
        ceiling,
        guideline,
        pilot,
        benefit: judged.text,
        trace,
        smallest_change,
        notes,
        refine,
        tax,
        readings,
    }
}

/// One function per kind of benefit.
fn judge_benefit(
    prog: &Programme,
    p: &Profile,
    params: &[Parameter],
    criteria: &Criteria,
    trace: &mut Vec<TraceRow>,
) -> Judged {
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
                next_cutoff: next::next_cutoff(p.assessment_date, params),
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
        } => guideline(params, &guideline_ids(p, ids, only_if), what, criteria),
        Benefit::PilotBase { param } => pilot::judge(p, params, param, criteria, trace),
        // The calculator assesses Yinchuan enterprises: for one registered elsewhere it asks
        // nothing more for the national incentives (their cards say they apply nationwide).
        Benefit::TaxDeduction { .. } if outside_city(p) => {
            Judged::plain(tax::DEDUCTION, Status::Possible)
        }
        Benefit::TaxRate { .. } if outside_city(p) => {
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
            if outside_city(p) && criteria.truth != Truth::NotMet =>
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
            ceiling,
            ..Extras::default()
        },
    }
}

/// Money the year's guideline sets: "possible", with the parameters it depends on.
/// A guideline programme's parameters that may be this enterprise's: those meant for some
/// enterprises only (`only_if`) are left out once the answers rule their condition out.
fn guideline_ids(
    p: &Profile,
    ids: &'static [&'static str],
    only_if: &'static [(&'static str, crate::cond::Cond)],
) -> Vec<&'static str> {
    ids.iter()
        .copied()
        .filter(|id| {
            only_if
                .iter()
                .filter(|(of, _)| of == id)
                .all(|(_, c)| c.truth(p) != crate::cond::Truth::NotMet)
        })
        .collect()
}

fn guideline(params: &[Parameter], ids: &[&str], what: Text, criteria: &Criteria) -> Judged {
    let parameters: Vec<Parameter> = ids
        .iter()
        .filter_map(|id| params::find(params, id).cloned())
        .collect();
    Judged {
        text: what,
        status: criteria.status(Status::Possible),
        extras: Extras {
            guideline: (!parameters.is_empty()).then_some(GuidelineAmount { what, parameters }),
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
