use super::*;

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

fn run(actions: Vec<Action>) -> Rc<AppState> {
    let mut s = Rc::new(AppState::new(today(), Lang::Zh, false));
    for a in actions {
        s = s.reduce(a);
    }
    s
}

#[test]
fn a_ledger_figure_in_a_wan_field_stops_next_once_and_reads_in_yuan_in_one_tap() {
    use yc_engine::questions::question;
    let step = question(Fact::RdExpense).step;
    let typed = run(vec![
        Action::Go(View::Step(step)),
        Action::Typed(Fact::RdExpense, "2600000".into()),
    ]);
    assert_eq!(
        typed.yuan_looking(Fact::RdExpense),
        Some(rust_decimal::Decimal::from(2_600_000))
    );
    assert_eq!(typed.to_check(step), vec![Fact::RdExpense]);
    // The first "Next" stays; the second, with nothing changed, moves on.
    let once = typed.clone().reduce(Action::Next);
    assert_eq!(once.view, View::Step(step));
    assert!(once.to_check(step).is_empty());
    let twice = once.clone().reduce(Action::Next);
    assert_ne!(twice.view, View::Step(step));
    // Typing again asks again.
    let retyped = once.reduce(Action::Typed(Fact::RdExpense, "26000000".into()));
    assert_eq!(retyped.to_check(step), vec![Fact::RdExpense]);
    // One tap reads it in yuan: 2,600,000 yuan, nothing more to check.
    let fixed = typed.reduce(Action::SetMoneyUnit(Fact::RdExpense, false));
    assert_eq!(
        fixed.profile.get(Fact::RdExpense),
        Some(&Value::Money(rust_decimal::Decimal::from(2_600_000)))
    );
    assert_eq!(fixed.yuan_looking(Fact::RdExpense), None);
    assert!(fixed.to_check(step).is_empty());
    // An amount with its unit is what it says.
    let with_unit = run(vec![Action::Typed(Fact::RdExpense, "260000万".into())]);
    assert_eq!(with_unit.yuan_looking(Fact::RdExpense), None);
}

#[test]
fn a_notice_of_what_just_happened_does_not_follow_to_another_page() {
    let mut s = AppState::new(today(), Lang::Zh, false);
    s.notice = Some(Notice::Loaded {
        origin: Origin::Link,
        issues: Vec::new(),
    });
    s.view = View::Results;
    let s = Rc::new(s).reduce(Action::Go(View::Review));
    assert_eq!(
        s.notice, None,
        "restored-from is said once, where it happened"
    );
    let mut t = (*s).clone();
    t.notice = Some(Notice::SavedCorrupt);
    let t = Rc::new(t).reduce(Action::Go(View::Results));
    assert_eq!(
        t.notice,
        Some(Notice::SavedCorrupt),
        "a warning stays until dismissed"
    );
}

#[test]
fn the_start_link_is_only_start_and_leads_where_start_does() {
    assert!(start_in_link("#start") && start_in_link("start"));
    assert!(!start_in_link("#started") && !start_in_link("#example=start") && !start_in_link(""));
    assert!(example_in_link(START_LINK).is_none());
    // What browser::initial_state does with it: back to the start page, then 开始.
    let fresh = run(vec![Action::Go(View::Start), Action::Next]);
    assert_eq!(fresh.view, fresh.first_view());
    assert!(matches!(fresh.view, View::Step(_)));
}

#[test]
fn not_sure_counts_as_responded_and_clearing_takes_it_back() {
    let s = run(vec![Action::Answer(
        Fact::Location,
        Value::Choice("jinfeng"),
    )]);
    let (before, _) = s.progress();
    let f = *s
        .relevant
        .iter()
        .find(|f| !s.profile.is_responded(**f))
        .expect("an open question");
    let s = s.reduce(Action::Answer(f, Value::Unsure));
    assert_eq!(s.progress().0, before + 1, "a “not sure” is a response");
    assert!(s.profile.is_unsure(f) && !s.profile.is_answered(f));
    assert_ne!(
        s.relevant.iter().find(|g| !s.profile.is_responded(**g)),
        Some(&f),
        "the questionnaire moves on"
    );
    let s = s.reduce(Action::Clear(f));
    assert!(!s.profile.is_responded(f));
    assert_eq!(s.progress().0, before);
}

