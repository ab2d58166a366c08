//! Properties that must hold for every profile and every typed string.

mod common;

use proptest::prelude::*;
use rust_decimal::Decimal;
use yc_engine::cond::Truth;
use yc_engine::facts::{Kind, FACT_DEFS};
use yc_engine::input::{parse_count, parse_date, parse_money};
use yc_engine::questions::QUESTIONS;
use yc_engine::{evaluate, Date, Fact, Profile, Status, Value, CATALOGUE};
use yc_engine::{next_question, relevant_questions};

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

/// A valid value for a fact, from a seed.
fn value_for(fact: Fact, seed: u64) -> Value {
    let def = fact.def();
    match def.kind {
        // A plain yes/no about a year is dated to the assessment year when it is set.
        Kind::Bool | Kind::ThisYear => Value::Bool(seed.is_multiple_of(2)),
        Kind::Choice | Kind::Set => common::option_value(fact, seed),
        // Amounts from 0 to about 10^12 yuan with up to two decimals.
        Kind::Money => Value::Money(Decimal::new(
            (seed % 1_000_000_000_000) as i64,
            (seed % 3) as u32,
        )),
        Kind::Count => Value::Count((seed % 2_000) as i64),
        Kind::Score => Value::Count((seed % 101) as i64),
        Kind::Date => Value::Date(
            Date::new(
                2000 + (seed % 40) as i32,
                1 + (seed % 12) as u8,
                1 + (seed % 28) as u8,
            )
            .unwrap(),
        ),
    }
}

fn profile_from(seeds: &[(bool, u64)], date_seed: u64) -> Profile {
    let date = Date::new(
        2018 + (date_seed % 15) as i32,
        1 + (date_seed % 12) as u8,
        1 + (date_seed % 28) as u8,
    )
    .unwrap();
    let mut p = Profile::new(date);
    for (fact, (answered, seed)) in Fact::ALL.iter().zip(seeds) {
        if *answered {
            p.set(*fact, value_for(*fact, *seed)).unwrap();
        }
    }
    p
}

