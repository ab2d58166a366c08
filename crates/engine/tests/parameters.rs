//! Parameters as data: the shipped file's history, a set value changing exactly the cards that
//! use it, and the validation messages a non-programmer will read.

use rust_decimal::Decimal;
use yc_engine::catalogue::{Benefit, CATALOGUE};
use yc_engine::params::file::check;
use yc_engine::params::{in_force, in_force_with, Draft, DraftValue, Unit, DEFS};
use yc_engine::{evaluate_with, Date, Profile};

fn base() -> Profile {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/base.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    Profile::from_json_lenient(&text, Date::new(2026, 11, 26).unwrap())
        .unwrap()
        .0
}

/// The programmes whose benefit names the parameter.
fn users(id: &str) -> Vec<&'static str> {
    CATALOGUE
        .iter()
        .filter(|p| match &p.benefit {
            Benefit::Guideline { params, .. } => params.iter().any(|p| *p == id),
            Benefit::PilotBase { param } => *param == id,
            Benefit::FirstRecognition { cap, .. } => *cap == id,
            Benefit::PerRecognised { per, .. } => *per == id,
            Benefit::TaxDeduction { rate, .. } => {
                *rate == id || id == "cit_rate" || id == "hnte_cit_rate"
            }
            Benefit::TaxRate { reduced, standard } => *reduced == id || *standard == id,
            _ => false,
        })
        .map(|p| p.id)
        .collect()
}

fn draft(id: &'static str, value: &str) -> Draft {
    Draft {
        histories: vec![(
            id,
            vec![DraftValue {
                from: Date::new(2026, 1, 1).unwrap(),
                value: value.into(),
                source: "draft guideline, art. 1".into(),
            }],
        )],
    }
}

/// Setting any amount or rate changes exactly the cards that use it, and nothing else. Three
/// profiles (with and without a 高企 certificate, and one that leaves the industry and the
/// ownership open) between them reach every use (the tax rate in
/// force depends on the certificate).
#[test]
fn a_set_value_changes_exactly_the_cards_that_use_it() {
    let with = base();
    let mut without = base();
    without
        .set(
            yc_engine::Fact::HnteStatus,
            yc_engine::Value::Choice("never"),
        )
        .unwrap();
    // A parameter for some enterprises only (`only_if`: a software firm's rate, a state-owned
    // enterprise's amount) is used while the answers leave it open.
    let mut open = base();
    open.clear(yc_engine::Fact::Industries);
    open.clear(yc_engine::Fact::StateOwned);
    for def in DEFS.iter().filter(|d| d.unit != Unit::MonthDays) {
        let value = if def.unit == Unit::Percent {
            "7"
        } else {
            "123456"
        };
        let mut all_changed: Vec<&str> = Vec::new();
        for p in [&with, &without, &open] {
            let before = evaluate_with(p, &in_force(p.assessment_date));
            let after = evaluate_with(p, &in_force_with(p.assessment_date, &draft(def.id, value)));
            for (b, a) in before.results.iter().zip(&after.results) {
                if b != a {
                    assert!(
                        users(def.id).contains(&b.id()),
                        "{} changed {}",
                        def.id,
                        b.id()
                    );
                    if !all_changed.contains(&b.id()) {
                        all_changed.push(b.id());
                    }
                }
            }
        }
        let mut want = users(def.id);
        want.sort_unstable();
        all_changed.sort_unstable();
        assert_eq!(all_changed, want, "{}", def.id);
    }
}

#[test]
fn a_cap_changes_the_ceiling_the_known_maximum_and_what_a_change_would_open() {
    let mut p = base();
    let on = |p: &Profile, d: &Draft| evaluate_with(p, &in_force_with(p.assessment_date, d));
    let a = on(&p, &draft("hnte_first_cap", "600000"));
    let card = a.result("hnte-first-recognition").unwrap();
    assert_eq!(card.ceiling().unwrap().remaining, Decimal::from(600_000));
    assert_eq!(a.known_maximum, Decimal::from(600_000));
    assert_eq!(a.known_maximum_if_combined, Some(Decimal::from(900_000)));
    assert!(a
        .parameters_used
        .iter()
        .any(|x| x.id == "hnte_first_cap" && x.draft));

    p.set(
        yc_engine::Fact::HnteStatus,
        yc_engine::Value::Choice("never"),
    )
    .unwrap();
    let a = on(&p, &draft("hnte_first_cap", "600000"));
    let card = a.result("hnte-first-recognition").unwrap();
    assert_eq!(
        card.smallest_change.as_ref().unwrap().would_open,
        Some(Decimal::from(600_000))
    );
}

#[test]
fn a_guideline_rate_gives_the_pilot_amount() {
    let p = base();
    let a = evaluate_with(
        &p,
        &in_force_with(p.assessment_date, &draft("pilot_rate", "10")),
    );
    let pilot = a.result("pilot-maturation").unwrap();
    // 10 % of the countable base 6,500,000.
    assert_eq!(pilot.pilot().unwrap().amount, Some(Decimal::from(650_000)));
}