#[test]
fn a_failed_texts_file_keeps_the_answers_and_can_be_fetched_again() {
    let s = run(vec![
        Action::Answer(Fact::Location, Value::Choice("jinfeng")),
        Action::TextsArrived(Lang::Zh, Err(TextsFailure::Unreachable)),
    ]);
    assert_eq!(s.texts, Texts::Failed(TextsFailure::Unreachable));
    assert!(
        s.profile.get(Fact::Location).is_some(),
        "nothing entered is lost"
    );
    assert!(!TextsFailure::Unreachable.message(Lang::En).is_empty());
    let attempt = s.texts_attempt;
    let again = s.reduce(Action::RetryTexts);
    assert_eq!(again.texts, Texts::Loading);
    assert_eq!(again.texts_attempt, attempt + 1);
    let ready = again.reduce(Action::TextsArrived(Lang::Zh, Ok(())));
    assert_eq!(ready.texts, Texts::Ready);
}

#[test]
fn a_texts_file_of_another_language_than_the_page_changes_nothing() {
    let s = run(vec![Action::TextsArrived(
        Lang::Zh,
        Err(TextsFailure::Unreachable),
    )]);
    let late = s.clone().reduce(Action::TextsArrived(Lang::En, Ok(())));
    assert_eq!(
        late.texts, s.texts,
        "the English file does not make Chinese ready"
    );
    let english = s.reduce(Action::SetLang(Lang::En));
    // Natively every text is compiled in, so the other language is ready at once; in the
    // browser it is `Loading` until its file arrives (tests/e2e/texts.test.mjs).
    assert_eq!(english.texts, Texts::Ready);
    let failed = english.reduce(Action::TextsArrived(
        Lang::En,
        Err(TextsFailure::Unreachable),
    ));
    assert_eq!(failed.texts, Texts::Failed(TextsFailure::Unreachable));
    let back = failed.reduce(Action::SetLang(Lang::Zh));
    assert_eq!(back.lang, Lang::Zh);
    assert_eq!(back.texts, Texts::Ready);
}

/// In the browser a language's words come in its own file: a switch to a language not yet
/// installed keeps the page in its language until the file has arrived, then switches and
/// assesses again (a result's message is written in both languages when it is made); a file
/// that cannot be had shows the boot page in the language asked for, and "try again" fetches it.
#[test]
fn a_language_whose_file_is_on_its_way_switches_when_it_arrives() {
    let mut s = (*run(vec![Action::Answer(
        Fact::Location,
        Value::Choice("jinfeng"),
    )]))
    .clone();
    assert_eq!((s.lang, s.texts), (Lang::Zh, Texts::Ready));
    s.switch_lang(Lang::En, false);
    assert_eq!(s.lang, Lang::Zh, "the page stays in Chinese meanwhile");
    assert_eq!((s.pending_lang, s.texts), (Some(Lang::En), Texts::Ready));
    // A file the page does not wait for changes nothing.
    s.texts_arrived(Lang::Zh, Err(TextsFailure::Unreachable));
    assert_eq!(
        (s.lang, s.texts, s.pending_lang),
        (Lang::Zh, Texts::Ready, Some(Lang::En))
    );
    s.texts_arrived(Lang::En, Ok(()));
    assert_eq!(
        (s.lang, s.texts, s.pending_lang),
        (Lang::En, Texts::Ready, None)
    );

    let mut failed = (*run(vec![])).clone();
    failed.switch_lang(Lang::En, false);
    failed.texts_arrived(Lang::En, Err(TextsFailure::Unreachable));
    assert_eq!(failed.lang, Lang::En);
    assert_eq!(failed.texts, Texts::Failed(TextsFailure::Unreachable));
    let attempt = failed.texts_attempt;
    // Asking for English again (its file still missing) tries again; Chinese is installed.
    failed.switch_lang(Lang::En, false);
    assert_eq!(
        (failed.texts, failed.texts_attempt),
        (Texts::Loading, attempt + 1)
    );
    failed.switch_lang(Lang::Zh, true);
    assert_eq!(
        (failed.lang, failed.texts, failed.pending_lang),
        (Lang::Zh, Texts::Ready, None)
    );
}

#[test]
fn money_fields_read_bare_numbers_in_wan_and_can_switch_to_yuan() {
    let s = run(vec![Action::Typed(Fact::Revenue, "150".into())]);
    assert_eq!(
        s.profile.number(Fact::Revenue),
        Some(rust_decimal::Decimal::from(1_500_000))
    );
    // Switching the field to 元 reads the same text again.
    let s = s.reduce(Action::SetMoneyUnit(Fact::Revenue, false));
    assert_eq!(
        s.profile.number(Fact::Revenue),
        Some(rust_decimal::Decimal::from(150))
    );
    assert!(!s.in_wan(Fact::Revenue));
    // An explicit unit always wins; counts are not money.
    let s = s
        .reduce(Action::SetMoneyUnit(Fact::Revenue, true))
        .reduce(Action::Typed(Fact::Revenue, "800元".into()))
        .reduce(Action::Typed(Fact::Employees, "30".into()));
    assert_eq!(
        s.profile.number(Fact::Revenue),
        Some(rust_decimal::Decimal::from(800))
    );
    assert_eq!(
        s.profile.number(Fact::Employees),
        Some(rust_decimal::Decimal::from(30))
    );
}

