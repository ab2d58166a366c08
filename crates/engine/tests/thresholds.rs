//! The thresholds of the national rules (`[[threshold]]` in `policy/parameters.toml`): checked like
//! the guideline parameters, kept apart from them, and never changed by a draft.

use yc_engine::params::file::check;
use yc_engine::params::{bands, draft_from_file, threshold, THRESHOLDS};
use yc_engine::Date;

fn shipped() -> String {
    std::fs::read_to_string(format!(
        "{}/../../policy/parameters.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_shipped_thresholds_are_compiled_in_with_their_sources() {
    let checked = check("policy/parameters.toml", &shipped()).unwrap();
    assert_eq!(checked.thresholds.len(), THRESHOLDS.len());
    let today = Date::new(2026, 11, 26).unwrap();
    assert_eq!(
        threshold(yc_engine::params::id::TSME_MAX_EMPLOYEES, today),
        Some(rust_decimal::Decimal::from(500))
    );
    assert_eq!(
        bands(yc_engine::params::id::TSME_IP_OTHER_POINTS, today).map(<[_]>::to_vec),
        Some(vec![
            (4.into(), 24),
            (3.into(), 18),
            (2.into(), 12),
            (1.into(), 6)
        ])
    );
    // Before its first value a threshold is not in force.
    assert_eq!(
        threshold(
            yc_engine::params::id::TSME_MAX_EMPLOYEES,
            Date::new(2016, 12, 31).unwrap()
        ),
        None
    );
    for t in THRESHOLDS {
        assert!(!t.values.is_empty(), "{}", t.id);
        assert!(t.values.iter().all(|v| !v.source.is_empty()), "{}", t.id);
    }
}

/// Each problem names the line, the threshold and the cause.
#[test]
fn threshold_problems_are_named() {
    let table = |unit: &str, values: &str| {
        format!("version = \"1\"\n[[threshold]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"{unit}\"\nvalues = [{values}]\n")
    };
    let one =
        |v: &str| format!("\n  {{ from = \"2017-01-01\", value = \"{v}\", source = \"a\" }},\n");
    let cases: Vec<(String, &str)> = vec![
        (table("month_days", &one("04-30")), "unknown unit \"month_days\" (use \"yuan\", \"percent\", \"count\" or \"bands\")"),
        (table("count", ""), "a threshold needs a value"),
        (table("count", &one("1.5")), "not a whole number"),
        (table("bands", &one("30:20 35:10")), "not below the band before it"),
        (table("bands", &one("30-20")), "not a band as bound:points"),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"count\"\nvalues = []\n".into(),
            "unknown unit \"count\" (use \"yuan\", \"percent\" or \"month_days\")",
        ),
    ];
    for (text, want) in &cases {
        let problems = check("t.toml", text).unwrap_err();
        assert_eq!(problems.len(), 1, "{text}: {problems:?}");
        let p = &problems[0];
        assert_eq!(p.parameter.as_deref(), Some("x"));
        assert!(p.to_string().contains(want), "{p} lacks {want}");
    }
    assert!(check("t.toml", &table("bands", &one("30:20 25:16 10:4"))).is_ok());
    assert!(check("t.toml", &table("count", &one("500"))).is_ok());
}

/// A draft may repeat the published thresholds (a copy of the file) but never change one: they
/// are the national rules', not a guideline's.
#[test]
fn a_draft_cannot_change_a_threshold() {
    let text = shipped();
    assert!(draft_from_file("draft.toml", &text).is_ok());
    let changed = text.replacen("value = \"500\"", "value = \"600\"", 1);
    assert_ne!(changed, text);
    let problems = draft_from_file("draft.toml", &changed).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].parameter.as_deref(), Some("tsme_max_employees"));
    assert!(problems[0].message.contains("not a guideline value"));
}
