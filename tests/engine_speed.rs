//! The engine's speed in the browser (a benchmark, not a test: it is ignored by the test run and
//! asserts nothing about time). `scripts/bench-wasm.sh` runs it in headless Chromium on the
//! release profile and prints the figures: the same 10,000 varied profiles as the native
//! benchmark (`crates/engine/benches/evaluate.rs`), evaluated five times, the median shown.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};
use yc_engine::{evaluate, Date, Fact, Profile, Value};

wasm_bindgen_test_configure!(run_in_browser);

fn profiles() -> Vec<Profile> {
    let text = include_str!("../crates/engine/tests/fixtures/base.json");
    let full = Profile::from_json_lenient(text, Date::new(2026, 11, 26).unwrap())
        .unwrap()
        .0;
    (0..10_000)
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
        .collect()
}

#[wasm_bindgen_test]
#[ignore]
fn evaluate_10000_profiles_in_the_browser() {
    yc_engine::text::install_bundled();
    let profiles = profiles();
    let now = || js_sys::Date::now();
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let t = now();
            for p in &profiles {
                black_box(evaluate(black_box(p)));
            }
            now() - t
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    let median = runs[runs.len() / 2];
    console_log!(
        "wasm: evaluate 10,000 varied profiles: median {median:.0} ms ({:.1} µs per profile); runs {runs:?} ms",
        median * 1000.0 / 10_000.0
    );
}
