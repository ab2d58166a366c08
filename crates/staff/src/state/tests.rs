use super::*;
use rust_decimal::Decimal;
use yc_engine::eval::evaluate;
use yc_engine::profile::Value;
use yc_engine::Fact;

fn day() -> Date {
    Date::new(2026, 6, 1).unwrap()
}

/// A list as a park might export it: a title row, 万元 headers, a column nobody reads, a blank
/// cell, a bad value.
const LIST: &str = "\
某园区入驻企业名单,,,,,,,
序号,企业名称,统一社会信用代码,所属区县,营业收入（万元）,研发费用（万元）,职工人数,科技人员数
1,宁夏甲科技有限公司,91640100MA0000001X,金凤区,1500,120,80,20
2,宁夏乙材料有限公司,91640100MA0000002X,兴庆区,300,,25,3
3,宁夏丙软件有限公司,91640100MA0000003X,金凤区,abc,50,12,4
";

/// Applies an action and runs the screening it starts to its end, slice by slice, as the page's
/// effect does.
fn act(w: Workbench, action: Action) -> Workbench {
    let mut w = w.apply(action);
    while let Some((id, _)) = w.pending() {
        w = w.apply(Action::Continue(id));
    }
    w
}

trait Run {
    fn run(self, action: Action) -> Workbench;
}

impl Run for Workbench {
    fn run(self, action: Action) -> Workbench {
        act(self, action)
    }
}

fn loaded(text: &str) -> Workbench {
    act(
        Workbench::new(Lang::Zh, day(), true),
        Action::File {
            name: "list.csv".into(),
            bytes: text.as_bytes().to_vec(),
        },
    )
}

#[test]
fn a_file_is_read_mapped_and_screened_as_the_engine_screens_it() {
    let w = loaded(LIST);
    assert_eq!(w.failure, None);
    assert_eq!(w.header_index, 1, "the title row is skipped");
    let s = w.screening.as_ref().expect("screened");
    assert_eq!(s.list.rows.len(), 3);
    assert_eq!(s.list.rows_with_problems(), 1, "营业收入 abc is named");
    assert_eq!(s.list.rows[2].problems[0].column, "E");
    assert!(
        s.list.rows[1].profile.get(Fact::RdExpense).is_none(),
        "a blank cell is unanswered"
    );
    for (row, a) in s.list.rows.iter().zip(s.assessments()) {
        let alone = evaluate(&row.profile);
        assert_eq!(a.known_maximum, alone.known_maximum);
        assert_eq!(
            a.results
                .iter()
                .map(|r| r.status.kind())
                .collect::<Vec<_>>(),
            alone
                .results
                .iter()
                .map(|r| r.status.kind())
                .collect::<Vec<_>>()
        );
    }
    // The counts per programme add up to the rows.
    for (_, n) in counts(s) {
        assert_eq!(n.iter().sum::<usize>(), 3);
    }
}

#[test]
fn a_mapping_is_remembered_and_applied_to_the_next_file() {
    let w = loaded(LIST);
    let staff = w
        .columns
        .iter()
        .position(|c| c.header == "科技人员数")
        .unwrap();
    assert_eq!(w.columns[staff].target, Some(Target::Fact(Fact::TechStaff)));
    let w = w.run(Action::Map {
        column: staff,
        target: None,
    });
    assert_eq!(w.columns[staff].target, None);
    assert_eq!(
        w.remembered,
        vec![("科技人员数".to_string(), String::new())]
    );
    let s = w.screening.as_ref().unwrap();
    assert!(s.list.rows[0].profile.get(Fact::TechStaff).is_none());
    // The same headers next time: the column stays unread.
    let next = Workbench {
        remembered: w.remembered.clone(),
        ..Workbench::new(Lang::Zh, day(), true)
    }
    .run(Action::File {
        name: "again.csv".into(),
        bytes: LIST.as_bytes().to_vec(),
    });
    assert_eq!(next.columns[staff].target, None);
    // Mapping a column to what another holds lets the other go.
    let w = w.run(Action::Map {
        column: 0,
        target: Some(Target::Fact(Fact::Employees)),
    });
    let employees: Vec<_> = w
        .columns
        .iter()
        .filter(|c| c.target == Some(Target::Fact(Fact::Employees)))
        .collect();
    assert_eq!(employees.len(), 1);
    assert_eq!(w.columns[0].target, Some(Target::Fact(Fact::Employees)));
}

