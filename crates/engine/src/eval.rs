//! Evaluation of every programme for a profile: status, trace, ceiling, smallest change, next step.

use crate::catalogue::{Benefit, Programme, Timing, CATALOGUE};
use crate::cond::{Change, Target, Truth};
use crate::date::Date;
use crate::facts::Fact;
use crate::input::round_yuan;
use crate::meta::{ruleset_info, RulesetInfo};
use crate::national::{self, Msg, NationalChecks};
use crate::params::{self, Parameter, Unit};
use crate::profile::{Profile, Value};
use crate::text::{t, Text};
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

impl Status {
    /// A stable machine-readable name (`data-status` in the app).
    pub fn code(&self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::Upcoming { .. } => "upcoming",
            Status::Possible => "possible",
            Status::NotEligible => "not_eligible",
            Status::NeedsInfo { .. } => "needs_info",
        }
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
}

/// When to act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum When {
    /// The next batch cut-off, usually the end of April or of September (city practice, a dated
    /// parameter: `params::BATCH_CUTOFFS`).
    Cutoff { date: Date },
    /// Open all year.
    Ongoing,
    /// When the bureau announces a call.
    Announced,
    /// Not before this date.
    From { date: Date },
    /// The support period ends on `ends`, and its last batch cut-off has passed: applications now
    /// would roll into a year outside the period, so the bureau must be asked at once.
    LastBatchPassed { ends: Date },
    /// This year's last batch cut-off has passed while the support period goes on: this year's
    /// project can no longer be applied for; the next chance is the cut-off `next`.
    YearClosed { next: Date },
}

/// The next step for a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub how: Text,
    pub when: When,
    /// The clause naming the channel, where there is one.
    pub clause: Option<&'static str>,
}

/// A guideline amount: unset until a guideline is entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidelineAmount {
    pub what: Text,
    /// The parameters the amount depends on (one per part the text names).
    pub parameters: Vec<Parameter>,
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
    /// Share of the investment in place (0–1), where known.
    pub in_place_ratio: Option<Decimal>,
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
    pub next_step: Step,
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
    /// Both first-recognition caps added, shown only as "if the bureau allows both"; `None`
    /// unless both apply.
    pub known_maximum_if_combined: Option<Decimal>,
    /// Money for the enterprise's recognised talents and teams (2.3): it goes to them, so it is
    /// counted apart from `known_maximum`.
    pub talent_maximum: Decimal,
    pub national: NationalChecks,
    pub inconsistencies: Vec<Inconsistency>,
}

/// Evaluates every programme with the default (unset) parameters.
pub fn evaluate(p: &Profile) -> Assessment {
    evaluate_with(p, &params::defaults())
}

/// Evaluates every programme with the given parameters.
pub fn evaluate_with(p: &Profile, params: &[Parameter]) -> Assessment {
    let national = national::check(p);
    let results: Vec<ProgrammeResult> = CATALOGUE
        .iter()
        .map(|prog| evaluate_in(prog, p, params, &national))
        .collect();
    let totals = Totals::of(&results);
    Assessment {
        assessment_date: p.assessment_date,
        ruleset: ruleset_info(p.assessment_date),
        results,
        known_maximum: totals.known_maximum,
        known_maximum_if_combined: totals.if_combined,
        talent_maximum: totals.talent,
        national,
        inconsistencies: inconsistencies(p),
    }
}

/// The headline sums of an assessment.
struct Totals {
    known_maximum: Decimal,
    if_combined: Option<Decimal>,
    talent: Decimal,
}

