//! What an assessment says: the status of each programme and the shapes of its amounts, reasons,
//! readings and next step, and the assessment as a whole (its sums, counts and self-checks).

use crate::catalogue::{Category, Note, Programme};
use crate::cond::{Change, Truth};
use crate::date::Date;
use crate::facts::Fact;
use crate::meta::RulesetInfo;
use crate::national::{Msg, NationalChecks};
use crate::params::Parameter;
use crate::profile::Value;
use crate::text::Text;
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

/// The answers a row quotes, read as a slice. Most rows quote one, which is kept in the row
/// itself rather than in a vector of its own (an allocation fewer per row); serialised as a list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(AnswersRepr);

#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum AnswersRepr {
    #[default]
    None,
    One(Answer),
    Many(Vec<Answer>),
}

impl Answers {
    /// A row quoting one answer.
    pub fn one(answer: Answer) -> Answers {
        Answers(AnswersRepr::One(answer))
    }
}

impl std::ops::Deref for Answers {
    type Target = [Answer];
    fn deref(&self) -> &[Answer] {
        match &self.0 {
            AnswersRepr::None => &[],
            AnswersRepr::One(a) => std::slice::from_ref(a),
            AnswersRepr::Many(v) => v,
        }
    }
}

impl FromIterator<Answer> for Answers {
    fn from_iter<I: IntoIterator<Item = Answer>>(iter: I) -> Answers {
        let mut it = iter.into_iter();
        let Some(first) = it.next() else {
            return Answers::default();
        };
        let Some(second) = it.next() else {
            return Answers::one(first);
        };
        let mut all = Vec::with_capacity(2 + it.size_hint().0);
        all.push(first);
        all.push(second);
        all.extend(it);
        Answers(AnswersRepr::Many(all))
    }
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// One row of "why / why not".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceRow {
    pub criterion: &'static str,
    pub label: Text,
    pub clause: &'static str,
    pub truth: Truth,
    /// The answers that decided the row (or that are still missing).
    pub answers: Answers,
    /// Figures computed for the row (the support window's dates), where there are any.
    pub detail: Option<Msg>,
}

/// The fewest answer changes that would qualify, and what that would open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmallestChange {
    pub changes: Vec<Change>,
    /// The fixed ceiling the change would open, where the text fixes one.
    pub would_open: Option<Decimal>,
    /// National tax incentives the same change would open too (written as their ids):
    /// recognition as 高新技术企业 opens the 15 % rate as well as the city's post-subsidy.
    pub also_opens: Vec<&'static Programme>,
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
    /// cut-offs and the date it was recorded), where the step depends on a batch cut-off. One
    /// message shared by every card of an assessment (written out in full in JSON).
    pub practice: Option<std::sync::Arc<crate::text::Msg>>,
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
    /// The programme itself (written as its id): views, totals and print read its name, category
    /// and benefit from here, never by looking an id up again.
    #[serde(rename = "id")]
    pub programme: &'static Programme,
    pub status: Status,
    /// What the card can say about money: one shape per kind of benefit. Written as the four
    /// keys `ceiling`, `guideline`, `pilot` and `tax`, the one that applies filled.
    #[serde(flatten)]
    pub amount: Amount,
    pub benefit: Text,
    pub trace: Vec<TraceRow>,
    pub smallest_change: Option<SmallestChange>,
    pub notes: Notes,
    /// Unanswered facts that would not change the verdict but would decide a note on the card
    /// (e.g. whether the lower level for software firms applies).
    pub refine: Vec<Fact>,
    pub next_step: NextAction,
    /// Both readings of the first-recognition window, where the programme has one and the
    /// recognition date is known. When their verdicts differ the status is "possible".
    pub readings: Vec<Reading>,
}

/// What a card can say about money, one shape per kind of benefit (`catalogue::Benefit`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Amount {
    /// Access to a service, a rate the text does not fix, or nothing to show for this status.
    #[default]
    None,
    /// A fixed cap and what is left of it (first recognition; talents: count × amount each).
    Ceiling(Ceiling),
    /// Money the year's guideline sets, with the parameters it depends on.
    Guideline(GuidelineAmount),
    /// The pilot's countable base and, once the rate is set, the amount.
    /// Boxed: it is much the largest kind, and every result is moved as a value.
    Pilot(Box<PilotBase>),
    /// What a national tax incentive is worth.
    Tax(TaxEffect),
}

