//! Turning what people type into typed values: money, counts, scores and dates.
//!
//! Shared by the app, the command-line evaluator and (later) batch import, so every channel accepts
//! the same spellings and gives the same messages. Accepted: surrounding and inner spaces, full-width
//! digits and punctuation, thousands separators, the units 元, 万 and 亿. Never a float.

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::text::Lang;
use rust_decimal::Decimal;
use serde::Serialize;

/// The largest amount of money accepted: one trillion yuan (1万亿元). Anything larger is a typo.
pub const MAX_MONEY_YUAN: i64 = 1_000_000_000_000;
/// The largest count accepted (people, patents, talents): ten million.
pub const MAX_COUNT: i64 = 10_000_000;
/// Inputs longer than this are rejected before any parsing.
pub const MAX_INPUT_CHARS: usize = 40;

/// Why a typed value was refused. Each has a message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum InputError {
    Empty,
    TooLong,
    NotANumber,
    NotACount,
    Negative,
    TooManyDecimals,
    NotWhole,
    TooLarge { max: String },
    OutOfRange { min: i64, max: i64 },
    BadDate,
    DateOutOfRange,
    NotAnOption,
    WrongType,
}

impl InputError {
    /// A short message for the person who typed the value.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (InputError::Empty, Lang::Zh) => "请填写此项，或留空表示暂不回答。".into(),
            (InputError::Empty, Lang::En) => {
                "Please fill this in, or leave it empty to skip for now.".into()
            }
            (InputError::TooLong, Lang::Zh) => "输入过长，请只填写数字。".into(),
            (InputError::TooLong, Lang::En) => {
                "That is too long; please type just the number.".into()
            }
            (InputError::NotANumber, Lang::Zh) => {
                "请输入数字，例如 1,234.56、50万 或 1.2亿。".into()
            }
            (InputError::NotANumber, Lang::En) => {
                "Please type a number, for example 1,234.56, 50万 or 1.2亿.".into()
            }
            (InputError::NotACount, Lang::Zh) => "请输入整数，例如 120。".into(),
            (InputError::NotACount, Lang::En) => {
                "Please type a whole number, for example 120.".into()
            }
            (InputError::Negative, Lang::Zh) => "不能为负数。".into(),
            (InputError::Negative, Lang::En) => "This cannot be negative.".into(),
            (InputError::TooManyDecimals, Lang::Zh) => "金额最多精确到分（两位小数）。".into(),
            (InputError::TooManyDecimals, Lang::En) => {
                "Amounts have at most two decimal places (fen).".into()
            }
            (InputError::NotWhole, Lang::Zh) => "请输入整数。".into(),
            (InputError::NotWhole, Lang::En) => "Please type a whole number.".into(),
            (InputError::TooLarge { max }, Lang::Zh) => format!("数值过大，最大为 {max}。"),
            (InputError::TooLarge { max }, Lang::En) => {
                format!("That is too large; the most allowed is {max}.")
            }
            (InputError::OutOfRange { min, max }, Lang::Zh) => {
                format!("请输入 {min} 到 {max} 之间的整数。")
            }
            (InputError::OutOfRange { min, max }, Lang::En) => {
                format!("Please type a whole number from {min} to {max}.")
            }
            (InputError::BadDate, Lang::Zh) => {
                "请按 年-月-日 填写日期，例如 2023-11-20 或 2023年11月20日。".into()
            }
            (InputError::BadDate, Lang::En) => {
                "Please type a date as year-month-day, for example 2023-11-20.".into()
            }
            (InputError::DateOutOfRange, Lang::Zh) => {
                format!("日期须在 {MIN_YEAR} 年至 {MAX_YEAR} 年之间。")
            }
            (InputError::DateOutOfRange, Lang::En) => {
                format!("The date must lie between {MIN_YEAR} and {MAX_YEAR}.")
            }
            (InputError::NotAnOption, Lang::Zh) => "这不是可选的答案之一。".into(),
            (InputError::NotAnOption, Lang::En) => {
                "That is not one of the possible answers.".into()
            }
            (InputError::WrongType, Lang::Zh) => "答案的类型不对。".into(),
            (InputError::WrongType, Lang::En) => "That answer has the wrong type.".into(),
        }
    }
}