#[test]
fn a_list_without_known_headers_is_mapped_by_hand() {
    let text = "甲,乙\n宁夏甲科技有限公司,1500万\n";
    let w = loaded(text);
    assert_eq!(w.failure, Some(Failure::List(ListError::NoHeader)));
    assert!(w.screening.is_none());
    let w = w
        .run(Action::Map {
            column: 0,
            target: Some(Target::Name),
        })
        .run(Action::Map {
            column: 1,
            target: Some(Target::Fact(Fact::Revenue)),
        });
    assert_eq!(w.failure, None);
    let s = w.screening.as_ref().unwrap();
    assert_eq!(s.list.rows[0].name, "宁夏甲科技有限公司");
    assert_eq!(
        s.list.rows[0].profile.get(Fact::Revenue),
        Some(&Value::Money(Decimal::from(15_000_000)))
    );
}

#[test]
fn gbk_is_detected_and_can_be_chosen_by_hand() {
    let (gbk, _, _) = encoding_rs::GBK.encode(LIST);
    let w = Workbench::new(Lang::Zh, day(), true).run(Action::File {
        name: "gbk.csv".into(),
        bytes: gbk.to_vec(),
    });
    assert_eq!(w.used_encoding, Some(Encoding::Gb18030));
    assert_eq!(
        w.screening.as_ref().unwrap().list.rows[0].name,
        "宁夏甲科技有限公司"
    );
    // Read as UTF-8 by hand, the header is not found: the staff member sees why.
    let w = w.run(Action::Encoding(Encoding::Utf8));
    assert!(w.screening.is_none());
    assert!(w.failure.is_some());
    let w = w.run(Action::Encoding(Encoding::Auto));
    assert!(w.screening.is_some());
}

#[test]
fn an_old_excel_file_or_a_failed_read_says_why_and_keeps_the_mapping() {
    let w = loaded(LIST).run(Action::Map {
        column: 0,
        target: None,
    });
    let xls = w.clone().run(Action::File {
        name: "old.xls".into(),
        bytes: vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    });
    assert_eq!(xls.failure, Some(Failure::Xls));
    assert!(xls.screening.is_none());
    let failed = w.clone().run(Action::Failed(Failure::TooLarge));
    assert_eq!(failed.remembered, w.remembered);
    for lang in [Lang::Zh, Lang::En] {
        assert!(!Failure::Xls.message(lang).is_empty());
        assert!(Failure::TooLarge.message(lang).contains("64"));
    }
}

#[test]
fn filters_and_sorts() {
    let w = loaded(LIST);
    let s = w.screening.clone().unwrap();
    assert_eq!(w.shown_rows().len(), 3);
    // As in the file.
    let w = w.run(Action::Sort(Sort::Line));
    assert_eq!(w.shown_rows(), vec![0, 1, 2]);
    // By known maximum: never increasing.
    let w = w.run(Action::Sort(Sort::KnownMaximum));
    let maxima: Vec<_> = w
        .shown_rows()
        .iter()
        .map(|&i| s.assessment(i).unwrap().known_maximum)
        .collect();
    assert!(maxima.windows(2).all(|p| p[0] >= p[1]));
    // By district.
    let w = w.run(Action::District(Some("jinfeng")));
    assert_eq!(w.shown_rows().len(), 2);
    let w = w.run(Action::District(None));
    // By a programme's verdict: exactly the rows the counts name.
    for (prog, n) in counts(&s) {
        for (slot, kind) in StatusKind::ALL.iter().enumerate() {
            let w = w
                .clone()
                .run(Action::Programme(Some(prog.id)))
                .run(Action::Status(Some(*kind)));
            assert_eq!(w.shown_rows().len(), n[slot], "{} {kind:?}", prog.id);
        }
    }
    // Contact first: rows with a programme open now come before rows without.
    let w = w.run(Action::Sort(Sort::ContactFirst));
    let eligible: Vec<_> = w
        .shown_rows()
        .iter()
        .map(|&i| eligible_count(s.assessment(i).unwrap()))
        .collect();
    assert!(eligible.windows(2).all(|p| p[0] >= p[1]));
}

