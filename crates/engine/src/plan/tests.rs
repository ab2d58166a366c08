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
                Step::Rd => assert!(q.number(Fact::RdExpense) > Some(Decimal::ZERO)),
            }
            assert!(!step.not_taken(&q));
            assert_eq!(Step::parse(step.id()), Some(step));
        }
    }
}

#[test]
fn every_figure_a_card_shows_ends_its_arithmetic() {
    use crate::input::format_yuan;
    use crate::text::Lang;
    let mut seen = std::collections::BTreeSet::new();
    for ex in EXAMPLES {
        for day in days() {
            let p = example(ex.id, day);
            let a = evaluate(&p);
            let params = in_force_shared(day);
            for r in &a.results {
                let lines = arithmetic(r, &p, &params);
                let last = |lang: Lang| lines.last().map(|l| l.text.get(lang).to_string());
                let figure = match &r.amount {
                    crate::eval::Amount::Ceiling(c) => Some(c.remaining),
                    crate::eval::Amount::Tax(t) => t.saving_up_to,
                    crate::eval::Amount::Pilot(pl) => pl.amount.or(Some(pl.base)),
                    _ => None,
                };
                let Some(figure) = figure else { continue };
                for lang in [Lang::Zh, Lang::En] {
                    let text = last(lang)
                        .unwrap_or_else(|| panic!("{} {day} {}: no lines", ex.id, r.id()));
                    let yuan = format_yuan(figure, lang);
                    // The pilot's last line may be the share in place; its base is in the first.
                    let all: String = lines.iter().map(|l| l.text.get(lang)).collect();
                    assert!(
                        text.contains(&yuan) || all.contains(&yuan),
                        "{} {day} {}: {text} / {yuan}",
                        ex.id,
                        r.id()
                    );
                    assert!(!text.contains('{'), "{text}");
                }
                for l in &lines {
                    assert!(r.programme.clauses.contains(&l.clause));
                }
                seen.insert(r.id());
            }
        }
    }
    // The examples reach every kind: both first recognitions, a talent sum, the pilot, both taxes.
    for id in [
        "hnte-first-recognition",
        "leading-talent",
        "pilot-maturation",
        "rd-super-deduction",
        "hnte-tax-rate",
    ] {
        assert!(seen.contains(id), "{id} not reached: {seen:?}");
    }
}

#[test]
fn a_ceiling_partly_received_shows_the_subtraction() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let mut p = example("new-materials-pilot", day);
    p.set(Fact::HntePaid, Value::Money(Decimal::from(200_000)))
        .unwrap();
    let a = evaluate(&p);
    let r = a.result("hnte-first-recognition").unwrap();
    let c = r.ceiling().unwrap();
    let lines = arithmetic(r, &p, &in_force_shared(day));
    let en: Vec<&str> = lines
        .iter()
        .map(|l| l.text.get(crate::text::Lang::En))
        .collect();
    let want = format!(
        "{} − ¥200,000 already received = {} left",
        crate::input::format_yuan(c.cap, crate::text::Lang::En),
        crate::input::format_yuan(c.remaining, crate::text::Lang::En)
    );
    assert_eq!(en.last().copied(), Some(want.as_str()), "{en:?}");
    assert_eq!(lines[0].clause, "2.1");
}

#[test]
fn the_chart_has_every_figure_and_the_same_sums() {
    for ex in EXAMPLES {
        for day in days() {
            let p = example(ex.id, day);
            let a = evaluate(&p);
            let b = bars(&a);
            for r in a.city() {
                let shown = r
                    .ceiling()
                    .filter(|c| !c.remaining.is_zero() && (counts(r) || open(r)));
                let bar = b.iter().find(|x| x.programme.id == r.id());
                assert_eq!(
                    bar.map(|x| x.amount),
                    shown.map(|c| c.remaining),
                    "{} {day} {}",
                    ex.id,
                    r.id()
                );
                if let Some(bar) = bar {
                    assert_eq!(bar.secure, counts(r));
                }
            }
            // Without a first-recognition pair the secure enterprise bars add up to the sum.
            let firsts = b
                .iter()
                .filter(|x| {
                    x.secure
                        && matches!(
                            x.programme.benefit,
                            crate::catalogue::Benefit::FirstRecognition { .. }
                        )
                })
                .count();
            if firsts <= 1 {
                let sum: Decimal = b
                    .iter()
                    .filter(|x| x.secure && x.kind == BarKind::Enterprise)
                    .map(|x| x.amount)
                    .sum();
                assert_eq!(sum, a.known_maximum, "{} {day}", ex.id);
            }
            let tax: Decimal = b
                .iter()
                .filter(|x| x.kind == BarKind::Tax)
                .map(|x| x.amount)
                .sum();
            // The tax line exists only when every eligible tax card has a figure.
            if let Some(total) = a.tax_saving_up_to {
                assert_eq!(tax, total, "{} {day}", ex.id);
            }
        }
    }
}

#[test]
fn r_and_d_above_zero_opens_the_programmes_that_ask_for_it_without_a_tax_figure() {
    let day = Date::parse_iso("2026-06-30").unwrap();
    let mut p = example("software-startup", day);
    p.set(Fact::RdExpense, Value::Money(Decimal::ZERO)).unwrap();
    let a = evaluate(&p);
    let s = what_if(&p, &a, Step::Rd, &in_force_shared(day)).expect("no R&D yet");
    assert_eq!(s.with, evaluate(&Step::Rd.taken(&p)));
    for id in ["rd-post-subsidy", "rd-super-deduction"] {
        let c = s
            .changes
            .iter()
            .find(|c| c.programme.id == id)
            .unwrap_or_else(|| panic!("{id} changes"));
        assert_eq!(c.before.kind(), StatusKind::NotEligible, "{id}");
        assert!(c.opens(), "{id}");
        // What the deduction saves depends on the amount spent: no figure for "above zero".
        assert_eq!((c.tax_before, c.tax_after), (None, None), "{id}");
    }
    assert_eq!((s.tax_saving_before, s.tax_saving_after), (None, None));
    assert_eq!(s.check, None);
    // Spending already: no step.
    let q = example("software-startup", day);
    assert!(what_if(&q, &evaluate(&q), Step::Rd, &in_force_shared(day)).is_none());
}
