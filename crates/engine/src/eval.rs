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
    /// The next batch cut-off (end of April or end of September).
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
    pub parameter: Parameter,
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
    pub notes: Vec<Text>,
    /// Unanswered facts that would not change the verdict but would decide a note on the card
    /// (e.g. whether the lower level for software firms applies).
    pub refine: Vec<Fact>,
    pub next_step: Step,
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
    /// The sum of the remaining fixed ceilings of eligible and upcoming programmes: an upper bound.
    pub known_maximum: Decimal,
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
    let known_maximum = results
        .iter()
        .filter(|r| matches!(r.status, Status::Eligible | Status::Upcoming { .. }))
        .filter_map(|r| r.ceiling.as_ref().map(|c| c.remaining))
        .sum();
    Assessment {
        assessment_date: p.assessment_date,
        ruleset: ruleset_info(p.assessment_date),
        results,
        known_maximum,
        national,
        inconsistencies: inconsistencies(p),
    }
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

fn next_cutoff(today: Date) -> Date {
    let y = today.year();
    let april = Date::new(y, 4, 30);
    let september = Date::new(y, 9, 30);
    match (april, september) {
        (Some(a), _) if today <= a => a,
        (_, Some(s)) if today <= s => s,
        _ => Date::new(y + 1, 4, 30).unwrap_or(today),
    }
}

fn step(prog: &Programme, p: &Profile, status: &Status) -> Step {
    // The end of a first-recognition support period, where there is one.
    let window_end = match prog.benefit {
        Benefit::FirstRecognition { date, .. } => {
            p.date(date).map(|d| Date::dec_last(d.year() + 2))
        }
        _ => None,
    };
    let when = match (status, prog.next_step.timing) {
        (Status::Upcoming { opens }, _) => When::From { date: *opens },
        (_, Timing::Batches) => {
            let cutoff = next_cutoff(p.assessment_date);
            match window_end {
                Some(ends) if cutoff > ends => When::LastBatchPassed { ends },
                _ => When::Cutoff { date: cutoff },
            }
        }
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

    let notes: Vec<Text> = prog
        .notes
        .iter()
        .filter(|n| n.when.is_none_or(|c| c.truth(p) == Truth::Met))
        .map(|n| n.text)
        .collect();

    let mut ceiling = None;
    let mut guideline = None;
    let mut pilot = None;
    let (benefit_text, status) = match prog.benefit {
        Benefit::FirstRecognition {
            cap,
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
                "认定后两个年度内每年一个后补助项目，累计封顶",
                "One post-subsidy project a year in the two years after recognition, capped in all",
            );
            // The window and the cap are judged from the answers they need alone, so a closed
            // window or a used-up cap is "not eligible" even while another answer is missing.
            let window = if criteria_truth == Truth::NotMet {
                Status::NotEligible
            } else {
                recognition_window(p, cap, date, paid, supported_this_year, &mut trace)
            };
            let status = match (criteria_truth, window) {
                (Truth::NotMet, _) | (_, Status::NotEligible) => Status::NotEligible,
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
        Benefit::Guideline { param, what } => {
            guideline = params::find(params, param).map(|parameter| GuidelineAmount {
                what,
                parameter: parameter.clone(),
            });
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
                            let in_place_ratio = p
                                .number(Fact::PilotFundsInPlace)
                                .filter(|_| {
                                    p.number(Fact::PilotInvestment)
                                        .is_some_and(|i| !i.is_zero())
                                })
                                .map(|f| {
                                    (f / p.number(Fact::PilotInvestment).unwrap_or(Decimal::ONE))
                                        .min(Decimal::ONE)
                                        .round_dp(4)
                                });
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

/// The window rule of the first-recognition post-subsidies: one project in each of the two
/// calendar years after the recognition year, within the cap. Decides "not eligible" as soon as
/// the answers given show it (cap used up, window closed, the last year's project granted),
/// whatever else is still missing.
fn recognition_window(
    p: &Profile,
    cap: Decimal,
    date: Fact,
    paid: Fact,
    this_year: Fact,
    trace: &mut Vec<TraceRow>,
) -> Status {
    let a = p.assessment_date.year();
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
            return Status::NotEligible;
        }
    }
    let Some(recognised) = p.date(date) else {
        trace.push(window_row(Truth::Unknown, vec![answer(p, date)], None));
        let mut missing = vec![date];
        if !p.is_answered(paid) {
            missing.push(paid);
        }
        return Status::NeedsInfo { missing };
    };
    let y = recognised.year();
    let first = Date::jan_first(y + 1);
    let last = Date::dec_last(y + 2);
    if a > y + 2 {
        trace.push(window_row(
            Truth::NotMet,
            vec![answer(p, date)],
            Some((first, last)),
        ));
        return Status::NotEligible;
    }
    let in_window = a > y;
    trace.push(window_row(
        if in_window {
            Truth::Met
        } else {
            Truth::Unknown
        },
        vec![answer(p, date)],
        Some((first, last)),
    ));
    // This year's project already granted: nothing more this year; in the last year, nothing more.
    if in_window && p.bool(this_year) == Some(true) {
        let last_year = a >= y + 2;
        trace.push(TraceRow {
            criterion: "one_project_a_year",
            label: t(
                "每年支持一个后补助项目（今年的已获支持）",
                "One project a year (this year's is already granted)",
            ),
            clause: "2.1",
            truth: if last_year {
                Truth::NotMet
            } else {
                Truth::Unknown
            },
            answers: vec![answer(p, this_year)],
            detail: None,
        });
        if last_year {
            return Status::NotEligible;
        }
    }
    let mut missing = Vec::new();
    if !p.is_answered(paid) {
        missing.push(paid);
    }
    if in_window && !p.is_answered(this_year) {
        missing.push(this_year);
    }
    if !missing.is_empty() {
        return Status::NeedsInfo { missing };
    }
    if !in_window {
        return Status::Upcoming { opens: first };
    }
    if p.bool(this_year) == Some(true) {
        return Status::Upcoming {
            opens: Date::jan_first(a + 1),
        };
    }
    Status::Eligible
}

fn window_row(truth: Truth, answers: Vec<Answer>, window: Option<(Date, Date)>) -> TraceRow {
    TraceRow {
        criterion: "support_window",
        label: t(
            "在认定当年之后的两个年度内",
            "Within the two calendar years after the recognition year",
        ),
        clause: "2.1",
        truth,
        answers,
        detail: window.map(|(first, last)| Msg {
            zh: format!("支持期 {first} 至 {last}"),
            en: format!("support period {first} to {last}"),
        }),
    }
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
