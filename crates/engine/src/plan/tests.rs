use super::*;
use crate::date::Date;
use crate::eval::evaluate;
use crate::examples::EXAMPLES;
use crate::params::in_force_shared;

fn example(id: &str, today: Date) -> Profile {
    let ex = EXAMPLES.iter().find(|e| e.id == id).expect("example");
    let (p, issues) = Profile::from_fragment(&ex.fragment_on(today), today).expect("fragment");
    assert!(issues.is_empty(), "{id}: {issues:?}");
    p
}

fn days() -> Vec<Date> {
    [
        "2025-12-31",
        "2026-01-01",
        "2026-04-30",
        "2026-05-01",
        "2026-09-30",
        "2026-12-04",
    ]
    .iter()
    .map(|d| Date::parse_iso(d).unwrap())
    .collect()
}

#[test]
fn secure_is_the_known_maximum_and_never_above_reachable() {
    for ex in EXAMPLES {
        for day in days() {
            let p = example(ex.id, day);
            let a = evaluate(&p);
            let r = range(&a);
            assert_eq!(r.secure, a.known_maximum, "{} {day}", ex.id);
            assert_eq!(r.talent_secure, a.talent_maximum, "{} {day}", ex.id);
            assert!(r.secure <= r.reachable, "{} {day}", ex.id);
            assert!(r.talent_secure <= r.talent_reachable, "{} {day}", ex.id);
            for q in &r.questions {
                assert!(q.up_to > Decimal::ZERO || q.talent_up_to > Decimal::ZERO);
                assert!(
                    q.up_to <= r.reachable - r.secure,
                    "{} {day} {:?}",
                    ex.id,
                    q.fact
                );
                assert!(q.talent_up_to <= r.talent_reachable - r.talent_secure);
            }
            let open_money = a
                .city()
                .any(|c| open(c) && c.ceiling().is_some_and(|x| !x.remaining.is_zero()));
            if !open_money {
                assert_eq!(r.secure, r.reachable, "{} {day}", ex.id);
                assert!(r.questions.is_empty(), "{} {day}", ex.id);
            }
        }
    }
}

#[test]
fn an_unanswered_amount_paid_is_a_question_worth_its_cap() {
    // The first 高企 without the amount already paid: the card waits for it, and what it could
    // still add is the whole cap.
    let day = Date::parse_iso("2026-06-30").unwrap();
    let mut p = example("new-materials-pilot", day);
    p.clear(Fact::HntePaid);
    let a = evaluate(&p);
    let card = a.result("hnte-first-recognition").unwrap();
    assert_eq!(card.status.kind(), StatusKind::NeedsInfo);
    let r = range(&a);
    let cap = card.ceiling().expect("a cap").cap;
    let q = r
        .questions
        .iter()
        .find(|q| q.fact == Fact::HntePaid)
        .expect("the paid question");
    assert_eq!(q.up_to, r.reachable - r.secure);
    assert_eq!(r.reachable - r.secure, cap.min(r.reachable));
    assert!(r.reachable > r.secure);
}

#[test]
fn no_scenario_for_a_step_taken_or_not_answered() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let p = example("new-materials-pilot", day); // 高企 first, 入库 this year
    let a = evaluate(&p);
    let params = in_force_shared(day);
    assert!(what_if(&p, &a, Step::Hnte, &params).is_none());
    assert!(what_if(&p, &a, Step::Tsme, &params).is_none());
    assert!(what_if(&p, &a, Step::Giant, &params).is_some());
    let mut q = p.clone();
    q.set(Fact::GiantStatus, Value::Unsure).unwrap();
    assert!(what_if(&q, &evaluate(&q), Step::Giant, &params).is_none());
    q.clear(Fact::GiantStatus);
    assert!(what_if(&q, &evaluate(&q), Step::Giant, &params).is_none());
}

