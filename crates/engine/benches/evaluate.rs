//! Benchmark (not a test): prints the median time to evaluate one profile and the time for 10,000
//! profiles. Target (issue 22): at most 15 µs per full profile natively. Run with
//! `cargo bench -p yc-engine` (the bench profile: a native build made for speed, `opt-level = 3`;
//! `CARGO_PROFILE_BENCH_OPT_LEVEL=z` builds it with the size settings the Wasm ships with). The
//! Wasm's own figure: `bash scripts/bench-wasm.sh`.

use std::hint::black_box;
use std::time::{Duration, Instant};
use yc_engine::eval::relevant_given;
use yc_engine::{evaluate, Date, Fact, Profile, Value};

fn base() -> Profile {
    let text = include_str!("../tests/fixtures/base.json");
    Profile::from_json_lenient(text, Date::new(2026, 11, 26).unwrap())
        .unwrap()
        .0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let full = base();
    let mut half = full.clone();
    for f in Fact::ALL.iter().skip(Fact::ALL.len() / 2) {
        half.clear(*f);
    }
    let empty = Profile::new(Date::new(2026, 11, 26).unwrap());
    // Warm the content hash, computed once per process.
    black_box(evaluate(&full));

    // Each sample times a batch of calls, so the clock's resolution and one-off stalls of this
    // shared machine do not dominate; the median of the samples is printed.
    const BATCH: u32 = 200;
    let per_call = |f: &dyn Fn()| -> f64 {
        let samples: Vec<Duration> = (0..60)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..BATCH {
                    f();
                }
                t.elapsed()
            })
            .collect();
        median(samples).as_secs_f64() * 1e6 / f64::from(BATCH)
    };
    for (name, p) in [
        ("full profile", &full),
        ("half-answered profile", &half),
        ("empty profile", &empty),
    ] {
        let eval = per_call(&|| {
            black_box(evaluate(black_box(p)));
        });
        let with_questions = per_call(&|| {
            let a = evaluate(black_box(p));
            black_box(relevant_given(p, &a));
        });
        println!(
            "evaluate, {name:<22} median {eval:>8.2} µs   (with relevant questions: {with_questions:>8.2} µs)"
        );
    }

    let national = per_call(&|| {
        black_box(yc_engine::national::check(black_box(&full)));
    });
    let info = per_call(&|| {
        black_box(yc_engine::meta::ruleset_info(black_box(
            full.assessment_date,
        )));
    });
    let inconsistencies = per_call(&|| {
        black_box(yc_engine::eval::inconsistencies(black_box(&full)));
    });
    println!("  of which: national self-checks {national:.2} µs, rule-set info {info:.2} µs, inconsistencies {inconsistencies:.2} µs");

    let profiles: Vec<Profile> = (0..10_000)
        .map(|i| {
            let mut p = full.clone();
            p.set(
                Fact::Revenue,
                Value::Money(rust_decimal::Decimal::from(1_000_000 + i * 37_000)),
            )
            .unwrap();
            p.set(Fact::Employees, Value::Count(10 + i % 700)).unwrap();
            if i % 3 == 0 {
                p.clear(Fact::HntePaid);
            }
            p
        })
        .collect();
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        for p in &profiles {
            black_box(evaluate(p));
        }
        runs.push(t.elapsed());
    }
    let m = median(runs);
    println!(
        "evaluate 10,000 varied profiles: median {:.1} ms ({:.2} µs per profile)",
        m.as_secs_f64() * 1e3,
        m.as_secs_f64() * 1e6 / 10_000.0
    );
}