impl Totals {
    fn of(results: &[ProgrammeResult]) -> Totals {
        // A ceiling counts when the money is certain to be open at some point: eligible or
        // upcoming, or "possible" only because the two readings of the window differ in timing
        // while each still gives it.
        let counts = |r: &ProgrammeResult| match r.status {
            Status::Eligible | Status::Upcoming { .. } => true,
            Status::Possible => {
                !r.readings.is_empty()
                    && r.readings
                        .iter()
                        .all(|x| matches!(x.status, Status::Eligible | Status::Upcoming { .. }))
            }
            _ => false,
        };
        let mut recognition: Vec<Decimal> = Vec::new();
        let mut other = Decimal::ZERO;
        let mut talent = Decimal::ZERO;
        for r in results.iter().filter(|r| counts(r)) {
            let Some(c) = &r.ceiling else { continue };
            match programme_benefit(r.id) {
                Some(Benefit::FirstRecognition { .. }) => recognition.push(c.remaining),
                Some(Benefit::PerRecognised { .. }) => talent += c.remaining,
                _ => other += c.remaining,
            }
        }
        let larger = recognition.iter().copied().max().unwrap_or_default();
        let if_combined =
            (recognition.len() > 1).then(|| recognition.iter().copied().sum::<Decimal>() + other);
        Totals {
            known_maximum: larger + other,
            if_combined,
            talent,
        }
    }
}

