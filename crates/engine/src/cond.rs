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
    AtLeast(Fact, i64),
    /// A number fact is above this value.
    Above(Fact, i64),
    /// A number fact is at most this value.
    AtMost(Fact, i64),
    /// The sum of these number facts is at least this value.
    SumAtLeast(&'static [Fact], i64),
    /// The part does not hold (used for notes, e.g. "not one of the named industries").
    Not(&'static Cond),
    /// The fact has any answer (an open list: every answer qualifies, but one is needed).
    Answered(Fact),
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
            Cond::AtLeast(f, n) => truth_of(p.number(f).map(|v| v >= Decimal::from(n))),
            Cond::Above(f, n) => truth_of(p.number(f).map(|v| v > Decimal::from(n))),
            Cond::AtMost(f, n) => truth_of(p.number(f).map(|v| v <= Decimal::from(n))),
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
            | Cond::Answered(f) => push_unique(facts, &[f]),
            Cond::Not(part) => {
                part.eval_into(p, facts);
            }
            Cond::SumAtLeast(fs, _) => {
                for f in fs {
                    // Met: the answers that add up; not met: all of them; unknown: the missing.
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
        }
        truth
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
            Cond::AtLeast(f, n) if changeable(f) => Some(vec![Change {
                fact: f,
                to: Target::AtLeast(Decimal::from(n)),
            }]),
            Cond::Above(f, n) if changeable(f) => Some(vec![Change {
                fact: f,
                to: Target::Above(Decimal::from(n)),
            }]),
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
            Cond::AtLeast(Fact::Revenue, 20_000_000),
        ]);
        let o = c.eval(&p);
        assert_eq!(o.truth, Truth::Unknown);
        assert_eq!(o.facts, vec![Fact::Sme, Fact::Revenue]);
    }

    #[test]
    fn a_false_part_decides_all() {
        let mut p = profile();
        p.set(Fact::Sme, Value::Bool(false)).unwrap();
        let c = Cond::All(&[Cond::Yes(Fact::Sme), Cond::AtLeast(Fact::Revenue, 1)]);
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
        let rd = Cond::Above(Fact::RdExpense, 0);
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
}
