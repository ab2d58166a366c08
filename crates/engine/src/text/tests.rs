use super::*;

#[test]
fn the_data_file_reads_and_every_line_has_both_columns() {
    let table = parse(DATA).expect("the bundled data file reads");
    assert!(table.len() > 100, "{} texts", table.len());
    for (id, zh, en) in &table {
        assert_eq!(*id, text_id(zh, en), "{zh}");
        assert!(!zh.is_empty());
    }
}

#[test]
fn another_builds_file_or_a_damaged_one_is_refused() {
    assert_eq!(
        parse("# yc-texts 0000000000000000\n"),
        Err(DataError::WrongFile)
    );
    assert_eq!(parse(""), Err(DataError::WrongFile));
    let damaged: &'static str =
        Box::leak(format!("# yc-texts {DATA_HASH}\nnot-hex\tx\ty\n").into_boxed_str());
    assert_eq!(parse(damaged), Err(DataError::Damaged));
    let unordered: &'static str = Box::leak(
        format!("# yc-texts {DATA_HASH}\n0000000000000002\ta\tb\n0000000000000001\tc\td\n")
            .into_boxed_str(),
    );
    assert_eq!(parse(unordered), Err(DataError::Damaged));
}

#[test]
fn each_language_file_holds_every_text_in_that_language_only() {
    let table = bundled();
    for lang in [Lang::Zh, Lang::En] {
        let data: &'static str = Box::leak(data_for(lang).into_boxed_str());
        let words = parse_lang(lang, data).expect("the file this build writes reads back");
        assert_eq!(words.len(), table.len());
        for ((id, text), (bid, zh, en)) in words.iter().zip(table) {
            assert_eq!(id, bid);
            assert_eq!(*text, if lang == Lang::Zh { *zh } else { *en });
        }
        assert!(data_file(lang).contains(DATA_HASH));
        assert!(data_file(lang).starts_with(&format!("texts-{}-", lang.code())));
    }
    assert!(!data_for(Lang::En).contains("人才类项目推行经费包干制"));
    assert!(data_for(Lang::Zh).contains("人才类项目推行经费包干制"));
}

#[test]
fn a_language_file_of_the_other_language_another_build_or_damaged_is_refused() {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let zh = leak(data_for(Lang::Zh));
    assert_eq!(parse_lang(Lang::En, zh), Err(DataError::WrongFile));
    assert_eq!(
        parse_lang(
            Lang::Zh,
            leak(zh.replacen(DATA_HASH, "0000000000000000", 1))
        ),
        Err(DataError::WrongFile)
    );
    assert_eq!(parse_lang(Lang::Zh, ""), Err(DataError::WrongFile));
    assert_eq!(parse_lang(Lang::Zh, DATA), Err(DataError::WrongFile));
    let head = format!("# yc-texts {DATA_HASH} zh\n");
    for body in [
        "not-hex\tx\n",
        "0000000000000002\ta\n0000000000000001\tb\n",
        "0000000000000001\ta\tb\n",
        "0000000000000001\n",
        "01\ta\n",
    ] {
        assert_eq!(
            parse_lang(Lang::Zh, leak(format!("{head}{body}"))),
            Err(DataError::Damaged),
            "{body:?}"
        );
    }
}

#[test]
fn an_installed_language_answers_by_id_and_the_other_stays_empty() {
    install(Lang::En, data_for(Lang::En)).unwrap();
    assert!(installed(Lang::En));
    let (id, _, en) = bundled()[bundled().len() / 2];
    assert_eq!(stored(Lang::En, id), en);
    assert_eq!(
        stored(Lang::En, 0),
        "",
        "an unknown id finds nothing, never panics"
    );
    assert!(
        install(Lang::En, "not a texts file".into()).is_ok(),
        "installed once, kept"
    );
    assert_eq!(
        install(Lang::Zh, data_for(Lang::En)),
        Err(DataError::WrongFile),
        "the English file is not the Chinese one"
    );
}

/// A `tx!` text the build script did not write to the file is caught whenever it is shown
/// in a debug build (the tests), so a literal the script misreads cannot ship blank.
#[test]
#[cfg(all(debug_assertions, not(feature = "external-texts")))]
#[should_panic(expected = "missing from the data file")]
fn a_long_text_missing_from_the_file_is_caught_when_shown() {
    Text::stored_inline("不在数据文件中", "not in the data file").get(Lang::Zh);
}

#[test]
fn a_tx_text_is_marked_and_a_plain_one_is_not() {
    assert!(crate::tx!(catalogue.lump_sum.text).is_stored());
    assert!(!crate::t!(facts.location.label).is_stored());
}