/// Maps full-width characters and Chinese punctuation to their ASCII forms, drops spaces and a
/// leading currency sign, and keeps commas (checked as thousands separators later).
fn normalise(raw: &str) -> Result<String, InputError> {
    if raw.chars().count() > MAX_INPUT_CHARS {
        return Err(InputError::TooLong);
    }
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF0E}' | '。' => '.',
            '\u{FF0D}' | '\u{2212}' | '\u{2013}' | '\u{2014}' => '-',
            '\u{FF0B}' => '+',
            '\u{FF0C}' => ',',
            '\u{FFE5}' | '\u{A5}' if out.is_empty() => continue,
            c if c.is_whitespace() => continue,
            c => c,
        };
        out.push(c);
    }
    Ok(out)
}

/// The most decimal places accepted before units are applied (`1.23456789万` is fine; a string
/// of thirty decimals is a typo, not an amount).
const MAX_TYPED_DECIMALS: usize = 8;

/// Parses a non-negative decimal number of ASCII digits, at most one point, and optional commas
/// that must group the integer part by thousands (`1,234,567.5`; not `12,5`).
fn parse_plain(s: &str) -> Result<Decimal, InputError> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if let Some(rest) = s.strip_prefix('-') {
        if !rest.is_empty() && parse_plain(rest).is_ok() {
            return Err(InputError::Negative);
        }
        return Err(InputError::NotANumber);
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let int_ok = if int.is_empty() {
        frac.is_some() // ".5"
    } else if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        groups[0].len() <= 3
            && groups.iter().all(|g| digits(g))
            && groups[1..].iter().all(|g| g.len() == 3)
    } else {
        digits(int)
    };
    if !int_ok || frac.is_some_and(|f| !digits(f)) {
        return Err(InputError::NotANumber);
    }
    if frac.is_some_and(|f| f.len() > MAX_TYPED_DECIMALS) {
        return Err(InputError::TooManyDecimals);
    }
    s.replace(',', "")
        .parse::<Decimal>()
        .map_err(|_| InputError::TooLarge {
            max: MAX_MONEY_YUAN.to_string(),
        })
}

fn scaled(s: &str, unit: i64) -> Result<Decimal, InputError> {
    parse_plain(s)?
        .checked_mul(Decimal::from(unit))
        .ok_or(InputError::TooLarge {
            max: MAX_MONEY_YUAN.to_string(),
        })
}

/// Parses a number with the units people write: `3500万`, `1.2亿`, `1亿2000万`, `1万5千`, `5千`.
fn parse_units(s: &str) -> Result<Decimal, InputError> {
    fn below_wan(s: &str) -> Result<Decimal, InputError> {
        match s.strip_suffix('千') {
            Some(n) => scaled(n, 1_000),
            None => parse_plain(s),
        }
    }
    fn below_yi(s: &str) -> Result<Decimal, InputError> {
        match s.split_once('万') {
            Some((hi, lo)) => {
                let lo = if lo.is_empty() {
                    Decimal::ZERO
                } else {
                    below_wan(lo)?
                };
                Ok(scaled(hi, 10_000)? + lo)
            }
            None => below_wan(s),
        }
    }
    match s.split_once('亿') {
        Some((hi, lo)) => {
            let lo = if lo.is_empty() {
                Decimal::ZERO
            } else {
                below_yi(lo)?
            };
            Ok(scaled(hi, 100_000_000)? + lo)
        }
        None => below_yi(s),
    }
}