/// The same profile assessed before and after a value's `from` date.
#[test]
fn a_new_dated_value_applies_from_its_date() {
    let mut p = base();
    let d = Draft {
        histories: vec![(
            "hnte_first_cap",
            vec![
                DraftValue {
                    from: Date::new(2022, 9, 14).unwrap(),
                    value: "500000".into(),
                    source: "yc2022-029 §2.1".into(),
                },
                DraftValue {
                    from: Date::new(2027, 1, 1).unwrap(),
                    value: "550000".into(),
                    source: "draft guideline 2027, art. 2".into(),
                },
            ],
        )],
    };
    let cap_on = |p: &Profile| {
        evaluate_with(p, &in_force_with(p.assessment_date, &d))
            .results
            .iter()
            .find(|r| r.id() == "hnte-first-recognition")
            .and_then(|r| r.ceiling().map(|c| c.cap))
    };
    p.assessment_date = Date::new(2026, 12, 31).unwrap();
    assert_eq!(cap_on(&p), Some(Decimal::from(500_000)));
    p.assessment_date = Date::new(2027, 1, 1).unwrap();
    assert_eq!(cap_on(&p), Some(Decimal::from(550_000)));
}

/// Each validation problem names the file, the line, the parameter and the cause.
#[test]
fn validation_messages_name_the_file_line_parameter_and_cause() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"furlong\"\nvalues = []\n",
            6,
            "unknown unit \"furlong\"",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"yuan\"\nvalues = [\n  { from = \"2027-01-01\", value = \"5\" },\n]\n",
            8,
            "no source",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"yuan\"\nvalues = [\n  { from = \"2028-01-01\", value = \"5\", source = \"a\" },\n  { from = \"2027-01-01\", value = \"6\", source = \"b\" },\n]\n",
            9,
            "not after the value before it",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"percent\"\nvalues = [\n  { from = \"2027-01-01\", value = \"120\", source = \"a\" },\n]\n",
            8,
            "outside 0–100 %",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"yuan\"\nvalues = [\n  { from = \"2027-01-01\", value = \"-5\", source = \"a\" },\n]\n",
            8,
            "negative",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"yuan\"\nvalues = [\n  { from = \"2027-02-30\", value = \"5\", source = \"a\" },\n]\n",
            8,
            "not a real date",
        ),
        (
            "version = \"1\"\n[[parameter]]\nid = \"x\"\nzh = \"甲\"\nen = \"x\"\nunit = \"yuan\"\nvalu = []\n",
            7,
            "unknown field `valu`",
        ),
    ];
    for (text, line, cause) in cases {
        let problems = check("draft.toml", text).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            shown
                .iter()
                .any(|p| p.starts_with(&format!("draft.toml:{line}:")) && p.contains(cause)),
            "expected line {line} and {cause:?} in {shown:?}"
        );
        if !cause.starts_with("unknown field") {
            assert!(shown.iter().any(|p| p.contains("parameter x")), "{shown:?}");
        }
    }
}

#[test]
fn the_shipped_file_passes_its_own_checks() {
    let text = std::fs::read_to_string(format!(
        "{}/../../policy/parameters.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let checked = check("policy/parameters.toml", &text).unwrap();
    assert_eq!(checked.parameters.len(), DEFS.len());
}

/// A value meant for some enterprises only is not shown to one the answers rule out: a software
/// firm that is not state-owned sees the software rate, not the general rate or the state-owned
/// enterprise's per-project amount; a state-owned enterprise sees only its per-project amount.
#[test]
fn a_guideline_value_for_other_enterprises_is_left_out() {
    use yc_engine::{Fact, Value};
    let shown = |p: &Profile| -> Vec<&'static str> {
        let d = Draft {
            histories: [
                "rd_post_subsidy_rate",
                "rd_post_subsidy_software_rate",
                "rd_post_subsidy_soe_project",
            ]
            .into_iter()
            .map(|id| {
                (
                    id,
                    vec![DraftValue {
                        from: Date::new(2026, 1, 1).unwrap(),
                        value: if id.ends_with("project") {
                            "300000".into()
                        } else {
                            "10".into()
                        },
                        source: "draft".into(),
                    }],
                )
            })
            .collect(),
        };
        let a = evaluate_with(p, &in_force_with(p.assessment_date, &d));
        let card = a.result("rd-post-subsidy").unwrap();
        let g = card.guideline().expect("a guideline amount");
        g.parameters.iter().map(|p| p.id).collect()
    };
    let mut p = base();
    p.set(Fact::StateOwned, Value::Bool(false)).unwrap();
    p.set(Fact::Industries, Value::Set(vec!["software"]))
        .unwrap();
    assert_eq!(shown(&p), ["rd_post_subsidy_software_rate"]);
    p.set(Fact::Industries, Value::Set(vec!["new_materials"]))
        .unwrap();
    assert_eq!(shown(&p), ["rd_post_subsidy_rate"]);
    p.set(Fact::StateOwned, Value::Bool(true)).unwrap();
    assert_eq!(shown(&p), ["rd_post_subsidy_soe_project"]);
    p.clear(Fact::StateOwned);
    p.clear(Fact::Industries);
    assert_eq!(
        shown(&p).len(),
        3,
        "all three while the answers leave both open"
    );
}