#[test]
fn hnte_for_an_enterprise_without_it_opens_the_first_recognition_and_the_tax_rate() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let p = example("software-startup", day);
    let a = evaluate(&p);
    let params = in_force_shared(day);
    let s = what_if(&p, &a, Step::Hnte, &params).expect("not yet a 高企");
    assert_eq!(s.on, day);
    assert_eq!(s.with, evaluate(&Step::Hnte.taken(&p)));
    let first = s
        .changes
        .iter()
        .find(|c| c.programme.id == "hnte-first-recognition")
        .expect("the first-recognition card changes");
    assert_eq!(first.before.kind(), StatusKind::NotEligible);
    assert!(first.opens());
    let card = s.with.result("hnte-first-recognition").unwrap();
    assert_eq!(first.after, card.status);
    assert_eq!(first.ceiling_after, card.ceiling().map(|c| c.remaining));
    // Every change is a real difference, and every card that differs is listed.
    for (b, w) in a.results.iter().zip(&s.with.results) {
        let listed = s.changes.iter().any(|c| c.programme.id == b.id());
        let differs = b.status.kind() != w.status.kind()
            || b.ceiling().map(|c| c.remaining) != w.ceiling().map(|c| c.remaining)
            || b.tax().and_then(|t| t.saving_up_to) != w.tax().and_then(|t| t.saving_up_to);
        assert_eq!(listed, differs, "{}", b.id());
    }
    assert_eq!(s.range_before, range(&a));
    assert_eq!(s.range_after, range(&s.with));
    assert!(s.range_after.reachable >= s.range_before.secure);
    // The 高企 self-check's rows not met or unknown are the gaps, today's.
    assert_eq!(s.check, Some(a.national.hnte.verdict));
    let not_met: Vec<&str> = a
        .national
        .hnte
        .rows
        .iter()
        .filter(|r| r.truth != Truth::Met)
        .map(|r| r.id)
        .collect();
    assert_eq!(s.gaps.iter().map(|g| g.id).collect::<Vec<_>>(), not_met);
    assert!(s.opened().count() >= 1);
}

#[test]
fn tsme_for_a_large_manufacturer_names_the_employee_gap() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let p = example("state-manufacturer", day); // 800 employees, not registered this year
    let a = evaluate(&p);
    let s = what_if(&p, &a, Step::Tsme, &in_force_shared(day)).expect("not registered");
    assert_eq!(s.check, Some(Truth::NotMet));
    let gap = s
        .gaps
        .iter()
        .find(|g| g.id == "employees")
        .expect("the employees gap");
    assert_eq!(gap.truth, Truth::NotMet);
    let detail = gap
        .detail
        .as_ref()
        .expect("how far")
        .get(crate::text::Lang::En)
        .to_string();
    assert!(detail.contains("300"), "{detail}");
}

#[test]
fn a_lapsed_hnte_is_recognised_again_not_for_the_first_time() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let mut p = example("software-startup", day);
    p.set(Fact::HnteStatus, Value::Choice("lapsed")).unwrap();
    let q = Step::Hnte.taken(&p);
    assert_eq!(q.choice(Fact::HnteStatus), Some("again"));
    assert!(q.date(Fact::HnteDate).is_none());
    let a = evaluate(&p);
    let s = what_if(&p, &a, Step::Hnte, &in_force_shared(day)).unwrap();
    assert!(s
        .changes
        .iter()
        .all(|c| c.programme.id != "hnte-first-recognition"));
}

#[test]
fn every_step_sets_values_that_fit_on_every_example() {
    for ex in EXAMPLES {
        let day = Date::parse_iso("2026-06-30").unwrap();
        let p = example(ex.id, day);
        for step in Step::ALL {
            let q = step.taken(&p);
            match step {
                Step::Tsme => assert_eq!(q.bool(Fact::TsmeRegistered), Some(true)),
                Step::Hnte => assert!(matches!(
                    q.choice(Fact::HnteStatus),
                    Some("first" | "again")
                )),
                Step::Giant => {
                    assert_eq!(q.choice(Fact::GiantStatus), Some("first"));
                    assert_eq!(q.date(Fact::GiantDate), Some(day));
                }
            }
            assert!(!step.not_taken(&q));
            assert_eq!(Step::parse(step.id()), Some(step));
        }
    }
}
