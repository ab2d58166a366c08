use super::*;

#[test]
fn the_data_file_reads_and_every_line_has_both_columns() {
    let table = parse(DATA).expect("the bundled data file reads");
    assert!(table.len() > 100, "{} texts", table.len());
    assert_eq!(table.len(), COUNT);
    let (first, count) = (Part::First.range().len(), table.len());
    assert!(
        first > 100 && first < count,
        "both parts hold texts: {first} of {count}"
    );
    let mut ids: Vec<u64> = table.iter().map(|(zh, en)| text_id(zh, en)).collect();
    for (zh, _) in &table {
        assert!(!zh.is_empty());
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), table.len(), "no text twice");
}

#[test]
fn another_builds_file_or_a_damaged_one_is_refused() {
    assert_eq!(
        parse("# yc-texts 0000000000000000\n"),
        Err(DataError::WrongFile)
    );
    assert_eq!(parse(""), Err(DataError::WrongFile));
    let one_column: &'static str =
        Box::leak(format!("# yc-texts {DATA_HASH}\nx\n").into_boxed_str());
    assert_eq!(parse(one_column), Err(DataError::Damaged));
    let short: &'static str = Box::leak(format!("# yc-texts {DATA_HASH}\na\tb\n").into_boxed_str());
    assert_eq!(parse(short), Err(DataError::Damaged), "too few texts");
}

#[test]
fn each_language_file_holds_every_text_of_its_part_in_that_language_only() {
    let table = bundled();
    for lang in [Lang::Zh, Lang::En] {
        let mut words = Vec::new();
        for part in [Part::First, Part::Rest] {
            let data: &'static str = Box::leak(data_for(lang, part).into_boxed_str());
            let part_words =
                parse_lang(lang, part, data).expect("the file this build writes reads back");
            assert_eq!(part_words.len(), part.range().len());
            words.extend(part_words);
            assert!(data_file(lang, part).contains(DATA_HASH));
        }
        assert_eq!(
            words.len(),
            table.len(),
            "the two parts hold every text once"
        );
        for (text, (zh, en)) in words.iter().zip(table) {
            assert_eq!(*text, if lang == Lang::Zh { *zh } else { *en });
        }
        let code = lang.code();
        assert!(data_file(lang, Part::First).starts_with(&format!("texts-{code}-")));
        assert!(data_file(lang, Part::Rest).starts_with(&format!("texts-rest-{code}-")));
    }
    // The note is a line of its own in Chinese only (the English file quotes the clauses in
    // Chinese, one of which holds the same words).
    assert!(!data_for(Lang::En, Part::Rest).contains("\n人才类项目推行经费包干制。\n"));
    assert!(data_for(Lang::Zh, Part::Rest).contains("\n人才类项目推行经费包干制。\n"));
}

/// The first part holds what the lighter program shows (the questions), the rest what only the
/// whole program does (the cards, the clause texts).
#[test]
fn the_first_part_holds_the_questions_and_the_rest_the_results() {
    let first = data_for(Lang::Zh, Part::First);
    let rest = data_for(Lang::Zh, Part::Rest);
    let question = t!(facts.location.question).get(Lang::Zh);
    let card = t!(catalogue.rd_post_subsidy.name).get(Lang::Zh);
    assert!(
        first.contains(&format!("\n{question}\n")) && !rest.contains(&format!("\n{question}\n"))
    );
    assert!(rest.contains(&format!("\n{card}\n")) && !first.contains(&format!("\n{card}\n")));
}

#[test]
fn a_language_file_of_the_other_language_or_part_another_build_or_damaged_is_refused() {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let zh = leak(data_for(Lang::Zh, Part::First));
    assert_eq!(
        parse_lang(Lang::En, Part::First, zh),
        Err(DataError::WrongFile)
    );
    assert_eq!(
        parse_lang(Lang::Zh, Part::Rest, zh),
        Err(DataError::WrongFile)
    );
    let zh_rest = leak(data_for(Lang::Zh, Part::Rest));
    assert_eq!(
        parse_lang(Lang::Zh, Part::First, zh_rest),
        Err(DataError::WrongFile)
    );
    assert_eq!(
        parse_lang(
            Lang::Zh,
            Part::First,
            leak(zh.replacen(DATA_HASH, "0000000000000000", 1))
        ),
        Err(DataError::WrongFile)
    );
    assert_eq!(
        parse_lang(Lang::Zh, Part::First, ""),
        Err(DataError::WrongFile)
    );
    assert_eq!(
        parse_lang(Lang::Zh, Part::First, DATA),
        Err(DataError::WrongFile)
    );
    for (part, file) in [(Part::First, zh), (Part::Rest, zh_rest)] {
        let (head, all) = file.split_once('\n').unwrap();
        let head = format!("{head}\n");
        let one_short = all.split_once('\n').unwrap().1.to_string();
        let one_more = format!("{all}x\n");
        let a_tab = all.replacen('\n', "\tx\n", 1);
        for body in ["a\n".to_string(), one_short, one_more, a_tab] {
            assert_eq!(
                parse_lang(Lang::Zh, part, leak(format!("{head}{body}"))),
                Err(DataError::Damaged),
                "{part:?} {body:?}"
            );
        }
    }
}

