//! Tests of the dated parameters and thresholds.

use super::*;
use std::str::FromStr;

/// The build script reads every value once; what it wrote is what the text says.
#[test]
fn every_value_is_read_by_the_build_as_written() {
    let all = DEFS
        .iter()
        .flat_map(|d| d.values)
        .chain(THRESHOLDS.iter().flat_map(|d| d.values));
    let mut kinds = [0; 3];
    for v in all {
        let words: Vec<&str> = v.value.split_whitespace().collect();
        match v.parsed {
            Parsed::Number(n) => {
                kinds[0] += 1;
                assert_eq!(Some(n), Decimal::from_str(v.value).ok(), "{}", v.value);
                assert_eq!(n.to_string(), v.value);
            }
            Parsed::Days(days) => {
                kinds[1] += 1;
                let want: Vec<String> =
                    days.iter().map(|(m, d)| format!("{m:02}-{d:02}")).collect();
                assert_eq!(want, words, "{}", v.value);
            }
            Parsed::Bands(bands) => {
                kinds[2] += 1;
                let want: Vec<String> = bands.iter().map(|(b, p)| format!("{b}:{p}")).collect();
                assert_eq!(want, words, "{}", v.value);
            }
        }
    }
    assert!(kinds.iter().all(|k| *k > 0), "{kinds:?}");
}

#[test]
fn the_kept_values_are_those_of_the_date_asked() {
    for date in [
        Date::known(2022, 9, 13),
        Date::known(2022, 9, 14),
        Date::known(2022, 9, 13),
    ] {
        assert_eq!(&*in_force_shared(date), in_force(date).as_slice());
    }
}

#[test]
fn the_shipped_file_is_compiled_in_with_its_history() {
    assert!(!FILE_VERSION.is_empty() && FILE_HASH.len() == 16);
    let before = in_force(Date::known(2022, 9, 13));
    let after = in_force(Date::known(2022, 9, 14));
    assert_eq!(value(&before, id::HNTE_FIRST_CAP), None);
    assert_eq!(
        value(&after, id::HNTE_FIRST_CAP),
        Some(Decimal::from(500_000))
    );
    assert_eq!(
        find(&after, id::HNTE_FIRST_CAP).unwrap().as_of,
        Some(Date::known(2022, 9, 14))
    );
    assert_eq!(batch_cutoffs(&after), Some(vec![(4, 30), (9, 30)]));
    assert_eq!(batch_cutoffs(&in_force(Date::known(2018, 4, 18))), None);
    // Every value has a source and parses for its unit.
    for d in DEFS {
        for v in d.values {
            assert!(!v.source.is_empty(), "{}", d.id);
            assert!(
                d.unit == Unit::MonthDays || number(d.unit, v.value).is_some(),
                "{}",
                d.id
            );
        }
    }
}

/// The file `text` with the `values` of parameter `id` (one line or a bracketed block)
/// replaced by `values`.
#[cfg(feature = "draft-params")]
fn with_values(text: &str, id: &str, values: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == format!("id = \"{id}\""))
        .expect("the parameter is in the file");
    let from = at
        + lines[at..]
            .iter()
            .position(|l| l.starts_with("values = "))
            .expect("its values");
    let to = if lines[from].trim_end().ends_with(']') {
        from
    } else {
        from + lines[from..]
            .iter()
            .position(|l| *l == "]")
            .expect("the end of its values")
    };
    let mut out: Vec<&str> = lines[..from].to_vec();
    out.push(values);
    out.extend_from_slice(&lines[to + 1..]);
    out.join("\n") + "\n"
}