fn check_invariants(p: &Profile) {
    let a = evaluate(p);
    assert_eq!(a.results.len(), CATALOGUE.len());
    let mut sum = Decimal::ZERO;
    for r in &a.results {
        if let Some(c) = r.ceiling() {
            assert!(
                c.remaining >= Decimal::ZERO && c.remaining <= c.cap,
                "{}: {c:?}",
                r.id()
            );
            if matches!(r.status, Status::Eligible | Status::Upcoming { .. })
                || (r.status == Status::Possible && !r.readings.is_empty())
            {
                sum += c.remaining;
            }
        }
        if let Status::NeedsInfo { missing } = &r.status {
            assert!(
                !missing.is_empty(),
                "{}: needs info but names nothing",
                r.id()
            );
            for f in missing {
                // A missing fact is one not answered, or one whose answers contradict each other.
                assert!(
                    !p.is_answered(*f)
                        || a.inconsistencies
                            .iter()
                            .any(|i| i.fact == Fact::PilotInvestment || i.fact == *f),
                    "{}: {:?}",
                    r.id(),
                    f
                );
            }
        }
    }
    // The headline counts each first-recognition cap at most once and the talents' money on
    // its own line: never more than the ceilings that could count, and the combined figure
    // never below the headline.
    assert!(a.known_maximum + a.talent_maximum <= sum, "{a:?}");
    if let Some(both) = a.known_maximum_if_combined {
        assert!(both > a.known_maximum);
        assert!(both + a.talent_maximum <= sum);
    }
    let relevant = relevant_questions(p);
    if let Some(next) = next_question(p) {
        assert!(relevant.contains(&next) && !p.is_answered(next));
    }
    let (back, issues) = Profile::from_json_lenient(&p.to_json_string(), today()).unwrap();
    assert!(issues.is_empty());
    assert_eq!(&back, p);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_profile_evaluates_without_panic(seeds in prop::collection::vec((any::<bool>(), any::<u64>()), Fact::ALL.len()), d in any::<u64>()) {
        check_invariants(&profile_from(&seeds, d));
    }

    #[test]
    fn fully_answered_consistent_profile_needs_nothing(seeds in prop::collection::vec(any::<u64>(), Fact::ALL.len()), d in any::<u64>()) {
        let all: Vec<(bool, u64)> = seeds.iter().map(|s| (true, *s)).collect();
        let mut p = profile_from(&all, d);
        // Make the pilot split add up, so no answer contradicts another.
        p.set(Fact::PilotLand, Value::Money(Decimal::ZERO)).unwrap();
        p.set(Fact::PilotBuildings, Value::Money(Decimal::ZERO)).unwrap();
        p.set(Fact::PilotEngineering, Value::Money(Decimal::ZERO)).unwrap();
        // And a first 高企 certificate still valid (three years from its date).
        p.set(Fact::HnteDate, Value::Date(p.assessment_date)).unwrap();
        let a = evaluate(&p);
        for r in &a.results {
            prop_assert!(!matches!(r.status, Status::NeedsInfo { .. }), "{} still needs {:?}", r.id(), r.status);
        }
        prop_assert_eq!(a.national.tsme.verdict == Truth::Unknown, false);
        prop_assert_eq!(a.national.hnte.verdict == Truth::Unknown, false);
        prop_assert_eq!(next_question(&p), None);
        check_invariants(&p);
    }

    #[test]
    fn any_text_parses_or_is_refused(s in ".{0,60}") {
        let _ = parse_money(&s);
        let _ = parse_count(&s);
        let _ = parse_date(&s);
        for f in Fact::ALL {
            let _ = Value::parse_text(*f, &s);
        }
        let _ = Profile::from_json_lenient(&s, today());
    }

    #[test]
    fn numeric_text_is_exact(int in 0u64..1_000_000_000, frac in 0u32..100) {
        let text = format!("{int}.{frac:02}");
        let want = Decimal::new((int * 100 + u64::from(frac)) as i64, 2);
        prop_assert_eq!(parse_money(&text), Ok(want));
        let wide: String = text.chars().map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap() } else { c }).collect();
        prop_assert_eq!(parse_money(&wide), Ok(want));
    }

    #[test]
    fn any_json_answers_load_leniently(key in "[a-z_]{1,20}", v in prop_oneof![
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        ".{0,20}".prop_map(serde_json::Value::from),
    ]) {
        let mut answers = serde_json::Map::new();
        answers.insert(key, v);
        answers.insert("employees".into(), serde_json::Value::from(12));
        let doc = serde_json::json!({"format": "yc-profile", "version": 1, "answers": answers});
        let (p, _) = Profile::from_json_lenient(&doc.to_string(), today()).unwrap();
        check_invariants(&p);
    }
}

fn base() -> Profile {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/base.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    Profile::from_json_lenient(&text, today()).unwrap().0
}

#[test]
fn every_programme_is_reachable_as_eligible_or_possible() {
    let a = evaluate(&base());
    for r in &a.results {
        assert!(
            matches!(r.status, Status::Eligible | Status::Possible),
            "{}: {:?}",
            r.id(),
            r.status
        );
    }
}

/// Candidate profiles: the base with variations, then deterministic pseudo-random ones.
fn candidates() -> Vec<Profile> {
    let mut out = Vec::new();
    for (self_check, all_no) in [(false, false), (true, false), (false, true), (true, true)] {
        let mut p = base();
        if all_no {
            // Every yes/no answer "no" and every count 0: then no other answer covers for this one.
            for def in FACT_DEFS {
                match def.kind {
                    Kind::Bool | Kind::ThisYear => p.set(def.fact, Value::Bool(false)).unwrap(),
                    Kind::Count => p.set(def.fact, Value::Count(0)).unwrap(),
                    _ => {}
                }
            }
        }
        if self_check {
            p.set(Fact::TsmeRegistered, Value::Bool(false)).unwrap();
            p.set(Fact::HnteStatus, Value::Choice("never")).unwrap();
        }
        out.push(p);
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2_000 {
        let seeds: Vec<(bool, u64)> = Fact::ALL
            .iter()
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % 10 < 8, x >> 8)
            })
            .collect();
        let mut p = profile_from(&seeds, x);
        p.set(Fact::Location, Value::Choice("jinfeng")).unwrap();
        out.push(p);
    }
    out
}

#[test]
fn every_question_is_relevant_for_some_profile() {
    let candidates = candidates();
    for q in QUESTIONS {
        let found = candidates.iter().any(|c| {
            let mut p = c.clone();
            p.clear(q.fact);
            relevant_questions(&p).contains(&q.fact)
        });
        assert!(found, "question {} is never asked", q.fact.id());
    }
}