#[test]
fn an_installed_language_answers_by_number_and_the_other_stays_empty() {
    install(Lang::En, Part::First, data_for(Lang::En, Part::First)).unwrap();
    assert!(installed_part(Lang::En, Part::First));
    let n = FIRST / 2;
    assert_eq!(stored(Lang::En, n as u32), bundled()[n].1);
    install(Lang::En, Part::Rest, data_for(Lang::En, Part::Rest)).unwrap();
    assert!(installed(Lang::En));
    let n = (FIRST + COUNT) / 2;
    assert_eq!(
        stored(Lang::En, n as u32),
        bundled()[n].1,
        "a text of the rest"
    );
    assert_eq!(
        stored(Lang::En, u32::MAX),
        "",
        "an unknown number finds nothing, never panics"
    );
    assert!(
        install(Lang::En, Part::First, "not a texts file".into()).is_ok(),
        "installed once, kept"
    );
    assert_eq!(
        install(Lang::Zh, Part::Rest, data_for(Lang::En, Part::Rest)),
        Err(DataError::WrongFile),
        "the English file is not the Chinese one (no test installs the Chinese rest)"
    );
}

/// A text the build script did not write to the file is caught whenever it is shown
/// in a debug build (the tests), so a literal the script misreads cannot ship blank.
#[test]
#[cfg(all(debug_assertions, not(feature = "external-texts")))]
#[should_panic(expected = "missing from the data file")]
fn a_long_text_missing_from_the_file_is_caught_when_shown() {
    Text::stored_inline("不在数据文件中", "not in the data file").get(Lang::Zh);
}

#[test]
fn every_text_is_in_the_data_file_but_the_boot_ones() {
    assert!(crate::t!(catalogue.lump_sum.text).is_stored());
    assert!(crate::t!(facts.location.label).is_stored());
    assert!(!crate::t!(boot.data_error.damaged).is_stored());
    assert!(!Text::new("字", "word").is_stored());
}

/// A message keeps its values and is written when a language is asked for: it reads as the
/// same text filled at once would, in both languages, with dates, numbers, counts, words of each
/// language and another message among its values.
#[test]
fn a_message_reads_as_its_text_filled_with_its_values() {
    let first = crate::Date::new(2026, 1, 31).unwrap();
    let last = crate::Date::new(2027, 12, 31).unwrap();
    let m = crate::msg!(eval.window.support_period, first, last);
    assert_eq!(m.get(Lang::Zh), "支持期 2026-01-31 至 2027-12-31");
    assert_eq!(m.get(Lang::En), "support period 2026-01-31 to 2027-12-31");
    for lang in [Lang::Zh, Lang::En] {
        let said = crate::say!(lang, eval.window.support_period, first, last);
        assert_eq!(m.get(lang), said);
    }
    let short = rust_decimal::Decimal::new(125, 1);
    let m = crate::msg!(national.detail.score_short, short, line = 60_u32);
    assert_eq!(m.get(Lang::Zh), "，距60分还差 12.5 分");
    assert_eq!(m.get(Lang::En), ", 12.5 short of 60");
    // Words of each language, and a message, as values.
    let days = Msg::written("4月30日".into(), "April 30".into());
    let m = crate::msg!(eval.next.batch_practice, since = first, days);
    assert!(
        m.get(Lang::Zh).contains("每年 4月30日 分批截止"),
        "{}",
        m.get(Lang::Zh)
    );
    assert!(
        m.get(Lang::En).contains("close on April 30 each year"),
        "{}",
        m.get(Lang::En)
    );
    // Written once: a second read is the same string.
    assert!(std::ptr::eq(m.get(Lang::En), m.get(Lang::En)));
}

/// Two messages are equal when they read the same in both languages, however they were made; a
/// copy reads as its original; serialised, a message is its words in both languages.
#[test]
fn messages_compare_and_serialise_by_their_words() {
    let d = crate::Date::new(2026, 5, 1).unwrap();
    let a = crate::msg!(eval.window.support_period, first = d, last = d);
    let b = Msg::written(
        "支持期 2026-05-01 至 2026-05-01".into(),
        "support period 2026-05-01 to 2026-05-01".into(),
    );
    assert_eq!(a, b);
    assert_eq!(a.clone(), a);
    let later = crate::Date::new(2026, 5, 2).unwrap();
    assert_ne!(
        a,
        crate::msg!(eval.window.support_period, first = d, last = later)
    );
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        r#"{"zh":"支持期 2026-05-01 至 2026-05-01","en":"support period 2026-05-01 to 2026-05-01"}"#
    );
    assert_eq!(Msg::default().get(Lang::En), "");
    assert_eq!(format!("{b:?}"), format!("{a:?}"));
}

/// A program that has the first part of a language and asks for a text of the rest (which it has
/// not installed) gets an empty text and reports the text's number; before the first part is in,
/// nothing is reported (the app shows no page that needs a stored text then).
#[test]
fn a_text_of_a_part_not_installed_is_reported_once_the_first_part_is_in() {
    use std::sync::atomic::{AtomicU32, Ordering};
    static REPORTED: AtomicU32 = AtomicU32::new(u32::MAX);
    fn report(number: u32) {
        REPORTED.store(number, Ordering::SeqCst);
    }
    on_missing(report);
    // Chinese: no other test installs it.
    let rest = FIRST as u32 + 1;
    assert_eq!(stored(Lang::Zh, rest), "");
    assert_eq!(
        REPORTED.load(Ordering::SeqCst),
        u32::MAX,
        "nothing installed: not reported"
    );
    install(Lang::Zh, Part::First, data_for(Lang::Zh, Part::First)).unwrap();
    assert_eq!(
        stored(Lang::Zh, 0),
        bundled()[0].0,
        "the first part answers"
    );
    assert_eq!(REPORTED.load(Ordering::SeqCst), u32::MAX);
    assert_eq!(stored(Lang::Zh, rest), "");
    assert_eq!(
        REPORTED.load(Ordering::SeqCst),
        rest,
        "a text of the rest is reported"
    );
}