#[test]
fn a_link_opened_over_other_answers_waits_for_the_users_choice() {
    let mut mine = Profile::new(today());
    mine.set(Fact::Location, Value::Choice("xixia")).unwrap();
    let mut theirs = Profile::new(today());
    theirs
        .set(Fact::Location, Value::Choice("jinfeng"))
        .unwrap();
    let offer = Action::OfferLink {
        saved: Box::new(Action::Load {
            profile: mine,
            issues: vec![],
            origin: Origin::Saved,
            view: None,
        }),
        profile: theirs,
        issues: vec![],
    };
    let s = run(vec![offer.clone()]);
    assert_eq!(s.profile.choice(Fact::Location), Some("xixia"), "mine stay");
    assert!(s.pending_link.is_some());
    let kept = s.clone().reduce(Action::DeclineLink);
    assert_eq!(kept.profile.choice(Fact::Location), Some("xixia"));
    assert!(kept.pending_link.is_none());
    let opened = s.reduce(Action::AcceptLink);
    assert_eq!(opened.profile.choice(Fact::Location), Some("jinfeng"));
    assert_eq!(opened.view, View::Results);
    assert!(opened.pending_link.is_none());
}

#[test]
fn leaving_a_step_with_unanswered_questions_says_how_many() {
    let s = run(vec![
        Action::Go(View::Step(Step::Basics)),
        Action::Answer(Fact::Location, Value::Choice("jinfeng")),
        Action::Next,
    ]);
    let left = s
        .questions_of(Step::Basics)
        .into_iter()
        .filter(|f| !s.profile.is_answered(*f))
        .count();
    assert!(left > 0);
    assert_eq!(
        s.notice,
        Some(Notice::Skipped {
            step: Step::Basics,
            count: left
        })
    );
    assert_ne!(s.view, View::Step(Step::Basics), "it does move on");
}

#[test]
fn views_have_stable_names_and_history_never_lands_on_an_empty_step() {
    for view in [View::Start, View::Review, View::Results]
        .into_iter()
        .chain(Step::ALL.iter().map(|s| View::Step(*s)))
    {
        assert_eq!(View::from_code(&view.code()), Some(view));
    }
    assert_eq!(View::from_code("step:nowhere"), None);
    // The guideline preview moved to the staff workbench: a visit saved on it resumes on the
    // results.
    assert_eq!(View::from_code("guideline"), Some(View::Results));
    // Outside Yinchuan no later step has questions: Back/Forward to one falls back.
    let s = run(vec![
        Action::Answer(Fact::Location, Value::Choice("outside")),
        Action::HistoryGo(View::Step(Step::Talent)),
    ]);
    assert_ne!(s.view, View::Step(Step::Talent));
    assert!(s.from_history);
    let s = s.reduce(Action::Go(View::Results));
    assert!(!s.from_history);
}

#[test]
fn start_over_asks_first_and_can_be_undone_until_the_next_answer() {
    let s = run(vec![
        Action::Answer(Fact::Location, Value::Choice("jinfeng")),
        Action::AskStartOver,
    ]);
    assert!(s.confirm_start_over);
    let s = s.reduce(Action::CancelStartOver);
    assert!(!s.confirm_start_over);
    assert!(s.profile.is_answered(Fact::Location));
    let s = s
        .reduce(Action::AskStartOver)
        .reduce(Action::StartOver(today()));
    assert!(!s.confirm_start_over);
    assert!(!s.profile.is_answered(Fact::Location));
    assert_eq!(s.notice, Some(Notice::Cleared));
    let undone = s.clone().reduce(Action::Undo);
    assert_eq!(undone.profile.choice(Fact::Location), Some("jinfeng"));
    assert!(undone.undo.is_none());
    // A new answer ends the chance to undo.
    let s = s.reduce(Action::Answer(Fact::Sme, Value::Bool(true)));
    assert!(s.undo.is_none());
    assert!(!s.reduce(Action::Undo).profile.is_answered(Fact::Location));
}

