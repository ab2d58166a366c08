//! Planning ahead: the range of the enterprise's money (what the answers already secure, what
//! they could reach, and how much each open question still moves), and what each next step it
//! has not taken would open (入库 as a 科技型中小企业, 高企 recognition, 科技小巨人, R&D above zero), evaluated by the
//! same engine as if the step were taken on the assessment date.

use crate::catalogue::Programme;
use crate::cond::Truth;
use crate::date::Date;
use crate::eval::totals::{counts, Sums};
use crate::eval::{evaluate_with, Assessment, ProgrammeResult, Status, StatusKind};
use crate::facts::Fact;
use crate::national::{Check, CheckRow};
use crate::params::Parameter;
use crate::profile::{Profile, Value};
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;

/// What the answers secure and what they could reach, for the enterprise's own money (the
/// known maximum's rule: the first-recognition post-subsidies once, the larger, 2.1) and, apart,
/// for its talents and teams (2.3). National tax savings are not in it: they keep their line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Range {
    /// The known maximum: the ceilings of eligible and upcoming cards.
    pub secure: Decimal,
    /// With the ceilings of "possible" and "needs information" cards too, as if each turned out
    /// well.
    pub reachable: Decimal,
    pub talent_secure: Decimal,
    pub talent_reachable: Decimal,
    /// For each unanswered or "not sure" question some card waits for, how much it could still
    /// add to the secure sum (the cards that wait for it counted as if they turned out well),
    /// largest first; questions that move no figure are left out.
    pub questions: Vec<QuestionWeight>,
}

/// One open question and the money that waits for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionWeight {
    pub fact: Fact,
    pub up_to: Decimal,
    /// The talents' money that waits for it (2.3), apart.
    pub talent_up_to: Decimal,
}

/// Whether a card could still turn out well: not yet counted, and not refused.
fn open(r: &ProgrammeResult) -> bool {
    !counts(r)
        && matches!(
            r.status.kind(),
            StatusKind::Possible | StatusKind::NeedsInfo
        )
}

/// The range of an assessment. `secure` equals the assessment's known maximum; `reachable` is
/// never below it, and equals it when no card is left "possible" or "needs information" with a
/// ceiling.
pub fn range(a: &Assessment) -> Range {
    let city: Vec<&ProgrammeResult> = a.city().collect();
    let secure = Sums::over(city.iter().copied(), counts);
    let reachable = Sums::over(city.iter().copied(), |r| counts(r) || open(r));
    let mut facts: Vec<Fact> = Vec::new();
    for r in city.iter().filter(|r| open(r)) {
        for f in r.waits_for() {
            if !facts.contains(f) {
                facts.push(*f);
            }
        }
    }
    let mut questions: Vec<QuestionWeight> = facts
        .into_iter()
        .map(|fact| {
            // What the answer could add to the secure sum, by the same rule (so a
            // first-recognition card that waits for it adds only what it exceeds the counted one
            // by).
            let sums = Sums::over(city.iter().copied(), |r| {
                counts(r) || (open(r) && r.waits_for().any(|f| *f == fact))
            });
            QuestionWeight {
                fact,
                up_to: sums.known_maximum - secure.known_maximum,
                talent_up_to: sums.talent - secure.talent,
            }
        })
        .filter(|q| !q.up_to.is_zero() || !q.talent_up_to.is_zero())
        .collect();
    questions.sort_by(|x, y| {
        (y.up_to, y.talent_up_to)
            .cmp(&(x.up_to, x.talent_up_to))
            .then(x.fact.cmp(&y.fact))
    });
    Range {
        secure: secure.known_maximum,
        reachable: reachable.known_maximum,
        talent_secure: secure.talent,
        talent_reachable: reachable.talent,
        questions,
    }
}

/// Whose money a bar of the chart is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BarKind {
    /// The enterprise's own: a ceiling of the city's programmes.
    Enterprise,
    /// Its talents' and teams' (2.3).
    Talent,
    /// A national tax saving, a year at most: never added to the grants.
    Tax,
}

/// One bar of the money chart: a programme's figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bar {
    #[serde(rename = "id")]
    pub programme: &'static Programme,
    pub kind: BarKind,
    pub amount: Decimal,
    /// Counted in the secure sum (or, for a tax card, eligible); else reachable only if the card
    /// turns out well.
    pub secure: bool,
}

