//! Checks of the catalogue as data: ids, citations, quotes, and the command-line evaluator.

use std::process::Command;
use yc_engine::clauses::clause_text;
use yc_engine::CATALOGUE;

#[test]
fn ids_are_unique_and_stable_in_form() {
    let mut seen = std::collections::HashSet::new();
    for p in CATALOGUE {
        assert!(seen.insert(p.id), "duplicate id {}", p.id);
        assert!(
            p.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            p.id
        );
        assert!(!p.name.zh.is_empty() && !p.name.en.is_empty());
    }
}

#[test]
fn every_rule_cites_a_clause_and_quotes_it_verbatim() {
    for p in CATALOGUE {
        assert!(!p.clauses.is_empty(), "{} cites nothing", p.id);
        for c in p.clauses {
            assert!(
                clause_text(c).is_some(),
                "{} cites unknown clause {c}",
                p.id
            );
        }
        let main = clause_text(p.clauses[0]).unwrap();
        assert!(
            main.contains(p.quote),
            "{}: quote is not in clause {}",
            p.id,
            p.clauses[0]
        );
        for cr in p.criteria {
            assert!(
                clause_text(cr.clause).is_some(),
                "{}.{} cites unknown clause {}",
                p.id,
                cr.id,
                cr.clause
            );
        }
        // Every next step names a channel or place its clause names.
        let c = p
            .next_step
            .clause
            .unwrap_or_else(|| panic!("{}: the next step cites no clause", p.id));
        assert!(
            clause_text(c).is_some(),
            "{}: next step cites unknown clause {c}",
            p.id
        );
        for n in p.notes {
            assert!(
                clause_text(n.clause).is_some(),
                "{}: note cites unknown clause {}",
                p.id,
                n.clause
            );
        }
    }
}

#[test]
fn the_fixed_amounts_are_those_of_the_text() {
    let text = clause_text("2.1").unwrap();
    assert!(
        text.contains("高新技术企业累计最高补助50万元")
            && text.contains("科技小巨人企业累计最高补助30万元")
    );
    assert!(clause_text("2.3")
        .unwrap()
        .contains("分别给予30万和50万元的经费支持"));
}

fn yc_eval(args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_yc-eval"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn cli_prints_the_assessment_as_json() {
    let base = format!("{}/tests/fixtures/base.json", env!("CARGO_MANIFEST_DIR"));
    let (code, out, err) = yc_eval(&[&base], "");
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Both first recognitions count once (the larger, 50万); both added only "if the bureau
    // allows both"; the talents' money is its own line.
    assert_eq!(json["known_maximum"], "500000");
    assert_eq!(json["known_maximum_if_combined"], "800000");
    assert_eq!(json["results"].as_array().unwrap().len(), CATALOGUE.len());
    let (code, out, _) = yc_eval(
        &["--today", "2028-01-01", "-"],
        &std::fs::read_to_string(&base).unwrap(),
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // By 2028 both support periods are over; the talents' money remains, on its own line.
    assert_eq!(json["known_maximum"], "0");
    assert_eq!(json["talent_maximum"], "800000");
}

#[test]
fn cli_refuses_bad_input_with_exit_code_2() {
    for (args, stdin, says) in [
        (vec!["-"], "not json", "not valid JSON"),
        (
            vec!["-"],
            r#"{"format":"yc-profile","version":1,"assessment_date":"2026-01-01","answers":{"revenue":"-5"}}"#,
            "negative",
        ),
        (
            vec!["-"],
            r#"{"format":"yc-profile","version":3}"#,
            "version 3",
        ),
        (
            vec!["-"],
            r#"{"format":"yc-profile","version":1,"answers":{}}"#,
            "--today",
        ),
        (vec!["/nonexistent/profile.json"], "", "cannot read"),
        (vec!["--lang", "fr"], "", "--lang"),
        // Once a panic (exit 101): a sum past Decimal's range.
        (
            vec!["-"],
            r#"{"format":"yc-profile","version":1,"assessment_date":"2026-01-01","answers":{"revenue":"1亿79228162514264337593543950335"}}"#,
            "too large",
        ),
    ] {
        let (code, out, err) = yc_eval(&args, stdin);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let (code, _, err) = yc_eval(
        &["--lang", "zh", "-"],
        r#"{"format":"yc-profile","version":1,"assessment_date":"2026-01-01","answers":{"employees":"abc","revenue":"12,5"}}"#,
    );
    assert_eq!(code, 2);
    assert!(err.contains("请输入整数"), "{err}");
    assert!(
        err.contains("请输入数字"),
        "a misplaced thousands separator is refused: {err}"
    );
}

#[test]
fn the_engine_has_no_web_dependencies() {
    let manifest = include_str!("../Cargo.toml");
    for web in ["yew", "web-sys", "wasm-bindgen", "gloo", "js-sys"] {
        assert!(
            !manifest.contains(web),
            "the engine must not depend on {web}"
        );
    }
}

#[test]
fn every_guideline_amount_has_a_parameter() {
    use yc_engine::catalogue::Benefit;
    let params = yc_engine::params::defaults();
    for p in CATALOGUE {
        let ids: &[&str] = match &p.benefit {
            Benefit::Guideline { params, .. } => params,
            Benefit::PilotBase { param } => std::slice::from_ref(param),
            _ => &[],
        };
        for param in ids {
            let found = yc_engine::params::find(&params, param);
            assert!(found.is_some(), "{}: no parameter {param}", p.id);
            assert_eq!(
                found.unwrap().value,
                None,
                "{param} must stay unset until a guideline fixes it"
            );
        }
    }
}