#[test]
fn a_bad_value_keeps_the_text_and_the_earlier_answer() {
    let s = run(vec![
        Action::Typed(Fact::Employees, "120".into()),
        Action::Answer(Fact::Location, Value::Choice("jinfeng")),
        Action::Typed(Fact::Employees, "12o".into()),
    ]);
    assert_eq!(s.profile.get(Fact::Employees), Some(&Value::Count(120)));
    assert_eq!(
        s.drafts.get(Fact::Employees).map(String::as_str),
        Some("12o")
    );
    assert_eq!(s.errors.get(Fact::Employees), Some(&InputError::NotACount));
    assert_eq!(s.profile.choice(Fact::Location), Some("jinfeng"));
    assert!(
        s.visible_error(Fact::Employees).is_none(),
        "shown only once the field is left"
    );
    let s = s.reduce(Action::Touch(Fact::Employees));
    assert!(s.visible_error(Fact::Employees).is_some());
}

#[test]
fn next_is_refused_while_the_step_has_an_error() {
    let s = run(vec![
        Action::Go(View::Step(Step::Size)),
        Action::Typed(Fact::Revenue, "-5".into()),
        Action::Next,
    ]);
    assert_eq!(s.view, View::Step(Step::Size));
    assert!(s.visible_error(Fact::Revenue).is_some());
    let s = s
        .reduce(Action::Typed(Fact::Revenue, "50万".into()))
        .reduce(Action::Next);
    assert!(
        matches!(s.view, View::Step(step) if step > Step::Size),
        "{:?}",
        s.view
    );
}

#[test]
fn outside_yinchuan_goes_straight_to_review() {
    let s = run(vec![
        Action::Go(View::Step(Step::Basics)),
        Action::Answer(Fact::Location, Value::Choice("outside")),
    ]);
    assert_eq!(s.steps(), vec![Step::Basics]);
    assert_eq!(s.questions_of(Step::Basics), vec![Fact::Location]);
    let s = s.reduce(Action::Next);
    assert_eq!(s.view, View::Review);
    assert!(s.reduce(Action::Next).view == View::Results);
}

#[test]
fn clearing_the_text_clears_the_answer() {
    let s = run(vec![
        Action::Typed(Fact::Employees, "120".into()),
        Action::Typed(Fact::Employees, " ".into()),
    ]);
    assert!(!s.profile.is_answered(Fact::Employees));
    assert!(s.drafts.is_empty() && s.errors.is_empty());
}

#[test]
fn a_yes_about_this_year_is_recorded_with_the_assessment_year() {
    let s = run(vec![Action::Answer(
        Fact::HnteSupportedThisYear,
        Value::Bool(true),
    )]);
    let dated = Value::InYear {
        yes: true,
        year: 2026,
    };
    assert_eq!(s.profile.stored(Fact::HnteSupportedThisYear), Some(&dated));
    assert!(s
        .profile
        .to_json_string()
        .contains("\"hnte_supported_this_year\": {"));
    // Assessed for the next year, last year's yes no longer answers the question.
    let s = s.reduce(Action::SetAssessmentDate(Date::new(2027, 3, 1).unwrap()));
    assert!(!s.profile.is_answered(Fact::HnteSupportedThisYear));
    assert_eq!(s.profile.bool(Fact::HnteSupportedThisYear), None);
}

#[test]
fn settings_are_stored_as_before_and_unreadable_fields_give_the_defaults() {
    let s = Settings {
        lang: Lang::En,
        senior: true,
    };
    // The same JSON as every earlier release wrote, so nothing is lost.
    assert_eq!(s.to_stored(), r#"{"lang":"en","senior":true}"#);
    assert_eq!(
        Settings::default().to_stored(),
        r#"{"lang":"zh","senior":false}"#
    );
    assert_eq!(Settings::from_fields(Some("en"), Some(true)), s);
    // Field by field: an unreadable field keeps its default, the other is still read.
    let lenient = Settings::from_fields(Some("fr"), Some(true));
    assert_eq!(lenient.lang, Lang::Zh);
    assert!(lenient.senior);
    assert_eq!(Settings::from_fields(Some("en"), None).lang, Lang::En);
    assert_eq!(Settings::from_fields(None, None), Settings::default());
}

#[test]
fn start_over_keeps_language_and_mode() {
    let s = run(vec![
        Action::SetLang(Lang::En),
        Action::SetSenior(true),
        Action::Typed(Fact::Employees, "5".into()),
        Action::StartOver(today()),
    ]);
    assert_eq!(s.lang, Lang::En);
    assert!(s.senior);
    assert!(!s.profile.is_answered(Fact::Employees));
    assert_eq!(s.view, View::Start);
}

#[test]
fn an_origin_is_read_back_from_its_code() {
    for origin in [Origin::Link, Origin::Saved, Origin::File, Origin::Example] {
        assert_eq!(Origin::from_code(origin.code()), Some(origin));
    }
    assert_eq!(Origin::from_code("elsewhere"), None);
}