#[test]
fn a_new_date_screens_again() {
    let w = loaded(LIST);
    let later = Date::new(2027, 3, 1).unwrap();
    let w = w.run(Action::Date(later));
    let s = w.screening.as_ref().unwrap();
    assert!(s.assessments().all(|a| a.assessment_date == later));
    assert!(total_known(s).is_some());
}

#[test]
fn an_xlsx_workbook_is_read_from_the_chosen_sheet() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let first = book.add_worksheet();
    first.set_name("说明").unwrap();
    first.write_string(0, 0, "填表说明").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("名单").unwrap();
    for (col, header) in ["企业名称", "营业收入（万元）", "职工人数"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "宁夏丁科技有限公司").unwrap();
    sheet.write_number(1, 1, 800).unwrap();
    sheet.write_number(1, 2, 40).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let w = Workbench::new(Lang::Zh, day(), true).run(Action::File {
        name: "list.xlsx".into(),
        bytes,
    });
    assert_eq!(w.sheets, vec!["说明".to_string(), "名单".to_string()]);
    assert_eq!(
        w.sheet.as_deref(),
        Some("名单"),
        "the notes sheet before the list's is passed over"
    );
    let s = w.screening.as_ref().expect("the list's sheet is screened");
    assert_eq!(s.list.rows[0].name, "宁夏丁科技有限公司");
    // Chosen by hand, the notes sheet says why it is no list.
    let notes = w.clone().run(Action::Sheet("说明".into()));
    assert!(notes.screening.is_none());
    assert_eq!(notes.failure, Some(Failure::List(ListError::NoHeader)));
    let w = w.run(Action::Sheet("名单".into()));
    let s = w.screening.as_ref().expect("the chosen sheet is screened");
    assert_eq!(s.list.rows[0].name, "宁夏丁科技有限公司");
    assert_eq!(
        s.list.rows[0].profile.get(Fact::Revenue),
        Some(&Value::Money(Decimal::from(8_000_000)))
    );
}

#[test]
fn smallest_changes_count_each_enterprise_once() {
    let w = loaded(LIST);
    let s = w.screening.as_ref().unwrap();
    for (_, n) in smallest_changes(s, Lang::Zh) {
        assert!((1..=3).contains(&n));
    }
}

#[test]
fn a_long_list_is_screened_in_slices_that_can_be_paused() {
    let mut text = String::from("企业名称,营业收入（万元）,职工人数\n");
    for i in 0..(2 * SLICE + 7) {
        text.push_str(&format!("企业{i},{},{}\n", 100 + i, 10 + i % 50));
    }
    let w = Workbench::new(Lang::Zh, day(), true).apply(Action::File {
        name: "long.csv".into(),
        bytes: text.into_bytes(),
    });
    assert!(
        w.screening.is_none(),
        "nothing is shown before every row is screened"
    );
    let (id, done) = w.pending().expect("a screening waits for its first slice");
    assert_eq!(done, 0);
    let w = w.apply(Action::Continue(id));
    assert_eq!(w.pending(), Some((id, SLICE)));
    // Paused, a slice asked for before is not run; going on runs it.
    let w = w.apply(Action::Pause(true));
    assert_eq!(w.pending(), None);
    let w = w.apply(Action::Continue(id));
    assert_eq!(w.progress.as_ref().unwrap().evaluated, SLICE);
    let w = w.apply(Action::Pause(false));
    // A slice of a screening that was replaced (a new date) is ignored.
    let w = w.apply(Action::Date(Date::new(2026, 7, 1).unwrap()));
    let (new_id, _) = w.pending().unwrap();
    assert_ne!(new_id, id);
    let w = w.apply(Action::Continue(id));
    assert_eq!(w.pending(), Some((new_id, 0)));
    let w = act(w, Action::Continue(new_id));
    let s = w.screening.as_ref().expect("screened to the end");
    assert_eq!(s.assessments().count(), 2 * SLICE + 7);
    assert!(s.assessment(2 * SLICE + 6).is_some() && s.assessment(2 * SLICE + 7).is_none());
    for (row, a) in s.list.rows.iter().zip(s.assessments()) {
        assert_eq!(a.known_maximum, evaluate(&row.profile).known_maximum);
    }

    // Cancelled half way: nothing is screened any more, the file is gone, the date stays, and a
    // slice asked for before is ignored, even once another list is screening.
    let w = w.apply(Action::Date(Date::new(2026, 8, 1).unwrap()));
    let (old_id, _) = w.pending().unwrap();
    let w = w.apply(Action::Continue(old_id)).apply(Action::Clear);
    assert!(w.file.is_none() && w.progress.is_none() && w.screening.is_none());
    assert_eq!(w.pending(), None);
    assert_eq!(w.date, Date::new(2026, 8, 1).unwrap());
    let w = w.apply(Action::File {
        name: "list.csv".into(),
        bytes: LIST.as_bytes().to_vec(),
    });
    let (next_id, _) = w.pending().unwrap();
    assert_ne!(next_id, old_id);
    let w = w.apply(Action::Continue(old_id));
    assert_eq!(
        w.pending(),
        Some((next_id, 0)),
        "the cancelled one's slice is not run"
    );
}