/// The money chart's bars: every figure above zero the cards show, the secure ones first, then
/// the reachable ones, then the tax savings, each group largest first. Each programme's own
/// figure: the first-recognition post-subsidies each show theirs though the sum counts one.
pub fn bars(a: &Assessment) -> Vec<Bar> {
    let mut out: Vec<Bar> = Vec::new();
    for r in &a.results {
        let bar = |kind, amount, secure| Bar {
            programme: r.programme,
            kind,
            amount,
            secure,
        };
        if r.is_national() {
            if let (Status::Eligible, Some(t)) = (&r.status, r.tax().and_then(|t| t.saving_up_to)) {
                out.push(bar(BarKind::Tax, t, true));
            }
            continue;
        }
        let (secure, reachable) = (counts(r), open(r));
        let Some(c) = r.ceiling().filter(|_| secure || reachable) else {
            continue;
        };
        let kind = match r.programme.benefit {
            crate::catalogue::Benefit::PerRecognised { .. } => BarKind::Talent,
            _ => BarKind::Enterprise,
        };
        out.push(bar(kind, c.remaining, secure));
    }
    out.retain(|b| b.amount > Decimal::ZERO);
    let group = |b: &Bar| match (b.kind, b.secure) {
        (BarKind::Tax, _) => 4,
        (BarKind::Enterprise, true) => 0,
        (BarKind::Talent, true) => 1,
        (BarKind::Enterprise, false) => 2,
        (BarKind::Talent, false) => 3,
    };
    out.sort_by(|x, y| group(x).cmp(&group(y)).then(y.amount.cmp(&x.amount)));
    out
}

/// A next step an enterprise can take, whose effect the engine can evaluate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// 入库: registered this year as a 科技型中小企业 (国科发政〔2017〕115号).
    Tsme,
    /// Recognised as a 高新技术企业 (国科发火〔2016〕32号): first recognition, or again after a
    /// lapse.
    Hnte,
    /// Recognised as a 科技小巨人 enterprise for the first time.
    Giant,
    /// R&D spending above zero, the threshold the reply's R&D programmes name ("有研发投入",
    /// 2.1, 3.1.1 and the cultivation pool), for an enterprise that answered none.
    Rd,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Tsme, Step::Hnte, Step::Giant, Step::Rd];

    /// The id used on the command line and in the page (`tsme`, `hnte`, `giant`).
    pub fn id(self) -> &'static str {
        match self {
            Step::Tsme => "tsme",
            Step::Hnte => "hnte",
            Step::Giant => "giant",
            Step::Rd => "rd",
        }
    }

    pub fn parse(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The step in words ("入库为科技型中小企业").
    pub fn name(self) -> Text {
        match self {
            Step::Tsme => crate::t!(plan.step_tsme),
            Step::Hnte => crate::t!(plan.step_hnte),
            Step::Giant => crate::t!(plan.step_giant),
            Step::Rd => crate::t!(plan.step_rd),
        }
    }

    /// Whether the answers say the step has not been taken (an unanswered or "not sure" status
    /// is not assumed either way: no scenario is offered for it).
    pub fn not_taken(self, p: &Profile) -> bool {
        match self {
            Step::Tsme => p.bool(Fact::TsmeRegistered) == Some(false),
            Step::Hnte => matches!(p.choice(Fact::HnteStatus), Some("never" | "lapsed")),
            Step::Giant => p.choice(Fact::GiantStatus) == Some("never"),
            Step::Rd => p.number(Fact::RdExpense) == Some(Decimal::ZERO),
        }
    }

    /// The profile as if the step were taken on the assessment date, the earliest it could be:
    /// a recognition on that day, no project of it supported and nothing of its cap paid yet. An
    /// enterprise whose 高企 status lapsed is recognised again, not for the first time.
    pub fn taken(self, p: &Profile) -> Profile {
        let mut q = p.clone();
        let on = p.assessment_date;
        let set = |q: &mut Profile, fact: Fact, value: Value| {
            // Every value below fits its fact's kind (a test sets each step on every example).
            let _ = q.set(fact, value);
        };
        match self {
            Step::Tsme => set(&mut q, Fact::TsmeRegistered, Value::Bool(true)),
            Step::Hnte => {
                let again = p.choice(Fact::HnteStatus) == Some("lapsed");
                set(
                    &mut q,
                    Fact::HnteStatus,
                    Value::Choice(if again { "again" } else { "first" }),
                );
                if !again {
                    set(&mut q, Fact::HnteDate, Value::Date(on));
                    set(&mut q, Fact::HntePaid, Value::Money(Decimal::ZERO));
                    set(&mut q, Fact::HnteSupportedThisYear, Value::Bool(false));
                }
            }
            // The least amount above zero: what opens does not depend on how much; what the
            // super-deduction saves does, so the scenario leaves the tax figures out.
            Step::Rd => set(&mut q, Fact::RdExpense, Value::Money(RD_ABOVE_ZERO)),
            Step::Giant => {
                set(&mut q, Fact::GiantStatus, Value::Choice("first"));
                set(&mut q, Fact::GiantDate, Value::Date(on));
                set(&mut q, Fact::GiantPaid, Value::Money(Decimal::ZERO));
                set(&mut q, Fact::GiantSupportedThisYear, Value::Bool(false));
            }
        }
        q
    }

    /// The national self-check of the step's own criteria, where the engine has one (科技小巨人's
    /// criteria are not among them).
    fn check(self, a: &Assessment) -> Option<&Check> {
        match self {
            Step::Tsme => Some(&a.national.tsme),
            Step::Hnte => Some(&a.national.hnte),
            Step::Giant | Step::Rd => None,
        }
    }

    /// Whether the step's tax figures mean anything: not for R&D "above zero", whose saving
    /// depends on the amount the enterprise will spend.
    fn tax_figures(self) -> bool {
        self != Step::Rd
    }
}

