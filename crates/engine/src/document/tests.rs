//! Unit tests of `document` (kept beside it so the module itself stays readable).

use super::*;

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

fn load(text: &str) -> Result<(Profile, Vec<LoadIssue>), LoadError> {
    Profile::from_json_lenient(text, today())
}

fn refusal(text: &str) -> LoadError {
    load(text).expect_err(text)
}

/// Both messages of an error, each checked for what it must say.
fn says(e: &LoadError, zh: &str, en: &str) {
    let (z, n) = (e.message(Lang::Zh), e.message(Lang::En));
    assert!(z.contains(zh), "{e:?}: {z}");
    assert!(n.contains(en), "{e:?}: {n}");
}

#[test]
fn too_large_is_measured_before_decoding() {
    // A file that the limit cuts in the middle of a character is still "too large".
    let mut text = String::from(r#"{"format":"yc-profile","version":1,"answers":{"x":""#);
    while text.len() <= MAX_PROFILE_BYTES + 8 {
        text.push('银');
    }
    let cut = &text.as_bytes()[..MAX_PROFILE_BYTES + 1];
    assert!(
        std::str::from_utf8(cut).is_err(),
        "the cut falls inside a character"
    );
    let e = Profile::from_json_bytes(cut, Some(today())).unwrap_err();
    assert_eq!(e, LoadError::TooLarge);
    says(&e, "文件过大（超过 64 KB）", "too large (over 64 KB)");
    assert_eq!(refusal(&text), LoadError::TooLarge);
    let spaces = " ".repeat(MAX_PROFILE_BYTES + 1);
    assert_eq!(refusal(&spaces), LoadError::TooLarge);
}

#[test]
fn bytes_that_are_not_text() {
    let e = Profile::from_json_bytes(b"{\"format\":\"yc-\xff\"}", Some(today())).unwrap_err();
    assert_eq!(e, LoadError::NotUtf8);
    says(&e, "不是 UTF-8", "not UTF-8 text");
}

#[test]
fn json_syntax_errors_name_what_and_where() {
    let cases = [
        ("{", JsonWhat::EndsEarly, "中途结束", "ends too early"),
        (
            "{\"format\": \"yc-profile\",\n \"version\": 01}",
            JsonWhat::BadNumber,
            "前导零",
            "leading zero",
        ),
        (
            r#"{"format": "yc-\x"}"#,
            JsonWhat::BadEscape,
            "无效的转义",
            "invalid escape",
        ),
        (
            r#"{"format": "\ud800"}"#,
            JsonWhat::BadUnicodeEscape,
            "\\u 转义",
            "\\u escape",
        ),
        (
            "{\"format\": \"a\nb\"}",
            JsonWhat::ControlCharacter,
            "控制字符",
            "control character",
        ),
        (
            r#"{"version": 1,}"#,
            JsonWhat::TrailingComma,
            "多了逗号",
            "comma after the last",
        ),
        (
            "{} {}",
            JsonWhat::TrailingCharacters,
            "多余的内容",
            "more text after",
        ),
        (
            "{version: 1}",
            JsonWhat::KeyNotAString,
            "双引号",
            "double quotes",
        ),
        (r#"{"version" 1}"#, JsonWhat::ExpectedColon, "冒号", "colon"),
        (
            r#"{"version": 1 "format": 2}"#,
            JsonWhat::ExpectedCommaOrEnd,
            "逗号",
            "comma",
        ),
        (
            r#"{"version": }"#,
            JsonWhat::ExpectedValue,
            "应为一个值",
            "value was expected",
        ),
        (
            "这不是 JSON",
            JsonWhat::ExpectedValue,
            "应为一个值",
            "value was expected",
        ),
        (
            r#"{"version": 1.}"#,
            JsonWhat::BadNumber,
            "数字写法无效",
            "number is written wrongly",
        ),
        (
            r#"{"version": -}"#,
            JsonWhat::BadNumber,
            "数字写法无效",
            "number is written wrongly",
        ),
    ];
    for (text, what, zh, en) in cases {
        let e = refusal(text);
        let LoadError::NotJson(fault) = &e else {
            panic!("{text:?}: {e:?}");
        };
        assert_eq!(fault.what, what, "{text:?}");
        says(&e, "不是有效的 JSON", "not valid JSON");
        says(&e, zh, en);
    }
    let e = refusal("{\"format\": \"yc-profile\",\n \"version\": 01}");
    says(&e, "第 2 行", "line 2");
    let deep = "[".repeat(300) + &"]".repeat(300);
    assert!(matches!(
        refusal(&deep),
        LoadError::NotJson(JsonFault {
            what: JsonWhat::TooDeep,
            ..
        })
    ));
}

#[test]
fn the_document_must_be_an_object_of_this_format() {
    for text in [
        "[]",
        "[1, {\"a\": 2}]",
        "\"yc-profile\"",
        "12",
        "null",
        "true",
    ] {
        let e = refusal(text);
        assert_eq!(e, LoadError::NotAnObject, "{text}");
        says(&e, "JSON 对象", "JSON object");
    }
    let e = refusal(r#"{"version": 1, "answers": {}}"#);
    assert_eq!(e, LoadError::MissingFormat);
    says(
        &e,
        "缺少 \"format\"",
        "\"format\": \"yc-profile\" is missing",
    );
    for text in [
        r#"{"format": "yc-other", "version": 1}"#,
        r#"{"format": 1, "version": 1}"#,
        r#"{"format": ["yc-profile"], "version": 1}"#,
    ] {
        let e = refusal(text);
        assert_eq!(e, LoadError::WrongFormat, "{text}");
        says(&e, "应为 \"yc-profile\"", "must be \"yc-profile\"");
    }
}

#[test]
fn versions() {
    let e = refusal(r#"{"format": "yc-profile"}"#);
    assert_eq!(e, LoadError::MissingVersion);
    says(&e, "缺少格式版本", "version (\"version\") is missing");
    for v in ["\"1\"", "true", "[1]", "{\"major\": 1}"] {
        let e = refusal(&format!(r#"{{"format": "yc-profile", "version": {v}}}"#));
        assert_eq!(e, LoadError::VersionNotANumber, "{v}");
        says(&e, "应为数字", "must be a number");
    }
    for v in ["0", "-1", "1.5", "1.0", "1e0", "99999999999999999999"] {
        let e = refusal(&format!(r#"{{"format": "yc-profile", "version": {v}}}"#));
        assert_eq!(e, LoadError::InvalidVersion, "{v}");
        says(&e, "不是有效的格式版本", "not a valid format version");
    }
    let newer = PROFILE_VERSION + 1;
    let e = refusal(&format!(
        r#"{{"format": "yc-profile", "version": {newer}, "extra": true}}"#
    ));
    assert_eq!(e, LoadError::UnsupportedVersion(newer));
    says(&e, &format!("版本为 {newer}"), "Please use a newer release");
}

#[test]
fn unknown_top_level_keys_are_named() {
    let e = refusal(r#"{"format": "yc-profile", "version": 1, "answer": {"location": "jinfeng"}}"#);
    assert_eq!(e, LoadError::UnknownKey("answer".into()));
    says(&e, "\"answer\"", "Unknown key \"answer\"");
}

#[test]
fn repeated_keys_are_refused_at_every_level() {
    let cases = [
        (
            r#"{"format": "yc-profile", "version": 1, "version": 1}"#,
            "version",
        ),
        (
            r#"{"format": "yc-profile", "version": 1, "answers": {"revenue": "1", "revenue": "2"}}"#,
            "answers.revenue",
        ),
        (
            r#"{"format": "yc-profile", "version": 1, "answers": {"bogus": {"a": 1, "a": 1}}}"#,
            "answers.bogus.a",
        ),
        (
            r#"{"format": "yc-profile", "version": 1, "answers": {"industries": [{"a": 1, "a": 2}]}}"#,
            "answers.industries[0].a",
        ),
        (
            r#"{"format": "yc-profile", "version": 1, "x": [[{"b": {"c": 1, "c": 2}}]]}"#,
            "x[0][0].b.c",
        ),
        (r#"{"format": {"a": 1, "a": 2}, "version": 1}"#, "format.a"),
        // Escapes do not hide a repeat: "\u0061" is "a".
        (
            r#"{"format": "yc-profile", "version": 1, "answers": {"sme": true, "\u0073me": false}}"#,
            "answers.sme",
        ),
    ];
    for (text, path) in cases {
        let e = refusal(text);
        assert_eq!(e, LoadError::DuplicateKey(path.into()), "{text}");
        says(
            &e,
            &format!("\"{path}\" 出现了不止一次"),
            &format!("\"{path}\" appears more than once"),
        );
    }
}

#[test]
fn the_assessment_date() {
    let (p, _) =
        load(r#"{"format": "yc-profile", "version": 1, "assessment_date": null}"#).unwrap();
    assert_eq!(p.assessment_date, today(), "the caller's date fills in");
    for text in [
        r#"{"format": "yc-profile", "version": 1}"#,
        r#"{"format": "yc-profile", "version": 1, "assessment_date": null}"#,
    ] {
        let e = Profile::from_json_bytes(text.as_bytes(), None).unwrap_err();
        assert_eq!(e, LoadError::MissingAssessmentDate);
        says(&e, "缺少评估日期", "no \"assessment_date\"");
    }
    for d in [
        "\"2026-2-01\"",
        "\"2026/11/26\"",
        "20261126",
        "\"2026-02-30\"",
        "true",
    ] {
        let e = refusal(&format!(
            r#"{{"format": "yc-profile", "version": 1, "assessment_date": {d}}}"#
        ));
        assert_eq!(e, LoadError::BadAssessmentDate, "{d}");
        says(&e, "评估日期无效", "assessment date is invalid");
    }
}

#[test]
fn answers_must_be_an_object() {
    for a in ["[]", "\"jinfeng\"", "1", "[{\"location\": \"jinfeng\"}]"] {
        let e = refusal(&format!(
            r#"{{"format": "yc-profile", "version": 1, "answers": {a}}}"#
        ));
        assert_eq!(e, LoadError::AnswersNotAnObject, "{a}");
        says(
            &e,
            "\"answers\" 应为一个对象",
            "\"answers\" must be an object",
        );
    }
    let (p, issues) = load(r#"{"format": "yc-profile", "version": 1, "answers": null}"#).unwrap();
    assert!(issues.is_empty() && p.answers().next().is_none());
}

#[test]
fn answers_are_read_exactly_or_dropped_with_a_reason() {
    let (p, issues) = load(
        r#"{"format": "yc-profile", "version": 1, "answers": {
            "revenue": 35000000, "total_assets": "1.5亿", "rd_expense": 1234.56,
            "employees": 12, "tech_staff": -1, "innovation_score": 1e2, "hnte_paid": 0.125,
            "giant_paid": 123456789012345678901234567890, "pilot_land": 0.1000000000000000055511,
            "industries": ["software", "mars"], "sme": "yes", "location": "jinfeng",
            "industrial": true, "hnte_date": "2025年6月30日", "registration_date": "2015/03/01",
            "bogus": 1, "also_bogus": null, "state_owned": null
        }}"#,
    )
    .unwrap();
    let yuan = |n: i64, scale: u32| Some(rust_decimal::Decimal::new(n, scale));
    assert_eq!(p.number(Fact::Revenue), yuan(35_000_000, 0));
    assert_eq!(p.number(Fact::TotalAssets), yuan(150_000_000, 0));
    // A JSON number with decimals is read from its text, exactly, as a string would be.
    assert_eq!(p.number(Fact::RdExpense), yuan(123_456, 2));
    assert_eq!(p.number(Fact::Employees), yuan(12, 0));
    assert_eq!(p.choice(Fact::Location), Some("jinfeng"));
    assert_eq!(p.bool(Fact::Industrial), Some(true));
    assert_eq!(
        p.date(Fact::HnteDate).map(|d| d.to_string()),
        Some("2025-06-30".into())
    );
    assert!(!p.is_answered(Fact::StateOwned));
    let got: Vec<(&str, Option<InputError>)> = issues
        .iter()
        .map(|i| (i.key.as_str(), i.error.clone()))
        .collect();
    let too_large = InputError::TooLarge {
        max: "1万亿 (1,000,000,000,000)".into(),
    };
    assert_eq!(
        got,
        vec![
            ("tech_staff", Some(InputError::Negative)),
            ("innovation_score", Some(InputError::NotACount)),
            ("hnte_paid", Some(InputError::TooManyDecimals)),
            ("giant_paid", Some(too_large)),
            // What a float would have rounded to 0.1 is refused, not rounded.
            ("pilot_land", Some(InputError::TooManyDecimals)),
            ("industries", Some(InputError::NotAnOption)),
            ("sme", Some(InputError::WrongType)),
            ("registration_date", Some(InputError::BadDate)),
            ("bogus", None),
        ]
    );
}

#[test]
fn one_answer_as_json_text() {
    assert_eq!(
        Value::from_json_text(Fact::Revenue, "\"50万\""),
        Ok(Value::Money(rust_decimal::Decimal::from(500_000)))
    );
    assert_eq!(
        Value::from_json_text(Fact::Industries, r#"["wine", "software", "wine"]"#),
        Ok(Value::Set(vec!["software", "wine"]))
    );
    assert_eq!(
        Value::from_json_text(Fact::Sme, "null"),
        Err(InputError::Empty)
    );
    assert_eq!(
        Value::from_json_text(Fact::Sme, "tru"),
        Err(InputError::WrongType)
    );
}

#[test]
fn written_documents_read_back() {
    let mut p = Profile::new(today());
    p.set(
        Fact::Revenue,
        Value::Money(rust_decimal::Decimal::new(123_456, 2)),
    )
    .unwrap();
    p.set(Fact::Industries, Value::Set(vec!["software", "wine"]))
        .unwrap();
    let text = p.to_json_string();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["format"], "yc-profile");
    assert_eq!(doc["version"], PROFILE_VERSION);
    assert_eq!(doc["answers"]["revenue"], "1234.56", "money is a string");
    assert_eq!(load(&text).unwrap(), (p, Vec::new()));
}