#[test]
fn every_fact_is_documented() {
    // The table of fields is the generated one (`yc-eval --fields`); `YC_BLESS=1` rewrites it.
    let path = format!("{}/../../docs/profile.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap();
    let head = "| key | type | step | meaning |";
    let start = doc
        .find(head)
        .expect("docs/profile.md has the table of fields");
    let end = doc[start..]
        .find("\n\n")
        .map_or(doc.len(), |n| start + n + 1);
    let table = yc_engine::document::fields::table();
    if std::env::var_os("YC_BLESS").is_some() {
        std::fs::write(&path, format!("{}{table}{}", &doc[..start], &doc[end..])).unwrap();
        return;
    }
    // The contract (keys, types, steps and option codes, in order) must be the code's; the words
    // of the meaning columns come from the texts files and may lag until the next rewrite, so a
    // corrected sentence stays one file per language.
    let contract = |table: &str| -> Vec<String> {
        table
            .lines()
            .skip(2)
            .map(|row| {
                let cells: Vec<&str> = row.split(" | ").collect();
                let codes: Vec<&str> = cells
                    .last()
                    .unwrap_or(&"")
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .collect();
                format!(
                    "{} | {} | {} | {}",
                    cells[0],
                    cells[1],
                    cells[2],
                    codes.join(" ")
                )
            })
            .collect()
    };
    assert_eq!(
        contract(&doc[start..end]),
        contract(&table),
        "the table of fields in docs/profile.md is not `yc-eval --fields`'s: rewrite it with \
         `YC_BLESS=1 cargo test -p yc-engine --test properties every_fact_is_documented`"
    );
    for def in FACT_DEFS {
        assert!(
            doc.contains(&format!("`{}`", def.fact.id())),
            "docs/profile.md lacks {}",
            def.fact.id()
        );
        for o in def.options {
            assert!(
                doc.contains(&format!("`{}`", o.code)),
                "docs/profile.md lacks option {} of {}",
                o.code,
                def.fact.id()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The tax arithmetic (eval/tax.rs, docs/interpretation.md): the income asked is last year's
// taxable income as the annual return states it, after the super-deduction.

/// A profile of the base with this R&D expense, taxable income (`None`: unanswered) and 高企
/// status (0 never, 1 first and valid, 2 first but expired, 3 again, 4 lapsed, 5 unanswered).
fn tax_profile(rd_fen: u64, income_fen: Option<u64>, status: u8) -> Profile {
    let mut p = base();
    p.set(
        Fact::RdExpense,
        Value::Money(Decimal::new(rd_fen as i64, 2)),
    )
    .unwrap();
    match income_fen {
        Some(t) => p
            .set(Fact::TaxableIncome, Value::Money(Decimal::new(t as i64, 2)))
            .unwrap(),
        None => p.clear(Fact::TaxableIncome),
    }
    let (code, date) = match status {
        0 => (Some("never"), None),
        1 => (Some("first"), Some(Date::new(2025, 6, 30).unwrap())),
        2 => (Some("first"), Some(Date::new(2019, 5, 10).unwrap())),
        3 => (Some("again"), None),
        4 => (Some("lapsed"), None),
        _ => (None, None),
    };
    match code {
        Some(c) => p.set(Fact::HnteStatus, Value::Choice(c)).unwrap(),
        None => p.clear(Fact::HnteStatus),
    }
    match date {
        Some(d) => p.set(Fact::HnteDate, Value::Date(d)).unwrap(),
        None => p.clear(Fact::HnteDate),
    }
    p
}

/// `x` × `percent` %, exact (the engine rounds to the fen; the bounds allow for that).
fn pct(x: Decimal, percent: i64) -> Decimal {
    x * Decimal::from(percent) / Decimal::ONE_HUNDRED
}

/// Up to ten billion yuan, in fen.
const MAX_FEN: u64 = 1_000_000_000_000;

const FEN: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// The two tax cards' (least, most), the total's, and whether each card is eligible.
struct TaxFigures {
    deduction: (Option<Decimal>, Option<Decimal>),
    rate: (Option<Decimal>, Option<Decimal>),
    rate_eligible: bool,
    deduction_eligible: bool,
    total: (Option<Decimal>, Option<Decimal>),
}

fn tax_figures(p: &Profile) -> TaxFigures {
    let a = evaluate(p);
    let card = |id: &str| {
        let r = a.result(id).unwrap();
        let t = r.tax();
        (
            (
                t.and_then(|t| t.saving_at_least),
                t.and_then(|t| t.saving_up_to),
            ),
            r.status == Status::Eligible,
        )
    };
    let (deduction, deduction_eligible) = card("rd-super-deduction");
    let (rate, rate_eligible) = card("hnte-tax-rate");
    TaxFigures {
        deduction,
        rate,
        rate_eligible,
        deduction_eligible,
        total: (a.tax_saving_at_least, a.tax_saving_up_to),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// No card, and not the total, ever shows a saving above the tax the enterprise would pay
    /// without the incentive; the least is never above the most.
    #[test]
    fn a_tax_saving_never_exceeds_the_tax_without_the_incentive(
        rd in 0u64..MAX_FEN, income in prop::option::of(0u64..MAX_FEN), status in 0u8..6
    ) {
        let p = tax_profile(rd, income, status);
        let f = tax_figures(&p);
        let d = Decimal::new(rd as i64, 2); // the extra deduction: 100 % of the R&D
        let t = income.map(|t| Decimal::new(t as i64, 2));
        for (low, high) in [f.deduction, f.rate, f.total] {
            if let (Some(l), Some(h)) = (low, high) {
                prop_assert!(l <= h, "least {l} above most {h}");
                prop_assert!(l >= Decimal::ZERO);
            }
        }
        // Without the super-deduction, at the highest rate the enterprise may pay: the income
        // before it is the income after it plus the deduction (or, at zero, at most the
        // deduction).
        let before = t.unwrap_or_default() + d;
        if let (_, Some(h)) = f.deduction {
            prop_assert!(h <= pct(before, 25) + FEN, "deduction {h} > tax {}", pct(before, 25));
        }
        // Without the 15 % rate (keeping the deduction): 25 % of the income after it.
        if let (Some(t), (_, Some(h))) = (t, f.rate) {
            prop_assert!(h <= pct(t, 25), "rate card {h} > tax {}", pct(t, 25));
        }
        // Without either: 25 % of the income before the deduction.
        if let (_, Some(h)) = f.total {
            prop_assert!(h <= pct(before, 25) + FEN, "total {h} > tax {}", pct(before, 25));
        }
    }

    /// The two cards and the total agree: the total is the sum of the eligible cards, at both
    /// ends, and is given only when every eligible card has a figure.
    #[test]
    fn the_two_tax_cards_add_up_to_the_total(
        rd in 0u64..MAX_FEN, income in prop::option::of(0u64..MAX_FEN), status in 0u8..6
    ) {
        let f = tax_figures(&tax_profile(rd, income, status));
        let mut cards = Vec::new();
        if f.deduction_eligible { cards.push(f.deduction); }
        if f.rate_eligible { cards.push(f.rate); }
        let all_known = cards.iter().all(|(l, h)| l.is_some() && h.is_some());
        if cards.is_empty() || !all_known {
            prop_assert_eq!(f.total, (None, None));
        } else {
            let low: Decimal = cards.iter().map(|c| c.0.unwrap()).sum();
            let high: Decimal = cards.iter().map(|c| c.1.unwrap()).sum();
            prop_assert_eq!(f.total, (Some(low), Some(high)));
        }
    }

    /// Continuous in income: one fen more taxable income moves no figure's upper end by more
    /// than a fen, and never lowers a lower end; a year at zero gives the deduction the same
    /// upper end as a year just above it (a range, never 0 by default).
    #[test]
    fn tax_savings_are_continuous_in_income(
        rd in 0u64..MAX_FEN, income in 0u64..MAX_FEN, status in 0u8..6
    ) {
        let now = tax_figures(&tax_profile(rd, Some(income), status));
        let more = tax_figures(&tax_profile(rd, Some(income + 1), status));
        for (a, b) in [(now.deduction, more.deduction), (now.rate, more.rate), (now.total, more.total)] {
            if let (Some(x), Some(y)) = (a.1, b.1) {
                prop_assert!((y - x).abs() <= FEN, "most moved from {x} to {y}");
            }
            if let (Some(x), Some(y)) = (a.0, b.0) {
                prop_assert!(y >= x, "least fell from {x} to {y}");
            }
        }
        if income == 0 && rd > 0 && now.deduction_eligible {
            prop_assert_eq!(now.deduction.1, more.deduction.1);
            prop_assert_eq!(now.deduction.0, Some(Decimal::ZERO));
        }
    }
}