#[test]
fn guideline_values_reassess_an_opened_enterprise_and_leave_the_screening_alone() {
    let w = Workbench::new(Lang::Zh, day(), true).run(Action::File {
        name: "list.csv".into(),
        bytes: LIST.as_bytes().to_vec(),
    });
    let s = w.screening.clone().expect("screened");
    // An enterprise with a pilot-scale project of 1,000万元, its land and buildings 0.
    let mut profile = s.list.rows[0].profile.clone();
    for (fact, value) in [
        (Fact::PilotProject, Value::Bool(true)),
        (
            Fact::PilotInvestment,
            Value::Money(Decimal::from(10_000_000)),
        ),
        (Fact::PilotLand, Value::Money(Decimal::ZERO)),
        (Fact::PilotBuildings, Value::Money(Decimal::ZERO)),
        (Fact::PilotEngineering, Value::Money(Decimal::ZERO)),
    ] {
        profile.set(fact, value).expect("a valid answer");
    }
    let published = evaluate(&profile);
    let w = w.run(Action::GuidelineTyped("pilot_rate", "10%".into()));
    assert!(w.has_draft());
    // The screening (and so the summary and the export) is the published one, not redone.
    assert!(Rc::ptr_eq(w.screening.as_ref().unwrap(), &s));
    let drafted = w.assessment_for(&profile, &published);
    let base = drafted.result("pilot-maturation").unwrap().pilot().unwrap();
    assert_eq!(base.amount, Some(Decimal::from(1_000_000)));
    assert!(base.parameter.draft);
    let before = published
        .result("pilot-maturation")
        .unwrap()
        .pilot()
        .unwrap();
    assert_eq!(before.amount, None, "no published rate: no amount");
    assert!(w.guideline_snippet().contains("value = \"10\""));
    assert!(w.guideline_snippet().contains("source = \"\""));
    // A bad value is refused with a message and changes nothing; the text stays as typed.
    let w = w.run(Action::GuidelineTyped("sme_innovation", "abc".into()));
    assert_eq!(
        w.guideline_errors(),
        vec![("sme_innovation", yc_engine::input::InputError::NotANumber)]
    );
    assert_eq!(w.guideline_draft().histories.len(), 1);
    // An id the parameters file does not have is not kept.
    let w = w.run(Action::GuidelineTyped("no_such_parameter", "5".into()));
    assert_eq!(w.guideline.len(), 2);
    // A new list keeps the values; clearing forgets them, and the cards are the screening's.
    let w = w.run(Action::Clear);
    assert_eq!(w.guideline.len(), 2);
    let w = w.run(Action::ClearGuideline);
    assert!(!w.has_draft());
    assert_eq!(w.assessment_for(&profile, &published), published);
    // Values kept on the device come back through the same reading.
    let w = w.run(Action::GuidelineLoaded(vec![("pilot_rate", "12.5".into())]));
    assert_eq!(w.guideline_draft().histories[0].1[0].value, "12.5");
}
