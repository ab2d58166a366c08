//! Every row the engine generates cites its source: walked over evaluated assessments (the
//! examples across three years and many generated profiles), not only the static catalogue.

mod common;

use yc_engine::clauses::clause_text;
use yc_engine::examples::EXAMPLES;
use yc_engine::facts::{Kind, FACT_DEFS};
use yc_engine::meta::SOURCES;
use yc_engine::{evaluate, Assessment, Date, Fact, Profile, Value};

fn cites_the_reply(clause: &str) -> bool {
    clause_text(clause).is_some()
}

fn check(a: &Assessment, what: &str) {
    for r in &a.results {
        for row in &r.trace {
            assert!(
                cites_the_reply(row.clause),
                "{what}: {} row {} cites {:?}",
                r.id(),
                row.criterion,
                row.clause
            );
        }
        for n in r.notes.iter() {
            assert!(cites_the_reply(n.clause), "{what}: {} note {:?}", r.id(), n);
        }
        let step = r
            .next_step
            .clause
            .unwrap_or_else(|| panic!("{what}: {} next step cites nothing", r.id()));
        assert!(cites_the_reply(step), "{what}: {} next step {step}", r.id());
        if let Some(reach) = r.next_step.reach {
            assert!(
                SOURCES.iter().any(|s| s.id == reach.source),
                "{what}: {} reach cites {}",
                r.id(),
                reach.source
            );
        }
        for reading in &r.readings {
            assert!(
                r.trace
                    .iter()
                    .any(|row| row.criterion == reading.id && row.clause == "2.1"),
                "{what}: {} reading {} has no cited row",
                r.id(),
                reading.id
            );
        }
    }
    for check in [&a.national.tsme, &a.national.hnte] {
        for row in &check.rows {
            assert!(
                row.basis.starts_with("国科发政〔2017〕115号")
                    || row.basis.starts_with("国科发火〔2016〕32号"),
                "{what}: self-check row {}.{} has basis {:?}",
                check.id,
                row.id,
                row.basis
            );
        }
    }
    for id in ["yc2022-029", "yc-kjj-2018-year-round", "civil-code-201-202"] {
        assert!(a.ruleset.sources.iter().any(|s| s.id == id), "{id}");
    }
}

/// A small deterministic generator (xorshift), so the walk covers many profiles without a
/// dependency and the same ones every run.
struct Seeds(u64);

impl Seeds {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn value_for(kind: Kind, fact: Fact, seed: u64) -> Option<Value> {
    Some(match kind {
        Kind::Bool => Value::Bool(seed.is_multiple_of(2)),
        Kind::Choice | Kind::Set => common::option_value(fact, seed),
        Kind::Money => Value::Money(rust_decimal::Decimal::from(seed % 100_000_000)),
        Kind::Count | Kind::Score => Value::Count((seed % 101) as i64),
        Kind::Date => Value::Date(Date::new(
            2019 + (seed % 9) as i32,
            1 + (seed % 12) as u8,
            1 + (seed % 28) as u8,
        )?),
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

#[test]
fn every_evaluated_row_cites_its_source() {
    let today = Date::new(2026, 11, 26).unwrap();
    for ex in EXAMPLES {
        for years in 0..=2 {
            let day = today.add_years(years);
            let (p, _) = Profile::from_fragment(&ex.fragment_on(day), day).unwrap();
            check(&evaluate(&p), ex.id);
        }
    }
    let mut seeds = Seeds(0x9E37_79B9_7F4A_7C15);
    for n in 0..3000 {
        let d = seeds.next();
        let date = Date::new(
            2020 + (d % 10) as i32,
            1 + (d % 12) as u8,
            1 + (d % 28) as u8,
        )
        .unwrap();
        let mut p = Profile::new(date);
        for def in FACT_DEFS {
            let s = seeds.next();
            // About four answers in five, so unknowns are walked too.
            if !s.is_multiple_of(5) {
                if let Some(v) = value_for(def.kind, def.fact, s >> 3) {
                    let _ = p.set(def.fact, v);
                }
            }
        }
        check(&evaluate(&p), &format!("generated profile {n}"));
    }
    assert!(SOURCES.len() >= 6);
}
