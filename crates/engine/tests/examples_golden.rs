//! What the example enterprises get, kept as one generated file (`tests/golden/examples.json`)
//! that this test and the E2E suite both read (`tests/e2e/journeys.test.mjs`): for each example
//! assessed on 2026-11-26 (the E2E suite's clock), every programme's status and the ceiling its
//! card shows, the known maximum, the talents' line, the pilot's base and whether the enterprise
//! is outside Yinchuan. The E2E suite checks that the page shows exactly this; a change of a
//! verdict rewrites the file with `YC_BLESS=1 cargo test -p yc-engine --test examples_golden`,
//! and its diff shows what changed.

use serde_json::{json, Map, Value as Json};
use yc_engine::eval::{Status, StatusKind};
use yc_engine::examples::EXAMPLES;
use yc_engine::{evaluate, Date, Profile};

const GOLDEN: &str = "tests/golden/examples.json";

fn generate() -> String {
    let day = Date::new(2026, 11, 26).unwrap();
    let mut examples = Map::new();
    let mut programmes: Vec<&str> = Vec::new();
    for ex in EXAMPLES {
        let (p, issues) = Profile::from_fragment(&ex.fragment_on(day), day).unwrap();
        assert!(issues.is_empty(), "{}: {issues:?}", ex.id);
        let a = evaluate(&p);
        let mut cards = Map::new();
        for r in &a.results {
            // The ceiling a card shows (components/card.rs): eligible or upcoming, or possible
            // with two readings of its window.
            let shown = matches!(r.status, Status::Eligible | Status::Upcoming { .. })
                || (r.status.kind() == StatusKind::Possible && !r.readings.is_empty());
            let ceiling = r
                .ceiling()
                .filter(|_| shown)
                .map(|c| c.remaining.to_string());
            cards.insert(
                r.id().into(),
                json!({ "status": r.status.code(), "ceiling": ceiling }),
            );
            if !programmes.contains(&r.id()) {
                programmes.push(r.id());
            }
        }
        examples.insert(
            ex.id.into(),
            json!({
                "outside": a.outside_city,
                "knownMax": a.known_maximum.to_string(),
                "talentMax": a.talent_maximum.to_string(),
                "pilotBase": a.results.iter().find_map(|r| r.pilot()).map(|p| p.base.to_string()),
                "cards": cards,
            }),
        );
    }
    let doc = json!({
        "assessed": "2026-11-26",
        "programmes": programmes,
        "examples": examples,
    });
    serde_json::to_string_pretty(&doc).unwrap() + "\n"
}

#[test]
fn the_examples_results_are_the_golden_file() {
    let path = format!("{}/{GOLDEN}", env!("CARGO_MANIFEST_DIR"));
    let now = generate();
    if std::env::var_os("YC_BLESS").is_some() {
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == now,
        "the examples' results changed; if intended, rewrite {GOLDEN} with \
         `YC_BLESS=1 cargo test -p yc-engine --test examples_golden` and check the diff"
    );
    let doc: Json = serde_json::from_str(&kept).unwrap();
    assert_eq!(
        doc["programmes"].as_array().unwrap().len(),
        yc_engine::catalogue::CATALOGUE.len(),
        "one card per programme of the catalogue"
    );
}