/// The least R&D expense above zero (one fen): the threshold the R&D programmes name.
const RD_ABOVE_ZERO: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// One programme whose verdict or money the step changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    #[serde(rename = "id")]
    pub programme: &'static Programme,
    pub before: Status,
    pub after: Status,
    /// The ceiling left before and with the step (for the benefits that have one).
    pub ceiling_before: Option<Decimal>,
    pub ceiling_after: Option<Decimal>,
    /// The national tax saving at most before and with the step (tax cards).
    pub tax_before: Option<Decimal>,
    pub tax_after: Option<Decimal>,
}

impl Change {
    /// Whether the step makes the card better (a stronger verdict, or more money at the same).
    pub fn opens(&self) -> bool {
        let (b, a) = (rank(&self.before), rank(&self.after));
        a > b
            || (a == b
                && (self.ceiling_after > self.ceiling_before || self.tax_after > self.tax_before))
    }
}

/// Verdicts in order of strength, for "opens" and "closes".
fn rank(s: &Status) -> u8 {
    match s.kind() {
        StatusKind::NotEligible => 0,
        StatusKind::NeedsInfo => 1,
        StatusKind::Possible => 2,
        StatusKind::Upcoming => 3,
        StatusKind::Eligible => 4,
    }
}

/// What a step would open: today's assessment beside the one with the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub step: Step,
    /// The day the step is assumed taken: the assessment date.
    pub on: Date,
    /// Every programme whose verdict or money differs, in catalogue order.
    pub changes: Vec<Change>,
    pub range_before: Range,
    pub range_after: Range,
    pub tax_saving_before: Option<Decimal>,
    pub tax_saving_after: Option<Decimal>,
    /// The step's own self-check on today's answers (`None` for 科技小巨人, not among the checks,
    /// and for R&D).
    pub check: Option<Truth>,
    /// Its rows that are not met or not known yet, each with how far the figures are.
    pub gaps: Vec<CheckRow>,
    /// The assessment with the step.
    #[serde(skip)]
    pub with: Assessment,
}

impl Scenario {
    /// The programmes the step opens or improves.
    pub fn opened(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.opens())
    }

    /// The programmes the step closes or worsens (a programme meant for enterprises not yet
    /// recognised, for instance).
    pub fn closed(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| !c.opens())
    }
}

/// The scenario of one step for a profile and its assessment, with the parameters in force, or
/// `None` when the answers do not say the step is still to take.
pub fn what_if(
    p: &Profile,
    today: &Assessment,
    step: Step,
    params: &[Parameter],
) -> Option<Scenario> {
    what_if_from(p, today, &range(today), step, params)
}

/// [`what_if`] with today's range worked out once for every step.
fn what_if_from(
    p: &Profile,
    today: &Assessment,
    range_today: &Range,
    step: Step,
    params: &[Parameter],
) -> Option<Scenario> {
    if !step.not_taken(p) {
        return None;
    }
    let with = evaluate_with(&step.taken(p), params);
    let changes = today
        .results
        .iter()
        .zip(&with.results)
        .filter_map(|(b, a)| {
            let change = Change {
                programme: b.programme,
                before: b.status.clone(),
                after: a.status.clone(),
                ceiling_before: b.ceiling().map(|c| c.remaining),
                ceiling_after: a.ceiling().map(|c| c.remaining),
                tax_before: b.tax().and_then(|t| t.saving_up_to),
                tax_after: a.tax().and_then(|t| t.saving_up_to),
            };
            let change = if step.tax_figures() {
                change
            } else {
                Change {
                    tax_before: None,
                    tax_after: None,
                    ..change
                }
            };
            let same = b.status.kind() == a.status.kind()
                && change.ceiling_before == change.ceiling_after
                && change.tax_before == change.tax_after;
            (!same).then_some(change)
        })
        .collect();
    let (check, gaps) = match step.check(today) {
        Some(c) => (
            Some(c.verdict),
            c.rows
                .iter()
                .filter(|r| r.truth != Truth::Met)
                .cloned()
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    Some(Scenario {
        step,
        on: p.assessment_date,
        changes,
        range_before: range_today.clone(),
        range_after: range(&with),
        tax_saving_before: today.tax_saving_up_to.filter(|_| step.tax_figures()),
        tax_saving_after: with.tax_saving_up_to.filter(|_| step.tax_figures()),
        check,
        gaps,
        with,
    })
}

/// The scenarios of every step the answers say is still to take.
pub fn scenarios(p: &Profile, today: &Assessment, params: &[Parameter]) -> Vec<Scenario> {
    let range_today = range(today);
    Step::ALL
        .into_iter()
        .filter_map(|s| what_if_from(p, today, &range_today, s, params))
        .collect()
}

mod arithmetic;
pub use arithmetic::{arithmetic, Line};

#[cfg(test)]
mod tests;
