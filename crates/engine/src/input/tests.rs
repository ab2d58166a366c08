//! Unit tests of `input` (kept beside it so the module itself stays readable).

#[test]
fn a_ledger_figure_typed_into_a_wan_field_is_offered_in_yuan() {
    let yuan = |raw: &str| yuan_looking(raw).map(|d| d.to_string());
    assert_eq!(yuan("2600000").as_deref(), Some("2600000"));
    assert_eq!(yuan("2,600,000.00").as_deref(), Some("2600000"));
    assert_eq!(yuan("２６００００").as_deref(), Some("260000"));
    // Plausible 万元 figures, and anything with a unit, are left alone.
    for raw in [
        "260",
        "99999",
        "099999",
        "12345.678",
        "260万",
        "1.2亿",
        "800元",
        "",
        "abc",
        "1e9",
    ] {
        assert_eq!(yuan(raw), None, "{raw}");
    }
}

use super::*;

fn money(s: &str) -> Result<String, InputError> {
    parse_money(s).map(|d| d.to_string())
}

#[test]
fn money_spellings() {
    let cases = [
        ("1,234.56", "1234.56"),
        ("  1234 ", "1234"),
        ("50万", "500000"),
        ("50万元", "500000"),
        ("1.2亿", "120000000"),
        ("１２３４", "1234"),
        ("１，２３４．５", "1234.5"),
        ("0", "0"),
        ("300000元", "300000"),
        ("+12", "12"),
        ("0.01", "0.01"),
        ("1.23456万", "12345.6"),
        ("３００万元", "3000000"),
        ("5000万元", "50000000"),
        ("1亿2000万", "120000000"),
        ("1万5千", "15000"),
        ("5千", "5000"),
        ("￥50万", "500000"),
        ("¥1,234,567.89", "1234567.89"),
        (".5", "0.5"),
        // The spoken shortenings and compound units (docs/profile.md, "Amounts").
        ("1万2", "12000"),
        ("1亿2", "120000000"),
        ("5千万", "50000000"),
        ("1万亿", "1000000000000"),
        ("3.5万", "35000"),
        ("1万2000", "12000"),
        ("1亿2000万", "120000000"),
        ("1亿2000万5千", "120005000"),
        ("2百万", "2000000"),
        ("1千5", "1500"),
        ("十万", "NotANumber"),
    ];
    for (input, want) in cases {
        if want == "NotANumber" {
            assert_eq!(money(input), Err(InputError::NotANumber), "input {input:?}");
        } else {
            assert_eq!(money(input), Ok(want.to_string()), "input {input:?}");
        }
    }
}

#[test]
fn ambiguous_forms_show_both_readings() {
    let cases = [
        ("1万20000", ["30,000", "12,000"]),
        ("1.5万5千", ["20,000", "15,000"]),
        ("1亿2000", ["100,002,000", "120,000,000"]),
        ("1万50", ["10,050", "15,000"]),
    ];
    for (input, [a, b]) in cases {
        assert_eq!(
            parse_money(input),
            Err(InputError::Ambiguous {
                readings: [a.to_string(), b.to_string()]
            }),
            "input {input:?}"
        );
    }
    let message = parse_money("1万20000").unwrap_err().message(Lang::Zh);
    assert!(
        message.contains("30,000") && message.contains("12,000"),
        "{message}"
    );
    assert_eq!(parse_money("1万50千"), Err(InputError::UnitOrder));
    assert_eq!(parse_money("5千1万"), Err(InputError::UnitOrder));
    assert_eq!(parse_money("1万万"), Err(InputError::NotANumber));
}

/// The share-link reproducer of the "never crash" issue: a sum past Decimal's range is
/// "too large", never a panic, in money and in counts.
#[test]
fn overflowing_sums_are_too_large_not_a_panic() {
    for input in [
        "1亿79228162514264337593543950335",
        "1万79228162514264337593543950335",
        "79228162514264337593543950335万1",
        "9999999999999999999999亿9999万",
    ] {
        assert!(
            matches!(
                parse_money(input),
                Err(InputError::TooLarge { .. }
                    | InputError::TooLong
                    | InputError::Ambiguous { .. })
            ),
            "money {input:?}: {:?}",
            parse_money(input)
        );
        assert!(
            matches!(
                parse_count(input),
                Err(InputError::TooLarge { .. }
                    | InputError::TooLong
                    | InputError::Ambiguous { .. })
            ),
            "count {input:?}: {:?}",
            parse_count(input)
        );
    }
}

