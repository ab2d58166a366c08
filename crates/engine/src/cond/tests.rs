//! Unit tests of `cond` (kept beside it so the module itself stays readable).

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
    let c = Cond::AtLeast(
        Fact::Revenue,
        Num::Param(crate::params::id::ABOVE_SIZE_MIN_REVENUE),
    );
    assert_eq!(c.truth(&p), Truth::Met);
    let p = with(&[(Fact::Revenue, money(19_999_999))]);
    assert_eq!(c.truth(&p), Truth::NotMet);
    // Before the threshold's first value it is unknown, never a guess.
    let mut early = p.clone();
    early.assessment_date = Date::new(2010, 6, 1).unwrap();
    assert_eq!(c.truth(&early), Truth::Unknown);
    assert_eq!(
        Num::Param(crate::params::id::ABOVE_SIZE_MIN_REVENUE).on(p.assessment_date),
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
                bands: crate::params::id::TSME_TECH_STAFF_POINTS,
            },
            required: true,
        },
        Indicator {
            points: Points::Best(&[
                Points::Bands {
                    fact: Fact::IpInvention,
                    bands: crate::params::id::TSME_IP_INVENTION_POINTS,
                },
                Points::Bands {
                    fact: Fact::IpOther,
                    bands: crate::params::id::TSME_IP_OTHER_POINTS,
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

/// Every option code a rule, a question's routing, a self-check or a "smallest change" names is
/// an option of its fact: a misspelt code would never match, silently.
/// Every condition of the rules: the programmes' criteria, notes and guideline values, the
/// questions' routing and the self-checks.
fn every_condition() -> Vec<&'static Cond> {
    use crate::catalogue::{Benefit, CATALOGUE};
    let mut conds: Vec<&Cond> = Vec::new();
    for prog in CATALOGUE {
        conds.extend(prog.criteria.iter().map(|c| &c.cond));
        conds.extend(prog.notes.iter().filter_map(|n| n.when.as_ref()));
        if let Benefit::Guideline { only_if, .. } = &prog.benefit {
            conds.extend(only_if.iter().map(|(_, c)| c));
        }
    }
    conds.extend(
        crate::questions::QUESTIONS
            .iter()
            .filter_map(|q| q.ask_if.as_ref()),
    );
    conds.extend(crate::national::conditions());
    conds
}

/// `truth` (no facts collected, used where only the verdict is wanted) and `eval` agree on every
/// condition of the rules, for the examples answered in full, in half and not at all.
#[test]
fn truth_alone_is_the_verdict_eval_gives() {
    let day = Date::new(2026, 11, 26).unwrap();
    let mut profiles = vec![profile()];
    for ex in crate::examples::EXAMPLES {
        let full = Profile::from_fragment(&ex.fragment_on(day), day).unwrap().0;
        let mut half = full.clone();
        for f in Fact::ALL.iter().step_by(2) {
            half.clear(*f);
        }
        profiles.extend([full, half]);
    }
    let conds = every_condition();
    for p in &profiles {
        for c in &conds {
            assert_eq!(c.eval(p).truth, c.truth(p), "{c:?}");
        }
    }
}

#[test]
fn every_option_code_a_rule_names_is_an_option_of_its_fact() {
    let conds = every_condition();
    let mut named: Vec<(Fact, &str)> = conds.iter().flat_map(|c| c.option_codes()).collect();
    assert!(
        named.len() > 20,
        "the walk finds the rules' codes: {}",
        named.len()
    );
    for def in crate::facts::FACT_DEFS {
        named.extend(def.change_from.iter().map(|c| (def.fact, *c)));
    }
    for (fact, code) in named {
        assert!(
            fact.option(code).is_some(),
            "{} has no option {code:?}",
            fact.id()
        );
    }
    // The check itself fails on a misspelt code.
    let wrong = Cond::OneOf(Fact::HnteStatus, &["frist"]);
    assert!(wrong
        .option_codes()
        .iter()
        .any(|(f, c)| f.option(c).is_none()));
}
