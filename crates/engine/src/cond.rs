//! Conditions as data: an expression tree over facts, evaluated in three-valued logic.
//!
//! The same tree answers "is it met", "which answers decided it", "which answers are still
//! missing" and "what is the smallest change that would meet it", so none of these is written twice.

use crate::facts::Fact;
use crate::profile::{Profile, Value};
use rust_decimal::Decimal;
use serde::Serialize;

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
    Param(&'static str),
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

/// Points as data: indicators, each scored from the answers by a points table
/// (`bound:points` bands in `policy/parameters.toml`).
#[derive(Debug, Clone, Copy)]
pub struct Scorecard {
    pub indicators: &'static [Indicator],
}

/// One indicator of a scorecard.
#[derive(Debug, Clone, Copy)]
pub struct Indicator {
    pub points: Points,
    /// A score of 0 on this indicator fails the card, whatever the rest.
    pub required: bool,
}

/// How an indicator scores.
#[derive(Debug, Clone, Copy)]
pub enum Points {
    /// `part` as a percentage of `whole`, by a bands threshold (a zero `whole` scores 0).
    ShareBands {
        part: Fact,
        whole: Fact,
        bands: &'static str,
    },
    /// A number fact, by a bands threshold.
    Bands { fact: Fact, bands: &'static str },
    /// The best of several ways of scoring.
    Best(&'static [Points]),
}

/// What the answers tell about an indicator's points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// The points, once certain.
    pub exact: Option<u32>,
    /// The points already certain (the best way known so far), while one way is unanswered.
    pub at_least: Option<u32>,
}

/// The points of the first band `value` reaches (bands highest first), else 0.
fn band_points(value: Decimal, bands: &[(Decimal, u32)]) -> u32 {
    bands
        .iter()
        .find(|(min, _)| value >= *min)
        .map(|(_, pts)| *pts)
        .unwrap_or(0)
}

impl Points {
    /// The points for a profile.
    pub fn score(&self, p: &Profile) -> Scored {
        let date = p.assessment_date;
        let exact = match *self {
            Points::ShareBands { part, whole, bands } => {
                match (
                    p.number(part),
                    p.number(whole),
                    crate::params::bands(bands, date),
                ) {
                    (Some(n), Some(w), Some(b)) => Some(if w.is_zero() {
                        0
                    } else {
                        n.checked_div(w)
                            .map(|r| band_points(r * Decimal::ONE_HUNDRED, &b))
                            .unwrap_or(0)
                    }),
                    _ => None,
                }
            }
            Points::Bands { fact, bands } => p
                .number(fact)
                .zip(crate::params::bands(bands, date))
                .map(|(v, b)| band_points(v, &b)),
            Points::Best(ways) => {
                let scored: Vec<Scored> = ways.iter().map(|w| w.score(p)).collect();
                let known = scored.iter().filter_map(|s| s.exact).max();
                let at_least = scored.iter().filter_map(|s| s.at_least).max();
                // Certain once every way is known, or the best known one is the most any
                // unknown way could give.
                let certain = ways.iter().zip(&scored).all(|(w, s)| {
                    s.exact.is_some() || known.is_some_and(|k| w.most(date).is_some_and(|m| k >= m))
                });
                return Scored {
                    exact: if certain { known } else { None },
                    at_least,
                };
            }
        };
        Scored {
            exact,
            at_least: exact,
        }
    }

    /// The most points this way can give.
    fn most(&self, date: crate::date::Date) -> Option<u32> {
        match *self {
            Points::ShareBands { bands, .. } | Points::Bands { bands, .. } => {
                crate::params::bands(bands, date)?.iter().map(|b| b.1).max()
            }
            Points::Best(ways) => ways.iter().map(|w| w.most(date)).max().flatten(),
        }
    }

    fn facts(&self, out: &mut Vec<Fact>) {
        match *self {
            Points::ShareBands { part, whole, .. } => push_unique(out, &[part, whole]),
            Points::Bands { fact, .. } => push_unique(out, &[fact]),
            Points::Best(ways) => ways.iter().for_each(|w| w.facts(out)),
        }
    }
}

impl Scorecard {
    /// Every indicator's points for a profile.
    pub fn score(&self, p: &Profile) -> Vec<Scored> {
        self.indicators.iter().map(|i| i.points.score(p)).collect()
    }

    /// Every fact the card reads, in order.
    pub fn facts(&self) -> Vec<Fact> {
        let mut out = Vec::new();
        for i in self.indicators {
            i.points.facts(&mut out);
        }
        out
    }

    fn truth(&self, p: &Profile, line: Num) -> Truth {
        let scored = self.score(p);
        let required = || {
            self.indicators
                .iter()
                .zip(&scored)
                .filter(|(i, _)| i.required)
        };
        if required().any(|(_, s)| s.exact == Some(0)) {
            return Truth::NotMet;
        }
        let Some(line) = line.on(p.assessment_date) else {
            return Truth::Unknown;
        };
        let sure: Option<u32> = scored.iter().map(|s| s.at_least).sum();
        if sure.is_some_and(|s| Decimal::from(s) >= line)
            && required().all(|(_, s)| s.at_least.is_some_and(|a| a > 0))
        {
            Truth::Met
        } else if scored.iter().all(|s| s.exact.is_some()) {
            Truth::NotMet
        } else {
            Truth::Unknown
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
    fn eval_into(&self, p: &Profile, facts: &mut Vec<Fact>) -> Truth {
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
    pub fn thresholds(&self) -> Vec<&'static str> {
        fn num(n: Num, out: &mut Vec<&'static str>) {
            if let Num::Param(id) = n {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        fn points(pts: &Points, out: &mut Vec<&'static str>) {
            match *pts {
                Points::ShareBands { bands, .. } | Points::Bands { bands, .. } => {
                    num(Num::Param(bands), out)
                }
                Points::Best(ways) => ways.iter().for_each(|w| points(w, out)),
            }
        }
        fn walk(c: &Cond, out: &mut Vec<&'static str>) {
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
mod tests {
    use super::*;
    use crate::date::Date;

    fn profile() -> Profile {
        Profile::new(Date::new(2026, 11, 26).unwrap())
    }

    #[test]
    fn unknown_is_never_false() {
        let p = profile();
        let c = Cond::All(&[
            Cond::Yes(Fact::Sme),
            Cond::AtLeast(Fact::Revenue, Num::Lit(20_000_000)),
        ]);
        let o = c.eval(&p);
        assert_eq!(o.truth, Truth::Unknown);
        assert_eq!(o.facts, vec![Fact::Sme, Fact::Revenue]);
    }

    #[test]
    fn a_false_part_decides_all() {
        let mut p = profile();
        p.set(Fact::Sme, Value::Bool(false)).unwrap();
        let c = Cond::All(&[
            Cond::Yes(Fact::Sme),
            Cond::AtLeast(Fact::Revenue, Num::Lit(1)),
        ]);
        assert_eq!(
            c.eval(&p),
            Outcome {
                truth: Truth::NotMet,
                facts: vec![Fact::Sme]
            }
        );
    }

    #[test]
    fn a_true_part_decides_any() {
        let mut p = profile();
        p.set(Fact::IpOther, Value::Count(2)).unwrap();
        let c = Cond::SumAtLeast(&[Fact::IpInvention, Fact::IpOther], 1);
        assert_eq!(c.eval(&p).truth, Truth::Met);
        let c = Cond::SumAtLeast(&[Fact::IpInvention, Fact::IpOther], 3);
        assert_eq!(
            c.eval(&p),
            Outcome {
                truth: Truth::Unknown,
                facts: vec![Fact::IpInvention]
            }
        );
    }

    #[test]
    fn smallest_change_uses_changeable_facts_only() {
        let mut p = profile();
        p.set(Fact::Location, Value::Choice("outside")).unwrap();
        p.set(Fact::RdExpense, Value::Money(Decimal::ZERO)).unwrap();
        let place = Cond::OneOf(Fact::Location, &["jinfeng"]);
        assert_eq!(place.smallest_change(&p), None);
        let rd = Cond::Above(Fact::RdExpense, Num::Lit(0));
        let change = rd.smallest_change(&p).unwrap();
        assert_eq!(
            change,
            vec![Change {
                fact: Fact::RdExpense,
                to: Target::Above(Decimal::ZERO)
            }]
        );
        change[0].apply(&mut p);
        assert_eq!(rd.eval(&p).truth, Truth::Met);
    }
    fn with(answers: &[(Fact, Value)]) -> Profile {
        let mut p = profile();
        for (f, v) in answers {
            p.set(*f, v.clone()).unwrap();
        }
        p
    }

    fn money(n: i64) -> Value {
        Value::Money(Decimal::from(n))
    }

    #[test]
    fn a_threshold_is_the_value_in_force_on_the_assessment_date() {
        let p = with(&[(Fact::Revenue, money(20_000_000))]);
        let c = Cond::AtLeast(Fact::Revenue, Num::Param("above_size_min_revenue"));
        assert_eq!(c.truth(&p), Truth::Met);
        let p = with(&[(Fact::Revenue, money(19_999_999))]);
        assert_eq!(c.truth(&p), Truth::NotMet);
        // Before the threshold's first value it is unknown, never a guess.
        let mut early = p.clone();
        early.assessment_date = Date::new(2010, 6, 1).unwrap();
        assert_eq!(c.truth(&early), Truth::Unknown);
        assert_eq!(Num::Param("no_such_threshold").on(p.assessment_date), None);
        assert_eq!(
            Num::Param("above_size_min_revenue").on(p.assessment_date),
            Some(Decimal::from(20_000_000))
        );
    }

    /// A share of two facts, with a rate chosen by a third: decided only with all three.
    #[test]
    fn a_share_compares_a_ratio_with_a_rate_chosen_by_a_band() {
        const TIERED: Cond = Cond::Share {
            part: Fact::Rd3y,
            whole: Fact::Sales3y,
            percent: Rate::Tiered {
                by: Fact::Revenue,
                tiers: &[(Num::Lit(100), Num::Lit(5)), (Num::Lit(1_000), Num::Lit(4))],
                above: Num::Lit(3),
            },
        };
        let case = |rd: i64, sales: i64, revenue: Option<i64>| {
            let mut p = with(&[(Fact::Rd3y, money(rd)), (Fact::Sales3y, money(sales))]);
            if let Some(r) = revenue {
                p.set(Fact::Revenue, money(r)).unwrap();
            }
            TIERED.eval(&p)
        };
        // The band's bound is inclusive: 100 is the lower band (5 %).
        assert_eq!(case(5, 100, Some(100)).truth, Truth::Met);
        assert_eq!(case(4, 100, Some(100)).truth, Truth::NotMet);
        assert_eq!(case(4, 100, Some(101)).truth, Truth::Met);
        assert_eq!(case(3, 100, Some(5_000)).truth, Truth::Met);
        assert_eq!(case(2, 100, Some(5_000)).truth, Truth::NotMet);
        // A zero whole: any positive part meets it, none does not.
        assert_eq!(case(1, 0, Some(5_000)).truth, Truth::Met);
        assert_eq!(case(0, 0, Some(5_000)).truth, Truth::NotMet);
        // The fact choosing the rate is needed too, and named.
        let unknown = case(5, 100, None);
        assert_eq!(unknown.truth, Truth::Unknown);
        assert_eq!(unknown.facts, vec![Fact::Revenue]);
        let fixed = Cond::Share {
            part: Fact::RdDomestic3y,
            whole: Fact::Rd3y,
            percent: Rate::Fixed(Num::Lit(60)),
        };
        assert_eq!(
            fixed.eval(&profile()).facts,
            vec![Fact::RdDomestic3y, Fact::Rd3y]
        );
    }

    #[test]
    fn years_before_counts_from_the_date_to_the_assessment_date() {
        let c = Cond::YearsBefore(Fact::RegistrationDate, Num::Lit(1));
        let reg = |y, m, d| {
            with(&[(
                Fact::RegistrationDate,
                Value::Date(Date::new(y, m, d).unwrap()),
            )])
        };
        assert_eq!(c.truth(&reg(2025, 11, 26)), Truth::Met);
        assert_eq!(c.truth(&reg(2025, 11, 27)), Truth::NotMet);
        assert_eq!(c.truth(&profile()), Truth::Unknown);
    }

    /// Two ways of scoring an indicator: known once both are, or once the better known one gives
    /// the most the other could.
    static CARD: Scorecard = Scorecard {
        indicators: &[
            Indicator {
                points: Points::ShareBands {
                    part: Fact::TechStaff,
                    whole: Fact::Employees,
                    bands: "tsme_tech_staff_points",
                },
                required: true,
            },
            Indicator {
                points: Points::Best(&[
                    Points::Bands {
                        fact: Fact::IpInvention,
                        bands: "tsme_ip_invention_points",
                    },
                    Points::Bands {
                        fact: Fact::IpOther,
                        bands: "tsme_ip_other_points",
                    },
                ]),
                required: false,
            },
        ],
    };

    #[test]
    fn a_score_is_decided_as_soon_as_the_answers_make_it_certain() {
        let count = Value::Count;
        // 30 % technical staff: 20 points; one invention: 30, whatever the other IP.
        let p = with(&[
            (Fact::TechStaff, count(30)),
            (Fact::Employees, count(100)),
            (Fact::IpInvention, count(1)),
        ]);
        let scored = CARD.score(&p);
        assert_eq!(scored[1].exact, Some(30));
        assert_eq!(Cond::Score(&CARD, Num::Lit(50)).truth(&p), Truth::Met);
        assert_eq!(Cond::Score(&CARD, Num::Lit(51)).truth(&p), Truth::NotMet);
        // No invention and the other IP unanswered: at least 0, not yet known.
        let p = with(&[
            (Fact::TechStaff, count(30)),
            (Fact::Employees, count(100)),
            (Fact::IpInvention, count(0)),
        ]);
        let scored = CARD.score(&p);
        assert_eq!(
            scored[1],
            Scored {
                exact: None,
                at_least: Some(0)
            }
        );
        assert_eq!(Cond::Score(&CARD, Num::Lit(20)).truth(&p), Truth::Met);
        let unknown = Cond::Score(&CARD, Num::Lit(21)).eval(&p);
        assert_eq!(unknown.truth, Truth::Unknown);
        assert_eq!(unknown.facts, vec![Fact::IpOther]);
        // A required indicator at 0 fails the card whatever the rest.
        let p = with(&[(Fact::TechStaff, count(1)), (Fact::Employees, count(100))]);
        assert_eq!(Cond::Score(&CARD, Num::Lit(0)).truth(&p), Truth::NotMet);
    }
}