#[test]
fn money_errors() {
    let cases = [
        ("", InputError::Empty),
        ("   ", InputError::Empty),
        ("abc", InputError::NotANumber),
        ("12a", InputError::NotANumber),
        ("-5", InputError::Negative),
        ("－５", InputError::Negative),
        ("1.23456", InputError::TooManyDecimals),
        ("1.2.3", InputError::NotANumber),
        ("万", InputError::NotANumber),
        (".", InputError::NotANumber),
        ("-", InputError::NotANumber),
        ("1e5", InputError::NotANumber),
        ("12,5", InputError::NotANumber),
        ("1,2", InputError::NotANumber),
        ("1、5", InputError::NotANumber),
        ("1,23,456", InputError::NotANumber),
        ("1.5,0", InputError::NotANumber),
        (
            "99999999999.999999999999999999999",
            InputError::TooManyDecimals,
        ),
    ];
    for (input, want) in cases {
        assert_eq!(parse_money(input), Err(want), "input {input:?}");
    }
    assert!(matches!(
        parse_money("99999999999999"),
        Err(InputError::TooLarge { .. })
    ));
    assert!(matches!(
        parse_money("99999999999999999999999999999999999"),
        Err(InputError::TooLarge { .. })
    ));
    assert_eq!(parse_money(&"9".repeat(80)), Err(InputError::TooLong));
}

#[test]
fn counts_and_scores() {
    assert_eq!(parse_count("120"), Ok(120));
    assert_eq!(parse_count("１２０人"), Ok(120));
    assert_eq!(parse_count("1万"), Ok(10_000));
    assert_eq!(parse_count("1万2"), Ok(12_000));
    assert_eq!(parse_count("1.5"), Err(InputError::NotWhole));
    assert_eq!(parse_count("12名"), Ok(12));
    assert_eq!(parse_count("3位"), Ok(3));
    assert_eq!(parse_count("abc"), Err(InputError::NotACount));
    assert_eq!(parse_bounded("75分", 0, 100), Ok(75));
    assert_eq!(parse_count("-1"), Err(InputError::Negative));
    assert_eq!(parse_bounded("71", 0, 100), Ok(71));
    assert_eq!(
        parse_bounded("101", 0, 100),
        Err(InputError::OutOfRange { min: 0, max: 100 })
    );
}

#[test]
fn money_in_wan_by_default() {
    let wan = |s: &str| parse_money_in_wan(s).map(|d| d.to_string());
    assert_eq!(wan("150"), Ok("1500000".into()));
    assert_eq!(wan("1.5"), Ok("15000".into()));
    assert_eq!(wan("150元"), Ok("150".into()));
    assert_eq!(wan("3500万"), Ok("35000000".into()));
    assert_eq!(wan("1.2亿"), Ok("120000000".into()));
    assert_eq!(wan(""), Err(InputError::Empty));
    assert_eq!(wan("1.2345678"), Err(InputError::TooManyDecimals));
    use crate::facts::Fact;
    assert!(implausibly_small(Fact::Revenue, Decimal::from(150)));
    assert!(!implausibly_small(Fact::Revenue, Decimal::ZERO));
    assert!(!implausibly_small(Fact::Revenue, Decimal::from(1_500_000)));
    assert!(!implausibly_small(Fact::HntePaid, Decimal::from(150)));
}

#[test]
fn percentages() {
    for (input, want) in [
        ("10", "10"),
        ("12.5%", "12.5"),
        ("１０％", "10"),
        (" 0 ", "0"),
        ("100", "100"),
    ] {
        assert_eq!(
            parse_percent(input).map(|d| d.to_string()),
            Ok(want.to_string()),
            "{input}"
        );
    }
    for input in ["101", "-5", "abc", "100.01", "10万"] {
        assert_eq!(
            parse_percent(input),
            Err(InputError::NotAPercent),
            "{input}"
        );
    }
    assert_eq!(parse_percent(""), Err(InputError::Empty));
}