#[cfg(feature = "draft-params")]
#[test]
fn the_file_check_knows_the_same_pairs() {
    let pairs: Vec<(&str, &str)> = file::NOT_ABOVE.iter().map(|(l, u, _)| (*l, *u)).collect();
    assert_eq!(pairs, NOT_ABOVE.to_vec());
    let text = include_str!("../../../../policy/parameters.toml");
    assert!(file::check("parameters.toml", text).is_ok());
    // Whatever values the shipped file holds for the two rates (a guideline may have set
    // them), the test gives them its own.
    let above = with_values(
        &with_values(
            text,
            "rd_post_subsidy_software_rate",
            "values = [{ from = \"2027-01-01\", value = \"12\", source = \"draft\" }]",
        ),
        "rd_post_subsidy_rate",
        "values = [{ from = \"2027-01-01\", value = \"10\", source = \"draft\" }]",
    );
    assert_ne!(above, text, "the test file must change both rates");
    let problems = file::check("parameters.toml", &above).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].parameter.as_deref(),
        Some("rd_post_subsidy_software_rate")
    );
    assert!(
        problems[0].message.contains("降低"),
        "{}",
        problems[0].message
    );
    let lower = above.replace("value = \"12\"", "value = \"9.5\"");
    assert!(file::check("parameters.toml", &lower).is_ok());
}

#[test]
fn a_draft_software_rate_above_the_general_rate_is_refused() {
    let v = |value: &str| DraftValue {
        from: Date::known(2027, 1, 1),
        value: value.into(),
        source: "draft".into(),
    };
    let day = Date::known(2027, 6, 1);
    let draft = |general: &str, software: &str| Draft {
        histories: vec![
            ("rd_post_subsidy_rate", vec![v(general)]),
            ("rd_post_subsidy_software_rate", vec![v(software)]),
        ],
    };
    // Lower, or equal: kept.
    for (g, s) in [("10", "5"), ("10", "10")] {
        assert!(draft_refusals(day, &draft(g, s)).is_empty());
        let p = in_force_with(day, &draft(g, s));
        assert_eq!(
            value(&p, id::RD_POST_SUBSIDY_SOFTWARE_RATE),
            Decimal::from_str(s).ok()
        );
    }
    // Above: refused, and not used.
    let above = draft("10", "12.5");
    assert_eq!(
        draft_refusals(day, &above),
        vec![(
            "rd_post_subsidy_software_rate",
            crate::input::InputError::AboveGeneralRate
        )]
    );
    let p = in_force_with(day, &above);
    assert_eq!(value(&p, id::RD_POST_SUBSIDY_SOFTWARE_RATE), None);
    assert_eq!(value(&p, id::RD_POST_SUBSIDY_RATE), Some(Decimal::from(10)));
}

#[test]
fn a_draft_replaces_a_history_and_the_latest_value_in_force_wins() {
    let v = |from: Date, value: &str| DraftValue {
        from,
        value: value.into(),
        source: "draft".into(),
    };
    let draft = Draft {
        histories: vec![(
            "pilot_rate",
            vec![
                v(Date::known(2027, 1, 1), "10"),
                v(Date::known(2028, 1, 1), "12.5"),
            ],
        )],
    };
    let on = |y, m, d| value(&in_force_with(Date::known(y, m, d), &draft), id::PILOT_RATE);
    assert_eq!(on(2026, 12, 31), None);
    assert_eq!(on(2027, 1, 1), Some(Decimal::from(10)));
    assert_eq!(on(2027, 12, 31), Some(Decimal::from(10)));
    assert_eq!(on(2028, 1, 1), Some(Decimal::new(125, 1)));
    let p = in_force_with(Date::known(2027, 6, 1), &draft);
    assert!(find(&p, id::PILOT_RATE).unwrap().draft);
    assert!(!find(&p, id::HNTE_FIRST_CAP).unwrap().draft);
}

/// Each typed id names its entry's position in the file (the look-ups index by it), and the
/// values in force list the parameters in that order.
#[test]
fn every_typed_id_points_at_its_own_entry() {
    let in_force = in_force(Date::new(2026, 11, 26).unwrap());
    assert_eq!(id::ALL.len(), DEFS.len() + THRESHOLDS.len());
    for (n, pid) in id::ALL.iter().enumerate() {
        let at = usize::from(pid.1);
        if n < DEFS.len() {
            assert_eq!(DEFS[at].id, pid.as_str());
            assert_eq!(in_force[at].id, pid.as_str());
            assert!(std::ptr::eq(find(&in_force, *pid).unwrap(), &in_force[at]));
        } else {
            assert_eq!(THRESHOLDS[at].id, pid.as_str());
            assert_eq!(
                threshold_value_of(*pid, Date::new(2026, 11, 26).unwrap()),
                threshold_value(pid.as_str(), Date::new(2026, 11, 26).unwrap())
            );
        }
    }
}
