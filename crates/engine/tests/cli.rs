//! `yc-eval` reads profile documents by the same rules as the app and says what is wrong, in
//! the language asked for; it never evaluates a profile without a real assessment date.

use std::io::Write;
use std::process::{Command, Stdio};

fn yc_eval(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yc-eval"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may stop reading early (at the size limit); a closed pipe is not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// Exit code 2, nothing on standard output, and the message says `en` (English) and `zh`.
fn refused(stdin: &[u8], en: &str, zh: &str) {
    let (code, out, err) = yc_eval(&["--today", "2026-11-26", "-"], stdin);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains(en), "{err}");
    let (code, _, err) = yc_eval(&["--lang", "zh", "--today", "2026-11-26", "-"], stdin);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(zh), "{err}");
}

#[test]
fn an_assessment_date_is_required() {
    for doc in [
        r#"{"format":"yc-profile","version":1,"answers":{"location":"jinfeng"}}"#,
        r#"{"format":"yc-profile","version":1,"assessment_date":null,"answers":{}}"#,
    ] {
        let (code, out, err) = yc_eval(&["-"], doc.as_bytes());
        assert_eq!(code, 2, "{doc}: {err}");
        assert!(out.is_empty(), "never a silent default date: {out}");
        assert!(
            err.contains("assessment_date") && err.contains("--today"),
            "{err}"
        );
        let (code, out, err) = yc_eval(&["--today", "2026-11-26", "-"], doc.as_bytes());
        assert_eq!(code, 0, "{err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["assessment_date"], "2026-11-26");
    }
    let (code, _, err) = yc_eval(&["--today", "2026/11/26", "-"], b"{}");
    assert_eq!(code, 2);
    assert!(err.contains("--today takes a date YYYY-MM-DD"), "{err}");
}

#[test]
fn a_large_file_is_too_large_wherever_the_limit_cuts_it() {
    let mut doc = String::from(r#"{"format":"yc-profile","version":1,"answers":{"x":""#);
    while doc.len() < 70 * 1024 {
        doc.push('银');
    }
    doc.push_str("\"}}");
    assert!(
        std::str::from_utf8(&doc.as_bytes()[..64 * 1024 + 1]).is_err(),
        "the limit falls inside a character"
    );
    refused(doc.as_bytes(), "too large (over 64 KB)", "文件过大");
    let (_, _, err) = yc_eval(&["--today", "2026-11-26", "-"], doc.as_bytes());
    assert!(!err.contains("UTF-8"), "{err}");
}

#[test]
fn each_refusal_names_its_cause() {
    let p =
        |rest: &str| format!(r#"{{"format":"yc-profile","assessment_date":"2026-11-26",{rest}}}"#);
    let cases: Vec<(String, &str, &str)> = vec![
        (p(r#""version":"1""#), "must be a number", "应为数字"),
        (
            p(r#""version":0"#),
            "not a valid format version",
            "不是有效的格式版本",
        ),
        (p(r#""version":01"#), "leading zero", "前导零"),
        (
            p(r#""answers":{}"#),
            "\"version\") is missing",
            "缺少格式版本",
        ),
        (
            r#"{"version":1,"answers":{}}"#.into(),
            "\"format\": \"yc-profile\" is missing",
            "缺少 \"format\"",
        ),
        (
            p(r#""version":1,"answer":{"location":"jinfeng"}"#),
            "Unknown key \"answer\"",
            "无法识别的项目 \"answer\"",
        ),
        (
            p(r#""version":1,"answers":{"location":"jinfeng","location":"xixia"}"#),
            "\"answers.location\" appears more than once",
            "\"answers.location\" 出现了不止一次",
        ),
        (
            p(r#""version":1,"answers":{"location":"jin\qfeng"}"#),
            "invalid escape",
            "无效的转义",
        ),
        (
            p(r#""version":1,"answers":{"revenue":1234.567}"#),
            "at most two decimal places",
            "两位小数",
        ),
    ];
    for (doc, en, zh) in cases {
        refused(doc.as_bytes(), en, zh);
    }
    refused(b"\xff\xfe{}", "not UTF-8 text", "不是 UTF-8");
}

#[test]
fn cli_prints_the_assessment_as_json() {
    let base = format!("{}/tests/fixtures/base.json", env!("CARGO_MANIFEST_DIR"));
    let (code, out, err) = yc_eval(&[&base], b"");
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Both first recognitions count once (the larger, 50万); both added only "if the bureau
    // allows both"; the talents' money is its own line.
    assert_eq!(json["known_maximum"], "500000");
    assert_eq!(json["known_maximum_if_combined"], "800000");
    assert_eq!(
        json["results"].as_array().unwrap().len(),
        yc_engine::CATALOGUE.len()
    );
    let (code, out, _) = yc_eval(
        &["--today", "2028-01-01", "-"],
        &std::fs::read(&base).unwrap(),
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // --today sets the assessment date: by 2028 both support periods are over; the talents'
    // money remains, on its own line.
    assert_eq!(json["assessment_date"], "2028-01-01");
    assert_eq!(json["known_maximum"], "0");
    assert_eq!(json["talent_maximum"], "800000");
}

/// Once a panic (exit 101): a sum past what a Decimal holds, after 亿.
#[test]
fn an_overflowing_amount_is_too_large_not_a_crash() {
    let doc = r#"{"format":"yc-profile","version":1,"assessment_date":"2026-01-01","answers":{"revenue":"1亿79228162514264337593543950335"}}"#;
    let (code, out, err) = yc_eval(&["-"], doc.as_bytes());
    assert_ne!(code, 101, "{err}");
    assert!(
        err.contains("too large") || out.contains("too_large"),
        "{code}: {err}{out}"
    );
}

/// `--params`: a draft parameters file is checked strictly and used instead of the published one.
#[test]
fn a_draft_parameters_file_is_checked_and_used() {
    let dir = std::env::temp_dir().join(format!("yc-eval-params-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let published = std::fs::read_to_string(format!(
        "{}/../../policy/parameters.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let base = format!("{}/tests/fixtures/base.json", env!("CARGO_MANIFEST_DIR"));
    let pilot_rate = |r: &str| {
        let json: serde_json::Value = serde_json::from_str(r).unwrap();
        json["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == "pilot-maturation")
            .unwrap()["pilot"]["amount"]
            .clone()
    };
    // The published file: no rate, no amount.
    let (code, out, err) = yc_eval(&[&base], b"");
    assert_eq!(code, 0, "{err}");
    assert_eq!(pilot_rate(&out), serde_json::Value::Null);

    // A draft with the 2026 guideline's rate: 10 % of the countable base 6,500,000.
    let draft = published.replacen(
        "id = \"pilot_rate\"\nzh = \"中试熟化项目支持比例（占可计入投资额）\"\nen = \"Pilot-scale support rate (share of the countable investment)\"\nunit = \"percent\"\nclause = \"3.3.2\"\nvalues = []",
        "id = \"pilot_rate\"\nzh = \"中试熟化项目支持比例（占可计入投资额）\"\nen = \"Pilot-scale support rate (share of the countable investment)\"\nunit = \"percent\"\nclause = \"3.3.2\"\nvalues = [\n  { from = \"2026-03-01\", value = \"10\", source = \"draft guideline, art. 3\" },\n]",
        1,
    );
    assert_ne!(draft, published, "the test edits the pilot rate");
    let path = dir.join("draft.toml");
    std::fs::write(&path, &draft).unwrap();
    let (code, out, err) = yc_eval(&["--params", path.to_str().unwrap(), &base], b"");
    assert_eq!(code, 0, "{err}");
    assert_eq!(pilot_rate(&out), "650000");

    // A value without a source is refused with its file, line and parameter.
    let bad = draft.replace(", source = \"draft guideline, art. 3\"", "");
    std::fs::write(&path, &bad).unwrap();
    let (code, out, err) = yc_eval(&["--params", path.to_str().unwrap(), &base], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("draft.toml:")
            && err.contains("parameter pilot_rate")
            && err.contains("no source"),
        "{err}"
    );

    // A parameter the calculator does not know.
    let unknown = draft.replace("id = \"pilot_rate\"", "id = \"pilot_rates\"");
    std::fs::write(&path, &unknown).unwrap();
    let (code, _, err) = yc_eval(&["--params", path.to_str().unwrap(), &base], b"");
    assert_eq!(code, 2);
    assert!(err.contains("no such parameter"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// `--batch` screens a GBK list: standard error names the columns read and every bad cell, the
/// output has a row per enterprise; without `--today` it refuses.
#[test]
fn a_list_is_screened_in_batch() {
    let list = "名单\n企业名称,营业收入（万元）,研发费用（万元）,职工人数,国有企业\n\
        宁夏甲科技有限公司,1500,120,80,否\n宁夏乙科技有限公司,abc,,25,是\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(list);
    let dir = std::env::temp_dir().join(format!("yc-eval-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("list.csv");
    std::fs::write(&input, &gbk).unwrap();
    let input = input.to_str().unwrap();

    let (code, out, err) = yc_eval(&["--batch", input], b"");
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("--today"), "{err}");

    let (code, out, err) = yc_eval(&["--batch", input, "--today", "2026-12-05"], b"");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("CSV in GB18030"), "{err}");
    assert!(
        err.contains("Row 4, column B (营业收入（万元）), \"abc\""),
        "{err}"
    );
    assert!(
        err.contains("2 rows read (header on line 2), 1 with cells that could not be read"),
        "{err}"
    );
    let lines: Vec<&str> = out.trim_end().lines().collect();
    assert!(lines[0].starts_with("\u{feff}\"Yinchuan"), "{}", lines[0]);
    assert!(
        lines[2].starts_with("3,宁夏甲科技有限公司,"),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with("4,宁夏乙科技有限公司,"),
        "{}",
        lines[3]
    );

    let results = dir.join("results.csv");
    let (code, out, err) = yc_eval(
        &[
            "--batch",
            input,
            "--today",
            "2026-12-05",
            "--lang",
            "zh",
            "--out",
            results.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("第 4 行 B 列"), "{err}");
    let written = std::fs::read_to_string(&results).unwrap();
    assert!(written.contains("名单中的行号"), "{written}");

    // An `.xlsx` output is a workbook: its first sheet holds the same rows as the CSV.
    let workbook = dir.join("results.xlsx");
    let (code, _, err) = yc_eval(
        &[
            "--batch",
            input,
            "--today",
            "2026-12-05",
            "--lang",
            "zh",
            "--out",
            workbook.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&workbook).unwrap();
    let (sheet, name) = yc_engine::list::Sheet::from_xlsx(&bytes, None).unwrap();
    assert_eq!(name, "筛查结果");
    assert_eq!(sheet.rows.len(), 3, "the header and two enterprises");
    assert_eq!(sheet.rows[0][0], "名单中的行号");
    assert_eq!(sheet.rows[1][1], "宁夏甲科技有限公司");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn what_if_prints_each_step_still_to_take() {
    use yc_engine::examples::EXAMPLES;
    let today = yc_engine::Date::parse_iso("2026-06-30").unwrap();
    let ex = EXAMPLES
        .iter()
        .find(|e| e.id == "software-startup")
        .unwrap();
    let (profile, _) = yc_engine::Profile::from_fragment(&ex.fragment_on(today), today).unwrap();
    let doc = profile.to_json_string();
    let (code, out, err) = yc_eval(&["--what-if", "all", "-"], doc.as_bytes());
    assert_eq!(code, 0, "{err}");
    // Registered this year already: no 入库 scenario, and standard error says why.
    assert!(err.contains("--what-if tsme: left out"), "{err}");
    // It spends on R&D already: no "R&D above zero" step either.
    assert!(err.contains("--what-if rd: left out"), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = yc_engine::evaluate(&profile);
    assert_eq!(json["range"]["secure"], a.known_maximum.to_string());
    let steps: Vec<&str> = json["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["hnte", "giant"]);
    let hnte = &json["scenarios"][0];
    assert_eq!(hnte["on"], "2026-06-30");
    let first = hnte["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "hnte-first-recognition")
        .expect("the first-recognition card opens");
    assert_eq!(first["before"]["kind"], "not_eligible");
    let (code, _, err) = yc_eval(&["--what-if", "everything", "-"], doc.as_bytes());
    assert_eq!(code, 2);
    assert!(
        err.contains("--what-if takes tsme, hnte, giant, rd or all"),
        "{err}"
    );
}