fn programme_benefit(id: &str) -> Option<Benefit> {
    crate::catalogue::programme(id).map(|p| p.benefit)
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

/// The next batch cut-off on or after `today`, by the city practice in force that day
/// (`params::BATCH_CUTOFFS`); `None` before any practice is recorded.
fn next_cutoff(today: Date) -> Option<Date> {
    let practice = params::batch_cutoffs(today)?;
    let y = today.year();
    [y, y + 1]
        .iter()
        .flat_map(|&year| {
            practice
                .month_days
                .iter()
                .filter_map(move |&(m, d)| Date::new(year, m, d))
        })
        .find(|c| *c >= today)
}

fn step(prog: &Programme, p: &Profile, status: &Status) -> Step {
    // The end of a first-recognition support period (the later of the two readings).
    let window_end = match prog.benefit {
        Benefit::FirstRecognition { date, .. } => p
            .date(date)
            .map(|d| reading_periods(d).iter().map(|r| r.3).max().unwrap_or(d)),
        _ => None,
    };
    let a = p.assessment_date;
    let when = match (status, prog.next_step.timing) {
        (Status::Upcoming { opens }, _) => When::From { date: *opens },
        (_, Timing::Batches) => match next_cutoff(a) {
            None => When::Announced,
            Some(cutoff) => match window_end {
                Some(ends) if cutoff > ends => When::LastBatchPassed { ends },
                // A support year whose last batch has passed: this year's project can no
                // longer be applied for; the next cut-off is next year's.
                Some(_) if cutoff.year() > a.year() => When::YearClosed { next: cutoff },
                _ => When::Cutoff { date: cutoff },
            },
        },
        (_, Timing::Ongoing) => When::Ongoing,
        (_, Timing::Announced) => When::Announced,
    };
    Step {
        how: prog.next_step.how,
        when,
        clause: prog.next_step.clause,
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
    let criteria_truth = Truth::all(trace.iter().map(|r| r.truth));
    let mut missing: Vec<Fact> = Vec::new();
    if criteria_truth == Truth::Unknown {
        for row in trace.iter().filter(|r| r.truth == Truth::Unknown) {
            for a in &row.answers {
                if !missing.contains(&a.fact) {
                    missing.push(a.fact);
                }
            }
        }
    }

    let notes: Vec<Remark> = prog
        .notes
        .iter()
        .filter(|n| n.when.is_none_or(|c| c.truth(p) == Truth::Met))
        .map(|n| Remark {
            text: n.text,
            clause: n.clause,
        })
        .collect();

    let mut ceiling = None;
    let mut guideline = None;
    let mut pilot = None;
    let mut readings: Vec<Reading> = Vec::new();
    let (benefit_text, status) = match prog.benefit {
        Benefit::FirstRecognition {
            cap,
            status: recognition,
            date,
            paid,
            supported_this_year,
        } => {
            let cap = Decimal::from(cap);
            let used = p.number(paid).map(|u| u.min(cap));
            let remaining = (cap - used.unwrap_or_default()).max(Decimal::ZERO);
            ceiling = Some(Ceiling {
                cap,
                used,
                remaining,
            });
            let text = t(
                "认定后2年内每年支持一个研发后补助项目（补研发，不是补证书），累计封顶",
                "One post-subsidy R&D project a year within 2 years of recognition (for R&D, not for the certificate), capped in all",
            );
            // The window and the cap are judged from the answers they need alone, so a closed
            // window or a used-up cap is "not eligible" even while another answer is missing.
            let window = if criteria_truth == Truth::NotMet {
                Status::NotEligible
            } else {
                let w = recognition_window(p, cap, date, paid, supported_this_year, &mut trace);
                readings = w.readings;
                w.status
            };
            let status = match (criteria_truth, window) {
                (Truth::NotMet, _) | (_, Status::NotEligible) => Status::NotEligible,
                // Both still waiting: ask for everything either needs, so the recognition date
                // comes right after the recognition, not only after the R&D question.
                (Truth::Unknown, Status::NeedsInfo { missing: more })
                    if p.choice(recognition) == Some("first") =>
                {
                    let mut all = missing.clone();
                    for f in more {
                        if !all.contains(&f) {
                            all.push(f);
                        }
                    }
                    Status::NeedsInfo { missing: all }
                }
                (Truth::Unknown, _) => Status::NeedsInfo {
                    missing: missing.clone(),
                },
                (Truth::Met, window) => window,
            };
            (text, status)
        }
        Benefit::PerRecognised { per, count, what } => {
            let n = p.number(count).unwrap_or_default();
            let total = Decimal::from(per) * n;
            ceiling = Some(Ceiling {
                cap: total,
                used: None,
                remaining: total,
            });
            let text = what;
            (
                text,
                by_criteria(criteria_truth, &missing, Status::Eligible),
            )
        }
        Benefit::Guideline { params: ids, what } => {
            let parameters: Vec<Parameter> = ids
                .iter()
                .filter_map(|id| params::find(params, id).cloned())
                .collect();
            guideline = (!parameters.is_empty()).then_some(GuidelineAmount { what, parameters });
            (
                what,
                by_criteria(criteria_truth, &missing, Status::Possible),
            )
        }
        Benefit::Access { what } => (
            what,
            by_criteria(criteria_truth, &missing, Status::Possible),
        ),
        Benefit::Service { what } => (
            what,
            by_criteria(criteria_truth, &missing, Status::Eligible),
        ),
        Benefit::PilotBase { param } => {
            let text = t(
                "按投资额（不含土地、厂房、工程等投入）及到位进度、项目进度给予资金支持",
                "Support based on the investment less land, buildings and engineering, and on money in place and progress",
            );
            let status = match criteria_truth {
                Truth::Met => {
                    let facts = [
                        Fact::PilotInvestment,
                        Fact::PilotLand,
                        Fact::PilotBuildings,
                        Fact::PilotEngineering,
                    ];
                    let unknown: Vec<Fact> = facts
                        .iter()
                        .copied()
                        .filter(|f| !p.is_answered(*f))
                        .collect();
                    let base = pilot_base(p);
                    let parameter = params::find(params, param).cloned();
                    trace.push(TraceRow {
                        criterion: "pilot_base",
                        label: t("可计入的投资额（总投资 − 土地 − 厂房 − 工程）大于零", "Countable investment (total − land − buildings − engineering) above zero"),
                        clause: "3.3.2",
                        truth: match &base {
                            Some(Ok(b)) if *b > Decimal::ZERO => Truth::Met,
                            Some(Ok(_)) => Truth::NotMet,
                            _ => Truth::Unknown,
                        },
                        answers: facts.iter().map(|f| answer(p, *f)).collect(),
                        detail: None,
                    });
                    match base {
                        None => Status::NeedsInfo { missing: unknown },
                        // An inconsistent split is an input error: the answers must be corrected.
                        Some(Err(())) => Status::NeedsInfo {
                            missing: facts.to_vec(),
                        },
                        Some(Ok(b)) if b <= Decimal::ZERO => Status::NotEligible,
                        Some(Ok(b)) => {
                            // Measured against the countable base (3.3.2: "按其投资额(不包括
                            // 土地、厂房、工程等投入)及投资额到位进度"), not the total.
                            let in_place_ratio = p
                                .number(Fact::PilotFundsInPlace)
                                .and_then(|f| f.checked_div(b))
                                .map(|r| r.min(Decimal::ONE).round_dp(4));
                            if let Some(parameter) = parameter {
                                let amount = match (parameter.unit, parameter.value) {
                                    (Unit::Ratio, Some(rate)) => {
                                        b.checked_mul(rate).map(round_yuan)
                                    }
                                    _ => None,
                                };
                                pilot = Some(PilotBase {
                                    base: b,
                                    in_place_ratio,
                                    amount,
                                    parameter,
                                });
                            }
                            Status::Possible
                        }
                    }
                }
                other => by_criteria(other, &missing, Status::Possible),
            };
            (text, status)
        }
    };

    let mut refine: Vec<Fact> = Vec::new();
    if status != Status::NotEligible {
        for note in prog.notes {
            if let Some(c) = note.when {
                let o = c.eval(p);
                if o.truth == Truth::Unknown {
                    for f in o.facts {
                        if !refine.contains(&f) {
                            refine.push(f);
                        }
                    }
                }
            }
        }
    }
    // The money in place is part of the pilot support basis: ask for it once the base is known.
    if pilot.is_some() && !p.is_answered(Fact::PilotFundsInPlace) {
        refine.push(Fact::PilotFundsInPlace);
    }
    let smallest_change = if status == Status::NotEligible {
        find_smallest_change(prog, p, national)
    } else {
        None
    };
    ProgrammeResult {
        id: prog.id,
        next_step: step(prog, p, &status),
        status,
        ceiling,
        guideline,
        pilot,
        benefit: benefit_text,
        trace,
        smallest_change,
        notes,
        refine,
        readings,
    }
}

fn by_criteria(truth: Truth, missing: &[Fact], met: Status) -> Status {
    match truth {
        Truth::Met => met,
        Truth::NotMet => Status::NotEligible,
        Truth::Unknown => Status::NeedsInfo {
            missing: missing.to_vec(),
        },
    }
}

/// Where the assessment date lies relative to a support period.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Before,
    Within,
    After,
}

/// The support period and verdict under each reading, and the combined status.
struct Window {
    status: Status,
    readings: Vec<Reading>,
}

/// The two readings of "认定后2年内" (2.1); see docs/interpretation.md.
fn reading_periods(recognised: Date) -> [(&'static str, Text, Date, Date); 2] {
    let y = recognised.year();
    [
        (
            "calendar_years",
            t(
                "解读一：认定当年之后的两个自然年度",
                "Reading 1: the two calendar years after the recognition year",
            ),
            Date::jan_first(y + 1),
            Date::dec_last(y + 2),
        ),
        (
            "months_24",
            t(
                "解读二：自证书日期起24个月（到期日按民法典第二百零二条取对应日）",
                "Reading 2: 24 months from the certificate date (ending on the corresponding day, Civil Code art. 202)",
            ),
            recognised,
            recognised.add_years(2),
        ),
    ]
}

/// The window rule of the first-recognition post-subsidies: one project a year within 2 years
/// of recognition, within the cap. Both readings of the period are evaluated; where they agree
/// their verdict stands, where they differ the status is "possible". Decides "not eligible" as
/// soon as the answers given show it under every reading (cap used up, both periods over, this
/// year's project granted in the last year), whatever else is still missing.
fn recognition_window(
    p: &Profile,
    cap: Decimal,
    date: Fact,
    paid: Fact,
    this_year: Fact,
    trace: &mut Vec<TraceRow>,
) -> Window {
    let a = p.assessment_date;
    let decided = |status| Window {
        status,
        readings: Vec::new(),
    };
    // The cap first: it needs only the amount already received.
    if let Some(used) = p.number(paid) {
        let left = cap - used;
        trace.push(TraceRow {
            criterion: "cap_left",
            label: t("累计补助尚未用完上限", "Some of the cap is still unused"),
            clause: "2.1",
            truth: if left > Decimal::ZERO {
                Truth::Met
            } else {
                Truth::NotMet
            },
            answers: vec![answer(p, paid)],
            detail: None,
        });
        if left <= Decimal::ZERO {
            return decided(Status::NotEligible);
        }
    }
    let Some(recognised) = p.date(date) else {
        trace.push(TraceRow {
            criterion: "support_window",
            label: t("在认定后2年内", "Within 2 years after recognition"),
            clause: "2.1",
            truth: Truth::Unknown,
            answers: vec![answer(p, date)],
            detail: None,
        });
        let mut missing = vec![date];
        if !p.is_answered(paid) {
            missing.push(paid);
        }
        return decided(Status::NeedsInfo { missing });
    };
    let granted = p.bool(this_year);
    let mut readings = Vec::new();
    let mut needs_this_year = false;
    for (id, label, first, last) in reading_periods(recognised) {
        let phase = if a < first {
            Phase::Before
        } else if a <= last {
            Phase::Within
        } else {
            Phase::After
        };
        trace.push(TraceRow {
            criterion: id,
            label,
            clause: "2.1",
            truth: match phase {
                Phase::Within => Truth::Met,
                Phase::After => Truth::NotMet,
                Phase::Before => Truth::Unknown,
            },
            answers: vec![answer(p, date)],
            detail: Some(Msg {
                zh: format!("支持期 {first} 至 {last}"),
                en: format!("support period {first} to {last}"),
            }),
        });
        let status = match (phase, granted) {
            (Phase::Before, _) => Status::Upcoming { opens: first },
            (Phase::After, _) => Status::NotEligible,
            // One project a year: this year's is granted, so the next chance is next year,
            // if the period reaches into it.
            (Phase::Within, Some(true)) if last.year() > a.year() => Status::Upcoming {
                opens: Date::jan_first(a.year() + 1),
            },
            (Phase::Within, Some(true)) => Status::NotEligible,
            (Phase::Within, Some(false)) => Status::Eligible,
            (Phase::Within, None) => {
                needs_this_year = true;
                Status::NeedsInfo {
                    missing: vec![this_year],
                }
            }
        };
        readings.push(Reading {
            id,
            label,
            first,
            last,
            status,
        });
    }
    if granted == Some(true) {
        trace.push(TraceRow {
            criterion: "one_project_a_year",
            label: t(
                "每年支持一个后补助项目（今年的已获支持）",
                "One project a year (this year's is already granted)",
            ),
            clause: "2.1",
            truth: if readings.iter().all(|r| r.status == Status::NotEligible) {
                Truth::NotMet
            } else {
                Truth::Unknown
            },
            answers: vec![answer(p, this_year)],
            detail: None,
        });
    }
    if readings.iter().all(|r| r.status == Status::NotEligible) {
        return Window {
            status: Status::NotEligible,
            readings,
        };
    }
    let mut missing = Vec::new();
    if !p.is_answered(paid) {
        missing.push(paid);
    }
    if needs_this_year {
        missing.push(this_year);
    }
    let status = if !missing.is_empty() {
        Status::NeedsInfo { missing }
    } else if readings.windows(2).all(|w| w[0].status == w[1].status) {
        readings[0].status.clone()
    } else {
        Status::Possible
    };
    Window { status, readings }
}

/// The pilot base, `None` while an amount is missing, `Err` when the split does not add up.
pub fn pilot_base(p: &Profile) -> Option<Result<Decimal, ()>> {
    let total = p.number(Fact::PilotInvestment)?;
    let land = p.number(Fact::PilotLand)?;
    let buildings = p.number(Fact::PilotBuildings)?;
    let engineering = p.number(Fact::PilotEngineering)?;
    let excluded = land + buildings + engineering;
    if excluded > total {
        return Some(Err(()));
    }
    Some(Ok(total - excluded))
}

fn find_smallest_change(
    prog: &'static Programme,
    p: &Profile,
    national: &NationalChecks,
) -> Option<SmallestChange> {
    // A recognition the enterprise's own self-check rules out is no change it can make.
    let allowed = |c: &Change| match (c.fact, &c.to) {
        (Fact::TsmeRegistered, Target::Yes) => national.tsme.verdict != Truth::NotMet,
        (Fact::HnteStatus, Target::Option("first")) => national.hnte.verdict != Truth::NotMet,
        _ => true,
    };
    let mut changes: Vec<Change> = Vec::new();
    let failing = prog
        .criteria
        .iter()
        .filter(|c| c.cond.truth(p) == Truth::NotMet);
    for c in failing {
        for change in c.cond.smallest_change_where(p, &allowed)? {
            if !changes.iter().any(|x| x.fact == change.fact) {
                changes.push(change);
            }
        }
    }
    if changes.is_empty() {
        // Every criterion holds: it is the window or the cap, which no answer can change.
        return None;
    }
    let mut changed = p.clone();
    for c in &changes {
        c.apply(&mut changed);
    }
    let would_open = match prog.benefit {
        Benefit::FirstRecognition { cap, paid, .. } => {
            let cap = Decimal::from(cap);
            Some((cap - changed.number(paid).unwrap_or_default()).max(Decimal::ZERO))
        }
        Benefit::PerRecognised { per, count, .. } => {
            changed.number(count).map(|n| Decimal::from(per) * n)
        }
        _ => None,
    };
    Some(SmallestChange {
        changes,
        would_open,
    })
}

/// Answers that contradict each other. The profile keeps them; the app shows the message.
pub fn inconsistencies(p: &Profile) -> Vec<Inconsistency> {
    let mut out = Vec::new();
    let num = |f| p.number(f);
    if let Some(Err(())) = pilot_base(p) {
        out.push(Inconsistency {
            fact: Fact::PilotInvestment,
            message: t(
                "土地、厂房、工程投入之和超过了总投资，请核对这几项金额。",
                "Land, buildings and engineering add up to more than the total investment; please check these amounts.",
            ),
        });
    }
    if let (Some(inv), Some(inplace)) = (num(Fact::PilotInvestment), num(Fact::PilotFundsInPlace)) {
        if inplace > inv {
            out.push(Inconsistency {
                fact: Fact::PilotFundsInPlace,
                message: t(
                    "已到位投资不能超过总投资。",
                    "The investment in place cannot exceed the total investment.",
                ),
            });
        }
    }
    if let (Some(e), Some(s)) = (num(Fact::Employees), num(Fact::TechStaff)) {
        if s > e {
            out.push(Inconsistency {
                fact: Fact::TechStaff,
                message: t(
                    "科技人员数不能超过职工总数。",
                    "Technical staff cannot outnumber all employees.",
                ),
            });
        }
    }
    if let (Some(all), Some(dom)) = (num(Fact::Rd3y), num(Fact::RdDomestic3y)) {
        if dom > all {
            out.push(Inconsistency {
                fact: Fact::RdDomestic3y,
                message: t(
                    "境内研发费用不能超过研发费用总额。",
                    "R&D spent in China cannot exceed all R&D.",
                ),
            });
        }
    }
    if let (Some(total), Some(ht)) = (num(Fact::TotalIncome), num(Fact::HightechIncome)) {
        if ht > total {
            out.push(Inconsistency {
                fact: Fact::HightechIncome,
                message: t(
                    "高新技术产品收入不能超过总收入。",
                    "High-tech income cannot exceed total income.",
                ),
            });
        }
    }
    // Amounts received above a first-recognition cap (the caps come from the catalogue).
    let caps = CATALOGUE.iter().filter_map(|prog| match prog.benefit {
        Benefit::FirstRecognition { cap, paid, .. } => Some((paid, cap)),
        _ => None,
    });
    for (paid, cap) in caps {
        if num(paid).is_some_and(|v| v > Decimal::from(cap)) {
            out.push(Inconsistency {
                fact: paid,
                message: t(
                    "已获金额超过了累计上限，请核对。",
                    "The amount received exceeds the cap in all; please check it.",
                ),
            });
        }
    }
    for date in [Fact::HnteDate, Fact::GiantDate, Fact::RegistrationDate] {
        if p.date(date).is_some_and(|d| d > p.assessment_date) {
            out.push(Inconsistency {
                fact: date,
                message: t(
                    "这个日期晚于评估日期。",
                    "This date is after the assessment date.",
                ),
            });
        }
    }
    out
}