impl Amount {
    pub fn ceiling(&self) -> Option<&Ceiling> {
        match self {
            Amount::Ceiling(c) => Some(c),
            _ => None,
        }
    }

    pub fn guideline(&self) -> Option<&GuidelineAmount> {
        match self {
            Amount::Guideline(g) => Some(g),
            _ => None,
        }
    }

    pub fn pilot(&self) -> Option<&PilotBase> {
        match self {
            Amount::Pilot(p) => Some(p),
            _ => None,
        }
    }

    pub fn tax(&self) -> Option<&TaxEffect> {
        match self {
            Amount::Tax(t) => Some(t),
            _ => None,
        }
    }
}

/// Written as the four keys of the results' JSON (the shape before the enum), so the CLI's
/// output keeps its form.
impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Amount", 4)?;
        out.serialize_field("ceiling", &self.ceiling())?;
        out.serialize_field("guideline", &self.guideline())?;
        out.serialize_field("pilot", &self.pilot())?;
        out.serialize_field("tax", &self.tax())?;
        out.end()
    }
}

impl ProgrammeResult {
    /// The fixed ceiling, for the benefits that have one.
    pub fn ceiling(&self) -> Option<&Ceiling> {
        self.amount.ceiling()
    }

    /// The guideline's amount, for the benefits the guideline sets.
    pub fn guideline(&self) -> Option<&GuidelineAmount> {
        self.amount.guideline()
    }

    /// The pilot's base.
    pub fn pilot(&self) -> Option<&PilotBase> {
        self.amount.pilot()
    }

    /// What a national tax incentive is worth.
    pub fn tax(&self) -> Option<&TaxEffect> {
        self.amount.tax()
    }

    /// The facts the card still waits for: those its status misses, then those that would
    /// refine a "possible" verdict.
    pub fn waits_for(&self) -> impl Iterator<Item = &Fact> {
        let missing = match &self.status {
            Status::NeedsInfo { missing } => missing.as_slice(),
            _ => &[],
        };
        missing.iter().chain(&self.refine)
    }

    /// The programme's id.
    pub fn id(&self) -> &'static str {
        self.programme.id
    }

    /// Whether this is a national tax incentive (its own group, never in the city's sums).
    pub fn is_national(&self) -> bool {
        self.programme.category == Category::Tax
    }

    /// Whether the two readings of the support window give different verdicts.
    pub fn readings_differ(&self) -> bool {
        self.readings.windows(2).any(|w| w[0].status != w[1].status)
    }
}

/// The notes a card shows: those of its programme whose condition holds (for most cards all of
/// them), read from the catalogue where they are rather than copied into each result. Reads as
/// a list of [`Remark`]s; serialised as that list.
#[derive(Clone, Copy, Default)]
pub struct Notes {
    all: &'static [Note],
    /// Bit `i` set: `all[i]` is shown (a programme has at most 64 notes, a test checks).
    shown: u64,
}

impl Notes {
    /// The notes of `all` for which `shown(note)` holds, in their order.
    pub(crate) fn of(all: &'static [Note], shown: impl Fn(&Note) -> bool) -> Notes {
        let shown = all
            .iter()
            .take(64)
            .enumerate()
            .filter(|(_, n)| shown(n))
            .fold(0, |bits, (i, _)| bits | 1 << i);
        Notes { all, shown }
    }

    pub fn iter(&self) -> impl Iterator<Item = Remark> + '_ {
        self.all
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 64 && self.shown & 1 << i != 0)
            .map(|(_, n)| Remark {
                text: n.text,
                clause: n.clause,
            })
    }

    pub fn is_empty(&self) -> bool {
        self.shown == 0
    }

    pub fn len(&self) -> usize {
        self.shown.count_ones() as usize
    }
}

impl PartialEq for Notes {
    fn eq(&self, other: &Notes) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Notes {}

impl std::fmt::Debug for Notes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Notes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
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
        self.results.iter().filter(|r| !r.is_national())
    }

    /// The national tax incentives: their own group, never in the city's sums or counts.
    pub fn national_tax(&self) -> impl Iterator<Item = &ProgrammeResult> {
        self.results.iter().filter(|r| r.is_national())
    }

    /// The result of one programme.
    pub fn result(&self, id: &str) -> Option<&ProgrammeResult> {
        self.results.iter().find(|r| r.id() == id)
    }

    /// How many of the city's programmes have a status of this kind.
    pub fn count(&self, kind: StatusKind) -> usize {
        self.city().filter(|r| r.status.kind() == kind).count()
    }
}