/// Parses an amount of money in yuan, as people type it. Empty text is `Err(Empty)`: the caller
/// decides whether that means "not answered".
pub fn parse_money(raw: &str) -> Result<Decimal, InputError> {
    let s = normalise(raw)?;
    let s = s.strip_suffix('元').unwrap_or(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let yuan = parse_units(s)?.normalize();
    if yuan > Decimal::from(MAX_MONEY_YUAN) {
        return Err(InputError::TooLarge {
            max: "1万亿 (1,000,000,000,000)".into(),
        });
    }
    if yuan.scale() > 2 {
        return Err(InputError::TooManyDecimals);
    }
    Ok(yuan)
}

/// Parses a whole count (people, patents, talents, a score). `万` is accepted, and a trailing
/// measure word (人, 名, 位, 个, 项, 件, 家, 分); decimals are not.
pub fn parse_count(raw: &str) -> Result<i64, InputError> {
    let s = normalise(raw)?;
    let s = s
        .strip_suffix(['人', '名', '位', '个', '项', '件', '家', '分'])
        .unwrap_or(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let value = match parse_units(s) {
        Err(InputError::NotANumber) => return Err(InputError::NotACount),
        other => other?.normalize(),
    };
    if value.scale() > 0 {
        return Err(InputError::NotWhole);
    }
    if value > Decimal::from(MAX_COUNT) {
        return Err(InputError::TooLarge {
            max: MAX_COUNT.to_string(),
        });
    }
    i64::try_from(value).map_err(|_| InputError::NotACount)
}

/// Parses a whole number within `min..=max` (scores).
pub fn parse_bounded(raw: &str, min: i64, max: i64) -> Result<i64, InputError> {
    match parse_count(raw) {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) | Err(InputError::TooLarge { .. }) | Err(InputError::Negative) => {
            Err(InputError::OutOfRange { min, max })
        }
        Err(e) => Err(e),
    }
}

/// Parses a date as people write it: `2023-11-20`, `2023/11/20`, `2023.11.20`, `2023年11月20日`,
/// with full-width digits allowed.
pub fn parse_date(raw: &str) -> Result<Date, InputError> {
    let s = normalise(raw)?;
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    // Eight digits in a row: 20230501.
    let s = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &s[0..4], &s[4..6], &s[6..8])
    } else {
        s
    };
    let unified: String = s
        .chars()
        .map(|c| match c {
            '/' | '.' | '年' | '月' => '-',
            c => c,
        })
        .filter(|&c| c != '日' && c != '号')
        .collect();
    let parts: Vec<&str> = unified.split('-').collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return Err(InputError::BadDate);
    }
    if !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(InputError::BadDate);
    }
    let year: i32 = parts[0].parse().map_err(|_| InputError::BadDate)?;
    let month: u8 = parts[1].parse().map_err(|_| InputError::BadDate)?;
    let day: u8 = parts[2].parse().map_err(|_| InputError::BadDate)?;
    if parts[0].len() != 4 {
        return Err(InputError::BadDate);
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(InputError::DateOutOfRange);
    }
    Date::new(year, month, day).ok_or(InputError::BadDate)
}

/// Rounds an amount to whole fen, half away from zero. The engine's one rounding function.
pub fn round_yuan(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Formats yuan for people: `500,000` or `1,234.5` in English, `50万` in Chinese where exact.
pub fn format_yuan(amount: Decimal, lang: Lang) -> String {
    let amount = round_yuan(amount).normalize();
    let wan = Decimal::from(10_000);
    if lang == Lang::Zh && !amount.is_zero() && (amount % wan).is_zero() {
        let n = (amount / wan).normalize();
        return format!("{}万元", group_thousands(&n.to_string()));
    }
    let grouped = group_thousands(&amount.to_string());
    match lang {
        Lang::Zh => format!("{grouped}元"),
        Lang::En => format!("¥{grouped}"),
    }
}

fn group_thousands(s: &str) -> String {
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

#[cfg(test)]
mod tests {
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
        ];
        for (input, want) in cases {
            assert_eq!(money(input), Ok(want.to_string()), "input {input:?}");
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
    fn dates() {
        for s in [
            "2023-11-20",
            "2023/11/20",
            "2023.11.20",
            "2023年11月20日",
            "２０２３-１１-２０",
        ] {
            assert_eq!(
                parse_date(s).map(|d| d.to_string()),
                Ok("2023-11-20".into()),
                "{s}"
            );
        }
        assert_eq!(parse_date("2023-02-29"), Err(InputError::BadDate));
        assert_eq!(parse_date("23-1-1"), Err(InputError::BadDate));
        assert_eq!(parse_date("1800-01-01"), Err(InputError::DateOutOfRange));
        assert_eq!(parse_date("yesterday"), Err(InputError::BadDate));
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
        ];
        for e in all {
            assert!(!e.message(Lang::Zh).is_empty());
            assert!(e.message(Lang::En).is_ascii() || e.message(Lang::En).contains('万'));
        }
    }
}
