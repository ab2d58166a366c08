//! Conditions as data: an expression tree over facts, evaluated in three-valued logic.
//!
//! The same tree answers "is it met", "which answers decided it", "which answers are still
//! missing" and "what is the smallest change that would meet it", so none of these is written twice.

use crate::facts::Fact;
use crate::profile::{Profile, Value};
use rust_decimal::Decimal;
use serde::Serialize;

mod score;
pub use score::{Indicator, Points, Scorecard, Scored};

/// A condition over the facts of a profile.
#[derive(Debug, Clone, Copy)]
pub enum Cond {
    /// Every part holds.
    All(&'static [Cond]),
    /// At least one part holds.
    Any(&'static [Cond]),
    /// A yes/no fact is yes.
    Yes(Fact),
    /// A yes/no fact is no.
    No(Fact),
    /// A choice fact is one of these codes.
    OneOf(Fact, &'static [&'static str]),
    /// A set fact contains at least one of these codes.
    HasAny(Fact, &'static [&'static str]),
    /// A number fact is at least this value (yuan or count).
    AtLeast(Fact, Num),
    /// A number fact is above this value.
    Above(Fact, Num),
    /// A number fact is at most this value.
    AtMost(Fact, Num),
    /// The sum of these number facts is at least this value.
    SumAtLeast(&'static [Fact], i64),
    /// The part does not hold (used for notes, e.g. "not one of the named industries").
    Not(&'static Cond),
    /// The fact has any answer (an open list: every answer qualifies, but one is needed).
    Answered(Fact),
    /// `part` is at least `percent` % of `whole`; with a zero `whole`, any positive `part` is.
    Share {
        part: Fact,
        whole: Fact,
        percent: Rate,
    },
    /// The date fact lies at least this many years before the assessment date.
    YearsBefore(Fact, Num),
    /// The points of a scorecard add up to at least this value, and no indicator it requires
    /// scores 0; decided as soon as the answers make it certain.
    Score(&'static Scorecard, Num),
}

/// A number a condition compares with: written in the rule, or a threshold of a national rule
/// from `policy/parameters.toml` (`[[threshold]]`), the value in force on the assessment date.
#[derive(Debug, Clone, Copy)]
pub enum Num {
    Lit(i64),
    Param(crate::params::ParamId),
}

impl Num {
    /// The value on a date; `None` for a threshold with no value in force yet.
    pub fn on(self, date: crate::date::Date) -> Option<Decimal> {
        match self {
            Num::Lit(n) => Some(Decimal::from(n)),
            Num::Param(id) => crate::params::threshold(id, date),
        }
    }
}

/// The percentage a share must reach.
#[derive(Debug, Clone, Copy)]
pub enum Rate {
    /// One percentage.
    Fixed(Num),
    /// Chosen by a third number fact: the rate of the first tier whose bound the fact is at most
    /// (bound, rate), else `above`.
    Tiered {
        by: Fact,
        tiers: &'static [(Num, Num)],
        above: Num,
    },
}

impl Rate {
    /// The percentage for a profile; `None` while the fact choosing it is unanswered.
    pub fn percent(self, p: &Profile) -> Option<Decimal> {
        let date = p.assessment_date;
        match self {
            Rate::Fixed(n) => n.on(date),
            Rate::Tiered { by, tiers, above } => {
                let v = p.number(by)?;
                for (bound, rate) in tiers {
                    if v <= bound.on(date)? {
                        return rate.on(date);
                    }
                }
                above.on(date)
            }
        }
    }

    fn fact(self) -> Option<Fact> {
        match self {
            Rate::Fixed(_) => None,
            Rate::Tiered { by, .. } => Some(by),
        }
    }
}

/// Three-valued truth: unknown facts never count as false.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Truth {
    Met,
    NotMet,
    Unknown,
}

impl Truth {
    /// Three-valued "and": not met if any is, met if all are, unknown otherwise.
    pub fn all(truths: impl IntoIterator<Item = Truth>) -> Truth {
        Truth::fold(truths, Truth::NotMet, Truth::Met)
    }

    /// Three-valued "or": met if any is, not met if all are, unknown otherwise.
    pub fn any(truths: impl IntoIterator<Item = Truth>) -> Truth {
        Truth::fold(truths, Truth::Met, Truth::NotMet)
    }

    fn fold(truths: impl IntoIterator<Item = Truth>, decisive: Truth, neutral: Truth) -> Truth {
        let mut all_neutral = true;
        for t in truths {
            if t == decisive {
                return decisive;
            }
            all_neutral &= t == neutral;
        }
        if all_neutral {
            neutral
        } else {
            Truth::Unknown
        }
    }
}

/// The outcome of evaluating a condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub truth: Truth,
    /// The facts whose answers decided the outcome (for `Met` and `NotMet`), or the unanswered
    /// facts that could still decide it (for `Unknown`).
    pub facts: Vec<Fact>,
}

/// A change to one answer that would help meet a condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub fact: Fact,
    pub to: Target,
}