#[test]
fn dates() {
    for s in [
        "2023-11-20",
        "2023年11月20日",
        "2023年11月20号",
        "２０２３年１１月２０日",
        "２０２３-１１-２０",
        "2023－11－20",
        "2023—11—20",
        "20231120",
        "２０２３１１２０",
        "  2023-11-20 ",
    ] {
        assert_eq!(
            parse_date(s).map(|d| d.to_string()),
            Ok("2023-11-20".into()),
            "{s}"
        );
    }
    assert_eq!(
        parse_date("2024年2月3日").map(|d| d.to_string()),
        Ok("2024-02-03".into())
    );
    assert_eq!(parse_date("2023-02-29"), Err(InputError::BadDate));
    assert_eq!(parse_date("1800-01-01"), Err(InputError::DateOutOfRange));
    assert_eq!(parse_date(""), Err(InputError::Empty));
    // Only the three spellings: no other separators, signs, inner spaces or short parts.
    for s in [
        "23-1-1",
        "yesterday",
        "2024-+1-+1",
        "2024-1-1",
        "2024-02-3",
        "+2024-02-03",
        "2024 02 03",
        "2024/02/03",
        "2024.02.03",
        "2024-02-03日",
        "2024年2月3",
        "2024年 2月3日",
        "2024年+2月3日",
        "24年2月3日",
        "2024年02月003日",
        "2024-002-03",
        "202402031",
        "2024020",
        "2024-02-03-",
        "2024--02-03",
        "２０２４／０２／０３",
    ] {
        assert_eq!(parse_date(s), Err(InputError::BadDate), "{s:?}");
    }
}

#[test]
fn formatting() {
    assert_eq!(format_yuan(Decimal::from(500_000), Lang::Zh), "50万元");
    assert_eq!(format_yuan(Decimal::from(500_000), Lang::En), "¥500,000");
    assert_eq!(
        format_yuan(Decimal::new(123_456, 2), Lang::Zh),
        "1,234.56元"
    );
    assert_eq!(format_yuan(Decimal::ZERO, Lang::Zh), "0元");
}

#[test]
fn every_error_has_both_messages() {
    let all = [
        InputError::Empty,
        InputError::TooLong,
        InputError::NotANumber,
        InputError::NotACount,
        InputError::Negative,
        InputError::TooManyDecimals,
        InputError::NotWhole,
        InputError::TooLarge { max: "1".into() },
        InputError::OutOfRange { min: 0, max: 1 },
        InputError::BadDate,
        InputError::DateOutOfRange,
        InputError::NotAnOption,
        InputError::WrongType,
        InputError::Ambiguous {
            readings: ["1".into(), "2".into()],
        },
        InputError::UnitOrder,
        InputError::BadYear,
        InputError::NotAPercent,
        InputError::AboveGeneralRate,
    ];
    for e in all {
        assert!(!e.message(Lang::Zh).is_empty());
        let en = e.message(Lang::En);
        // English text; the Chinese in it is only quoted examples of what may be typed.
        assert!(!en.contains("，") && !en.contains("。"), "{en}");
        assert!(
            en.is_ascii() || en.contains("万") || en.contains("年"),
            "{en}"
        );
    }
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from(10_i64.pow(exp))
}

/// The number parser as it was written on `Decimal` before issue 22 (the oracle of the test
/// below): the same grammar, its sums as `Decimal` operations.
fn parse_units_on_decimal(s: &str) -> Result<Decimal, InputError> {
    let terms = terms(s)?;
    let Some((first, later)) = terms.split_first() else {
        return Err(InputError::NotANumber);
    };
    let head = parse_plain(first.number)?;
    let mut total = head.checked_mul(pow10(first.exp)).ok_or_else(too_large)?;
    if later.is_empty() {
        return Ok(total);
    }
    if first.exp == 0 {
        return Err(InputError::NotANumber);
    }
    // The reading that drops a decimal point typed before more parts (`1.5万5千` read as 1万5千).
    let mut whole_head = head
        .trunc()
        .checked_mul(pow10(first.exp))
        .ok_or_else(too_large)?;
    let mut prev_exp = first.exp;
    for (i, term) in later.iter().enumerate() {
        if !term.number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::NotANumber);
        }
        let n = parse_plain(term.number)?;
        if term.exp == 0 {
            // A bare number after the last unit: `1万2` (一万二) continues the digits, `1万2000`
            // fills the places below the unit; anything else could mean either.
            if i + 1 != later.len() {
                return Err(InputError::NotANumber);
            }
            let digits = u32::try_from(term.number.len()).map_err(|_| InputError::TooLong)?;
            let added = n;
            let continued = if digits <= prev_exp {
                n.checked_mul(pow10(prev_exp - digits))
            } else {
                Some(parse_plain(&term.number[..prev_exp as usize])?)
            }
            .ok_or_else(too_large)?;
            let add = |base: Decimal, part: Decimal| base.checked_add(part).ok_or_else(too_large);
            if digits == 1 || digits == prev_exp {
                let part = if digits == 1 { continued } else { added };
                total = add(total, part)?;
                whole_head = add(whole_head, part)?;
            } else {
                return Err(ambiguous(add(total, added)?, add(total, continued)?));
            }
        } else {
            let value = n.checked_mul(pow10(term.exp)).ok_or_else(too_large)?;
            if term.exp >= prev_exp || value >= pow10(prev_exp) {
                return Err(InputError::UnitOrder);
            }
            total = total.checked_add(value).ok_or_else(too_large)?;
            whole_head = whole_head.checked_add(value).ok_or_else(too_large)?;
            prev_exp = term.exp;
        }
    }
    if head.fract() != Decimal::ZERO {
        return Err(ambiguous(total, whole_head));
    }
    Ok(total)
}

