//! The command-line evaluator `yc-eval`: JSON out for a good profile, exit code 2 and a message
//! naming the cause for anything else.

use std::process::Command;
use yc_engine::CATALOGUE;

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
            r#"{"format":"yc-profile","version":2}"#,
            "version 2",
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