/// What an answer would have to become.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Target {
    Yes,
    No,
    Option(&'static str),
    Includes(&'static str),
    AtLeast(Decimal),
    Above(Decimal),
    SumAtLeast(Decimal),
}

fn push_unique(into: &mut Vec<Fact>, facts: &[Fact]) {
    for f in facts {
        if !into.contains(f) {
            into.push(*f);
        }
    }
}

impl Cond {
    /// Evaluates the condition for a profile.
    pub fn eval(&self, p: &Profile) -> Outcome {
        let mut facts = Vec::new();
        let truth = self.eval_into(p, &mut facts);
        Outcome { truth, facts }
    }

    /// The truth of the condition alone (no allocation).
    pub fn truth(&self, p: &Profile) -> Truth {
        match *self {
            Cond::All(parts) => Truth::all(parts.iter().map(|c| c.truth(p))),
            Cond::Any(parts) => Truth::any(parts.iter().map(|c| c.truth(p))),
            Cond::Yes(f) => truth_of(p.bool(f)),
            Cond::No(f) => truth_of(p.bool(f).map(|b| !b)),
            Cond::OneOf(f, codes) => truth_of(p.choice(f).map(|c| codes.contains(&c))),
            Cond::HasAny(f, codes) => truth_of(match p.get(f) {
                Some(Value::Set(v)) => Some(v.iter().any(|c| codes.contains(c))),
                _ => None,
            }),
            Cond::AtLeast(f, n) => truth_of(compare(p, f, n, |v, n| v >= n)),
            Cond::Above(f, n) => truth_of(compare(p, f, n, |v, n| v > n)),
            Cond::AtMost(f, n) => truth_of(compare(p, f, n, |v, n| v <= n)),
            Cond::Share {
                part,
                whole,
                percent,
            } => truth_of(
                match (p.number(part), p.number(whole), percent.percent(p)) {
                    (Some(part), Some(whole), Some(pct)) => Some(if whole.is_zero() {
                        part > Decimal::ZERO
                    } else {
                        part * Decimal::ONE_HUNDRED >= whole * pct
                    }),
                    _ => None,
                },
            ),
            Cond::YearsBefore(f, n) => truth_of(
                p.date(f)
                    .zip(n.on(p.assessment_date).and_then(|n| i32::try_from(n).ok()))
                    .map(|(d, n)| d.add_years(n) <= p.assessment_date),
            ),
            Cond::Score(card, line) => card.truth(p, line),
            Cond::Not(part) => match part.truth(p) {
                Truth::Met => Truth::NotMet,
                Truth::NotMet => Truth::Met,
                Truth::Unknown => Truth::Unknown,
            },
            Cond::Answered(f) => {
                if p.is_answered(f) {
                    Truth::Met
                } else {
                    Truth::Unknown
                }
            }
            Cond::SumAtLeast(facts, n) => {
                let sum: Decimal = facts.iter().filter_map(|f| p.number(*f)).sum();
                if sum >= Decimal::from(n) {
                    Truth::Met
                } else if facts.iter().all(|f| p.is_answered(*f)) {
                    Truth::NotMet
                } else {
                    Truth::Unknown
                }
            }
        }
    }

    /// Evaluates the condition and adds the facts that decided it (or that are missing) to
    /// `facts`: for "all", the first part that fails, else every part that holds (or is unknown);
    /// for "any", the first part that holds, else every part that fails (or is unknown).
    pub(crate) fn eval_into(&self, p: &Profile, facts: &mut Vec<Fact>) -> Truth {
        let truth = self.truth(p);
        match *self {
            Cond::All(parts) | Cond::Any(parts) => {
                // The part that decides on its own: a failing part of "all", a holding part of "any".
                let decisive = if matches!(self, Cond::All(_)) {
                    Truth::NotMet
                } else {
                    Truth::Met
                };
                if truth == decisive {
                    if let Some(c) = parts.iter().find(|c| c.truth(p) == decisive) {
                        c.eval_into(p, facts);
                    }
                } else {
                    for c in parts.iter().filter(|c| c.truth(p) == truth) {
                        c.eval_into(p, facts);
                    }
                }
            }
            Cond::Yes(f)
            | Cond::No(f)
            | Cond::OneOf(f, _)
            | Cond::HasAny(f, _)
            | Cond::AtLeast(f, _)
            | Cond::Above(f, _)
            | Cond::AtMost(f, _)
            | Cond::YearsBefore(f, _)
            | Cond::Answered(f) => push_unique(facts, &[f]),
            Cond::Share {
                part,
                whole,
                percent,
            } => {
                let mut all = vec![part, whole];
                all.extend(percent.fact());
                keep_for(p, truth, &all, facts);
            }
            Cond::Score(card, _) => keep_for(p, truth, &card.facts(), facts),
            Cond::Not(part) => {
                part.eval_into(p, facts);
            }
            // Met: the answers that add up; not met: all of them; unknown: the missing.
            Cond::SumAtLeast(fs, _) => keep_for(p, truth, fs, facts),
        }
        truth
    }

    /// The thresholds of `policy/parameters.toml` the condition reads, in order.
    pub fn thresholds(&self) -> Vec<crate::params::ParamId> {
        use crate::params::ParamId;
        fn num(n: Num, out: &mut Vec<ParamId>) {
            if let Num::Param(id) = n {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        fn points(pts: &Points, out: &mut Vec<ParamId>) {
            match *pts {
                Points::ShareBands { bands, .. } | Points::Bands { bands, .. } => {
                    num(Num::Param(bands), out)
                }
                Points::Best(ways) => ways.iter().for_each(|w| points(w, out)),
            }
        }
        fn walk(c: &Cond, out: &mut Vec<ParamId>) {
            match *c {
                Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|c| walk(c, out)),
                Cond::Not(part) => walk(part, out),
                Cond::AtLeast(_, n)
                | Cond::Above(_, n)
                | Cond::AtMost(_, n)
                | Cond::YearsBefore(_, n) => num(n, out),
                Cond::Share { percent, .. } => match percent {
                    Rate::Fixed(n) => num(n, out),
                    Rate::Tiered { tiers, above, .. } => {
                        for (bound, rate) in tiers {
                            num(*bound, out);
                            num(*rate, out);
                        }
                        num(above, out);
                    }
                },
                Cond::Score(card, line) => {
                    card.indicators.iter().for_each(|i| points(&i.points, out));
                    num(line, out);
                }
                Cond::Yes(_)
                | Cond::No(_)
                | Cond::OneOf(..)
                | Cond::HasAny(..)
                | Cond::SumAtLeast(..)
                | Cond::Answered(_) => {}
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }

    /// The option codes the condition names, with their facts (`OneOf`, `HasAny`): a test holds
    /// each to the fact's options, so a misspelt code fails the build's tests instead of never
    /// matching.
    pub fn option_codes(&self) -> Vec<(Fact, &'static str)> {
        fn walk(c: &Cond, out: &mut Vec<(Fact, &'static str)>) {
            match *c {
                Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|c| walk(c, out)),
                Cond::Not(part) => walk(part, out),
                Cond::OneOf(fact, codes) | Cond::HasAny(fact, codes) => {
                    out.extend(codes.iter().map(|c| (fact, *c)))
                }
                Cond::Yes(_)
                | Cond::No(_)
                | Cond::AtLeast(..)
                | Cond::Above(..)
                | Cond::AtMost(..)
                | Cond::YearsBefore(..)
                | Cond::Share { .. }
                | Cond::Score(..)
                | Cond::SumAtLeast(..)
                | Cond::Answered(_) => {}
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }

    /// The fewest answer changes that would make the condition hold, using only facts an
    /// enterprise can change. `None` when no such change exists.
    pub fn smallest_change(&self, p: &Profile) -> Option<Vec<Change>> {
        self.smallest_change_where(p, &|_| true)
    }

    /// As [`Cond::smallest_change`], using only changes that `allowed` accepts (the evaluation
    /// refuses, e.g., "register as 科技型中小企业" when the self-check shows the enterprise cannot).
    pub fn smallest_change_where(
        &self,
        p: &Profile,
        allowed: &dyn Fn(&Change) -> bool,
    ) -> Option<Vec<Change>> {
        if self.truth(p) == Truth::Met {
            return Some(Vec::new());
        }
        let changeable = |f: Fact| {
            let def = f.def();
            def.changeable
                && (def.change_from.is_empty()
                    || p.choice(f).is_none_or(|c| def.change_from.contains(&c)))
        };
        let changes = match *self {
            Cond::All(parts) => {
                let mut changes: Vec<Change> = Vec::new();
                for part in parts {
                    for c in part.smallest_change_where(p, allowed)? {
                        if !changes.iter().any(|x| x.fact == c.fact) {
                            changes.push(c);
                        }
                    }
                }
                Some(changes)
            }
            Cond::Any(parts) => parts
                .iter()
                .filter_map(|c| c.smallest_change_where(p, allowed))
                .min_by_key(Vec::len),
            Cond::Yes(f) if changeable(f) => Some(vec![Change {
                fact: f,
                to: Target::Yes,
            }]),
            Cond::No(f) if changeable(f) => Some(vec![Change {
                fact: f,
                to: Target::No,
            }]),
            Cond::OneOf(f, codes) if changeable(f) => codes.first().map(|c| {
                vec![Change {
                    fact: f,
                    to: Target::Option(c),
                }]
            }),
            Cond::HasAny(f, codes) if changeable(f) => codes.first().map(|c| {
                vec![Change {
                    fact: f,
                    to: Target::Includes(c),
                }]
            }),
            Cond::AtLeast(f, n) if changeable(f) => n.on(p.assessment_date).map(|n| {
                vec![Change {
                    fact: f,
                    to: Target::AtLeast(n),
                }]
            }),
            Cond::Above(f, n) if changeable(f) => n.on(p.assessment_date).map(|n| {
                vec![Change {
                    fact: f,
                    to: Target::Above(n),
                }]
            }),
            Cond::SumAtLeast(fs, n) => fs.iter().copied().find(|f| changeable(*f)).map(|f| {
                vec![Change {
                    fact: f,
                    to: Target::SumAtLeast(Decimal::from(n)),
                }]
            }),
            _ => None,
        };
        changes.filter(|cs| cs.iter().all(allowed))
    }
}

/// A number fact compared with a threshold; `None` while either is unknown.
fn compare(p: &Profile, f: Fact, n: Num, op: fn(Decimal, Decimal) -> bool) -> Option<bool> {
    Some(op(p.number(f)?, n.on(p.assessment_date)?))
}

/// The facts of a leaf over several facts that explain its truth: when met, the answers that
/// decided it; when not met, all of them; when unknown, the unanswered ones.
fn keep_for(p: &Profile, truth: Truth, all: &[Fact], facts: &mut Vec<Fact>) {
    for f in all {
        let keep = match truth {
            Truth::Met => p.is_answered(*f),
            Truth::NotMet => true,
            Truth::Unknown => !p.is_answered(*f),
        };
        if keep {
            push_unique(facts, &[*f]);
        }
    }
}

fn truth_of(b: Option<bool>) -> Truth {
    match b {
        Some(true) => Truth::Met,
        Some(false) => Truth::NotMet,
        None => Truth::Unknown,
    }
}

impl Change {
    /// Applies the change to a profile (used to check a suggestion and to build examples).
    pub fn apply(&self, p: &mut Profile) {
        let value = match &self.to {
            Target::Yes => Value::Bool(true),
            Target::No => Value::Bool(false),
            Target::Option(c) => Value::Choice(c),
            Target::Includes(c) => {
                let mut v = match p.get(self.fact) {
                    Some(Value::Set(v)) => v.clone(),
                    _ => Vec::new(),
                };
                if !v.contains(c) {
                    v.push(c);
                }
                Value::Set(v)
            }
            Target::AtLeast(n) | Target::SumAtLeast(n) => self.number_value(*n),
            Target::Above(n) => self.number_value(*n + Decimal::ONE),
        };
        let _ = p.set(self.fact, value);
    }

    fn number_value(&self, n: Decimal) -> Value {
        match self.fact.def().kind {
            crate::facts::Kind::Money => Value::Money(n),
            _ => Value::Count(i64::try_from(n).unwrap_or(0)),
        }
    }
}

#[cfg(test)]
mod tests;