/// The parser on whole numbers reads every input as the parser on `Decimal` did: the same value
/// (written the same once normalised, as both callers do) or the same refusal, for numbers with
/// units, decimal points, separators and stray characters in every order.
#[test]
fn units_on_whole_numbers_read_as_on_decimal() {
    use proptest::prelude::*;
    let piece = prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{1,2}\\.[0-9]{1,3}",
        Just("万".to_string()),
        Just("亿".to_string()),
        Just("千".to_string()),
        Just("百".to_string()),
        Just("十".to_string()),
        Just("千万".to_string()),
        Just("万亿".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("0".to_string()),
        Just("x".to_string()),
    ];
    let input = proptest::collection::vec(piece, 1..7).prop_map(|p| p.concat());
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 8_000,
        ..Default::default()
    });
    runner
        .run(&input, |s| {
            let (now, before) = (parse_units(&s), parse_units_on_decimal(&s));
            prop_assert_eq!(&now, &before, "{}", s);
            // Both callers normalise what the parser reads.
            if let (Ok(a), Ok(b)) = (now, before) {
                prop_assert_eq!(
                    a.normalize().to_string(),
                    b.normalize().to_string(),
                    "{}",
                    s
                );
            }
            Ok(())
        })
        .unwrap();
    for s in [
        "1万2",
        "1万2000",
        "1万20",
        "1.5万5千",
        "1亿2",
        "1亿2000万",
        "3.5万",
        "1万亿",
        "5千万",
        "1.25万",
        "0.5亿",
        "1万5千3",
        "999999999999999万",
        "1亿2000",
        "1,234.5万",
    ] {
        assert_eq!(parse_units(s), parse_units_on_decimal(s), "{s}");
    }
}

/// `plain_decimal` reads as `Decimal::from_str` does (the same value and scale) every plain
/// decimal it accepts, and accepts every one of at most 28 digits, signed or not; it refuses what
/// is not one (an exponent, a second point, a letter, a lone point or sign).
#[test]
fn plain_decimals_read_as_from_str() {
    use proptest::prelude::*;
    use std::str::FromStr;
    let input = "-?[0-9]{0,16}(\\.[0-9]{0,14})?";
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 8_000,
        ..Default::default()
    });
    runner
        .run(&input, |s| {
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            match (plain_decimal(&s), Decimal::from_str(&s)) {
                (Some(a), Ok(b)) => {
                    prop_assert_eq!(a, b, "{}", s);
                    prop_assert_eq!(a.scale(), b.scale(), "{}", s);
                }
                // More than 28 digits may not fit a `Decimal` as written (`from_str` then drops
                // places); the parsers never ask for that many.
                (None, _) => prop_assert!(digits == 0 || digits > 28, "{} refused", s),
                (Some(a), Err(_)) => {
                    prop_assert!(false, "{} read as {} but from_str refuses it", s, a)
                }
            }
            Ok(())
        })
        .unwrap();
    for s in ["1e5", "1.2.3", "12a", ".", "-", "", "+1", "1,000", " 1"] {
        assert_eq!(plain_decimal(s), None, "{s}");
    }
    assert_eq!(plain_decimal("1.50").map(|d| d.scale()), Some(2));
    assert_eq!(plain_decimal(".5"), Decimal::from_str("0.5").ok());
    assert_eq!(
        plain_decimal("79228162514264337593543950335"),
        Some(Decimal::MAX)
    );
    assert_eq!(
        plain_decimal("79228162514264337593543950336"),
        None,
        "beyond Decimal::MAX"
    );
}
