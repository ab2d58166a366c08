use super::headers::{recognise, MoneyUnit, Target};
use super::*;
use crate::facts::Fact;
use crate::profile::Value;
use rust_decimal::Decimal;

fn day() -> Date {
    Date::new(2026, 12, 5).unwrap()
}

fn money(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A messy list as staff get it: a title row, a blank line, 万元 headers with full-width brackets,
/// a column nobody reads, Excel serials and slashed dates, full-width digits, blank cells, and
/// bad values in known places.
const MESSY: &str = "\
银川市某园区2026年入驻企业名单,,,,,,,
,,,,,,,
序号,企业名称,统一社会信用代码,所属区县,营业收入（万元）,研发费用（万元）,职工人数,高企认定时间
1,宁夏甲科技有限公司,91640100MA0000001X,金凤区,\"1,500\",１２０,80,45352
2,宁夏乙材料有限公司,91640100MA0000002X,银川市兴庆区,300,,25,2024/3/1
3,宁夏丙软件有限公司,91640100MA0000003X,火星区,abc,50,十,2023年11月20日
,,,,,,,
";

#[test]
fn a_messy_csv_is_read_with_every_bad_cell_named() {
    let (sheet, used) = Sheet::from_csv(MESSY.as_bytes(), Encoding::Auto).unwrap();
    assert_eq!(used, Encoding::Utf8);
    let list = read(&sheet, day()).unwrap();
    assert_eq!(
        list.header_line, 3,
        "the title row and the blank line are skipped"
    );
    assert_eq!(
        list.rows.len(),
        3,
        "the empty last line is not an enterprise"
    );
    assert_eq!(list.columns[0].target, None, "序号 is not read");

    let a = &list.rows[0];
    assert_eq!(a.line, 4);
    assert_eq!(a.name, "宁夏甲科技有限公司");
    assert_eq!(a.credit_code, "91640100MA0000001X");
    assert!(a.problems.is_empty(), "{:?}", a.problems);
    let p = &a.profile;
    assert_eq!(p.choice(Fact::Location), Some("jinfeng"));
    assert_eq!(
        p.number(Fact::Revenue),
        Some(money("15000000")),
        "1,500 万元"
    );
    assert_eq!(
        p.number(Fact::RdExpense),
        Some(money("1200000")),
        "full-width digits, 万元"
    );
    assert_eq!(p.number(Fact::Employees), Some(money("80")));
    assert_eq!(
        p.date(Fact::HnteDate),
        Date::new(2024, 3, 1),
        "Excel serial 45352"
    );

    let b = &list.rows[1];
    assert!(b.problems.is_empty(), "{:?}", b.problems);
    assert_eq!(
        b.profile.choice(Fact::Location),
        Some("xingqing"),
        "a unique part of the label"
    );
    assert_eq!(
        b.profile.get(Fact::RdExpense),
        None,
        "a blank cell is unanswered, never no"
    );
    assert_eq!(b.profile.date(Fact::HnteDate), Date::new(2024, 3, 1));

    let c = &list.rows[2];
    let named: Vec<(usize, &str, &str)> = c
        .problems
        .iter()
        .map(|p| (p.row, p.column.as_str(), p.value.as_str()))
        .collect();
    assert_eq!(named, [(6, "D", "火星区"), (6, "E", "abc"), (6, "G", "十")]);
    assert_eq!(
        c.profile.number(Fact::RdExpense),
        Some(money("500000")),
        "the row goes on"
    );
    assert_eq!(c.profile.date(Fact::HnteDate), Date::new(2023, 11, 20));
    assert_eq!(list.rows_with_problems(), 1);
    let zh = c.problems[1].message(Lang::Zh);
    assert!(
        zh.starts_with("第 6 行 E 列（营业收入（万元））“abc”："),
        "{zh}"
    );
    let en = c.problems[1].message(Lang::En);
    assert!(
        en.starts_with("Row 6, column E (营业收入（万元）), \"abc\": "),
        "{en}"
    );
}

#[test]
fn gbk_is_detected_and_can_be_chosen() {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(MESSY);
    assert!(!unmappable);
    let (sheet, used) = Sheet::from_csv(&bytes, Encoding::Auto).unwrap();
    assert_eq!(used, Encoding::Gb18030);
    let list = read(&sheet, day()).unwrap();
    assert_eq!(list.rows[0].name, "宁夏甲科技有限公司");
    // Read as UTF-8 by hand, the Chinese is lost and no header is found: the staff member sees
    // why and can switch back.
    let (sheet, _) = Sheet::from_csv(&bytes, Encoding::Utf8).unwrap();
    assert_eq!(read(&sheet, day()).unwrap_err(), ListError::NoHeader);
    // A UTF-8 file with a BOM reads the same as without.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(MESSY.as_bytes());
    let (with_bom, used) = Sheet::from_csv(&bom, Encoding::Auto).unwrap();
    assert_eq!(used, Encoding::Utf8);
    assert_eq!(
        with_bom,
        Sheet::from_csv(MESSY.as_bytes(), Encoding::Auto).unwrap().0
    );
}

#[test]
fn headers_name_their_facts_and_units() {
    let cases = [
        (
            "营业收入（万元）",
            Some(Target::Fact(Fact::Revenue)),
            Some(MoneyUnit::Wan),
        ),
        (
            "销售收入(元)",
            Some(Target::Fact(Fact::Revenue)),
            Some(MoneyUnit::Yuan),
        ),
        (
            " 研发费用 万元 ",
            Some(Target::Fact(Fact::RdExpense)),
            Some(MoneyUnit::Wan),
        ),
        ("*企业名称", Some(Target::Name), None),
        ("Company name", Some(Target::Name), None),
        (
            "科技人员数（人）",
            Some(Target::Fact(Fact::TechStaff)),
            None,
        ),
        ("revenue", Some(Target::Fact(Fact::Revenue)), None),
        (
            "Last year's R&D expense",
            Some(Target::Fact(Fact::RdExpense)),
            None,
        ),
        ("上年研发费用", Some(Target::Fact(Fact::RdExpense)), None),
        ("高企认定时间", Some(Target::Fact(Fact::HnteDate)), None),
        ("备注", None, None),
    ];
    for (header, target, unit) in cases {
        let c = recognise(header);
        assert_eq!((c.target, c.unit), (target, unit), "{header}");
    }
    // Every fact's own label and key are recognised (what the template writes).
    for d in crate::facts::FACT_DEFS {
        for h in [d.label.get(Lang::Zh), d.label.get(Lang::En), d.fact.id()] {
            assert_eq!(recognise(h).target, Some(Target::Fact(d.fact)), "{h}");
        }
    }
}

#[test]
fn cells_read_as_lists_write_them() {
    use super::cells::{date, read as cell, serial_date, yes_no};
    assert_eq!(cell(Fact::StateOwned, "  ", None), Ok(None));
    for yes in ["是", "√", "Y", "yes", "1", "有", "TRUE"] {
        assert_eq!(yes_no(yes), Ok(true), "{yes}");
    }
    for no in ["否", "×", "N", "no", "0", "无", "FALSE"] {
        assert_eq!(yes_no(no), Ok(false), "{no}");
    }
    assert!(yes_no("maybe").is_err());
    assert_eq!(
        cell(Fact::Revenue, "1.2亿", Some(MoneyUnit::Wan)),
        Ok(Some(Value::Money(money("120000000"))))
    );
    assert_eq!(
        cell(Fact::Revenue, "1200", None),
        Ok(Some(Value::Money(money("1200")))),
        "no unit: yuan"
    );
    assert_eq!(
        cell(Fact::Employees, "120.0", None),
        Ok(Some(Value::Count(120)))
    );
    assert!(cell(Fact::Employees, "120.5", None).is_err());
    assert_eq!(
        cell(Fact::Industries, "软件开发、新材料", None),
        Ok(Some(
            Value::parse_text(Fact::Industries, "new_materials+software").unwrap()
        ))
    );
    for (raw, want) in [
        ("45352", (2024, 3, 1)),
        ("45352.75", (2024, 3, 1)),
        ("2024/3/1", (2024, 3, 1)),
        ("2024.03.01", (2024, 3, 1)),
        ("2024-3-1", (2024, 3, 1)),
        ("2024年3月1日", (2024, 3, 1)),
        ("20240301", (2024, 3, 1)),
        ("1", (1900, 1, 1)),
        ("59", (1900, 2, 28)),
        ("61", (1900, 3, 1)),
        ("2958465", (9999, 12, 31)),
    ] {
        let got = date(raw)
            .ok()
            .or_else(|| raw.parse().ok().and_then(serial_date));
        assert_eq!(got, Date::new(want.0, want.1, want.2), "{raw}");
    }
    assert_eq!(serial_date(60), None, "Excel's 1900-02-29 never was");
    assert!(date("2024/13/1").is_err());
    assert!(date("abc").is_err());
}

#[test]
fn the_output_has_a_row_per_enterprise_and_reads_back_as_a_title_row() {
    let (sheet, _) = Sheet::from_csv(MESSY.as_bytes(), Encoding::Auto).unwrap();
    let list = read(&sheet, day()).unwrap();
    let params = crate::params::in_force_shared(day());
    let bytes = output::csv(screen(&list, &params), Lang::Zh, day());
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let (back, _) = Sheet::from_csv(&bytes, Encoding::Auto).unwrap();
    assert_eq!(back.rows.len(), 2 + list.rows.len());
    assert!(back.rows[0][0].contains("2026-12-05"));
    let header = &back.rows[1];
    assert_eq!(header.len(), 6 + 2 * crate::catalogue::CATALOGUE.len());
    for (row, screened) in back.rows[2..].iter().zip(screen(&list, &params)) {
        assert_eq!(row[0], screened.row.line.to_string());
        assert_eq!(row[1], screened.row.name);
        assert_eq!(row[3], screened.assessment.known_maximum.to_string());
    }
    assert!(
        back.rows[4][5].contains("火星区"),
        "the bad cells are in their row"
    );
}

#[test]
fn the_workbook_export_holds_the_csv_cells_and_reads_back() {
    let (sheet, _) = Sheet::from_csv(MESSY.as_bytes(), Encoding::Auto).unwrap();
    let list = read(&sheet, day()).unwrap();
    let params = crate::params::in_force_shared(day());
    for lang in [Lang::Zh, Lang::En] {
        let bytes = super::workbook::xlsx(screen(&list, &params), lang, day()).unwrap();
        assert_eq!(
            bytes,
            super::workbook::xlsx(screen(&list, &params), lang, day()).unwrap(),
            "the same list gives the same bytes"
        );
        let csv = output::csv(screen(&list, &params), lang, day());
        let (from_csv, _) = Sheet::from_csv(&csv, Encoding::Auto).unwrap();
        let names = Sheet::xlsx_sheet_names(&bytes).unwrap();
        assert_eq!(names.len(), 2);
        let (results, _) = Sheet::from_xlsx(&bytes, None).unwrap();
        // The workbook's first sheet is the CSV without its title line, cell for cell (blank
        // cells at a row's end are not written).
        assert_eq!(results.rows.len(), from_csv.rows.len() - 1);
        for (x, c) in results.rows.iter().zip(&from_csv.rows[1..]) {
            let trimmed: Vec<&String> = {
                let mut c: Vec<&String> = c.iter().collect();
                while c.last().is_some_and(|v| v.is_empty()) {
                    c.pop();
                }
                c
            };
            assert_eq!(x.iter().collect::<Vec<_>>(), trimmed, "{lang:?}");
        }
        let (about, _) = Sheet::from_xlsx(&bytes, Some(&names[1])).unwrap();
        assert_eq!(about.rows[0][0], from_csv.rows[0][0], "the title line");
        assert_eq!(about.rows[1][1], day().to_string());
        assert_eq!(about.rows[4][1], crate::meta::combined_hash());
    }
}

/// An Excel workbook as staff export it: a merged title row, numbers as number cells, a date as
/// a date cell, TRUE/FALSE cells, a blank cell, on a second sheet behind a first one.
fn workbook() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let cover = book.add_worksheet();
    cover.set_name("说明").unwrap();
    cover.write_string(0, 0, "填表说明").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("企业名单").unwrap();
    sheet
        .merge_range(0, 0, 0, 5, "2026年科技型企业名单", &Format::new())
        .unwrap();
    for (col, header) in [
        "企业名称",
        "营业收入（万元）",
        "研发费用（元）",
        "国有企业",
        "成立日期",
        "职工人数",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(1, col as u16, *header).unwrap();
    }
    sheet.write_string(2, 0, "宁夏丁科技有限公司").unwrap();
    sheet.write_number(2, 1, 1234.56).unwrap();
    sheet.write_number(2, 2, 800000).unwrap();
    sheet.write_boolean(2, 3, false).unwrap();
    sheet
        .write_datetime_with_format(2, 4, ExcelDateTime::from_ymd(2019, 4, 10).unwrap(), &date)
        .unwrap();
    sheet.write_number(2, 5, 60).unwrap();
    sheet.write_string(3, 0, "宁夏戊科技有限公司").unwrap();
    sheet.write_number(3, 5, 12).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_excel_sheet_is_read_with_its_dates_and_numbers() {
    let bytes = workbook();
    let (first, name) = Sheet::from_xlsx(&bytes, None).unwrap();
    assert_eq!(name, "说明");
    assert_eq!(read(&first, day()).unwrap_err(), ListError::NoHeader);
    let (sheet, _) = Sheet::from_xlsx(&bytes, Some("企业名单")).unwrap();
    // Unnamed, the list's sheet is the first with a header: the notes sheet is passed over.
    let (found, name) = Sheet::xlsx_list(&bytes, None).unwrap();
    assert_eq!(name, "企业名单");
    assert_eq!(found, sheet);
    assert_eq!(Sheet::xlsx_list(&bytes, Some("说明")).unwrap().0, first);
    let list = read(&sheet, day()).unwrap();
    assert_eq!(list.header_line, 2, "the merged title row is skipped");
    assert_eq!(list.rows.len(), 2);
    let p = &list.rows[0].profile;
    assert!(
        list.rows[0].problems.is_empty(),
        "{:?}",
        list.rows[0].problems
    );
    assert_eq!(
        p.number(Fact::Revenue),
        Some(money("12345600")),
        "1234.56 万元"
    );
    assert_eq!(p.number(Fact::RdExpense), Some(money("800000")), "in yuan");
    assert_eq!(p.bool(Fact::StateOwned), Some(false), "FALSE");
    assert_eq!(p.date(Fact::RegistrationDate), Date::new(2019, 4, 10));
    assert_eq!(p.number(Fact::Employees), Some(money("60")));
    let q = &list.rows[1].profile;
    assert_eq!(q.get(Fact::Revenue), None, "blank cells are unanswered");
    assert_eq!(q.get(Fact::StateOwned), None);
    assert!(Sheet::from_xlsx(&bytes, Some("没有"))
        .unwrap_err()
        .contains("说明, 企业名单"));
    assert!(Sheet::from_xlsx(b"PK not a workbook", None).is_err());
}

#[test]
fn the_template_names_every_fact_and_reads_back() {
    use super::headers::{find, Target};
    use crate::facts::FACT_DEFS;
    for lang in [Lang::Zh, Lang::En] {
        let bytes = super::output::template_csv(lang);
        let (sheet, _) = Sheet::from_csv(&bytes, Encoding::Auto).unwrap();
        let (index, columns) = find(&sheet).expect("the template's header is found");
        assert_eq!(index, 0);
        assert_eq!(columns[0].target, Some(Target::Name), "{lang:?}");
        assert_eq!(columns[1].target, Some(Target::CreditCode), "{lang:?}");
        for (def, column) in FACT_DEFS.iter().zip(&columns[2..]) {
            assert_eq!(
                column.target,
                Some(Target::Fact(def.fact)),
                "{lang:?}: {}",
                column.header
            );
        }
        assert_eq!(columns.len(), FACT_DEFS.len() + 2);

        // The workbook template: the same header on its first sheet, found by the reader, and a
        // note on how to fill in each column on the second.
        let book = super::workbook::template_xlsx(lang).unwrap();
        assert_eq!(
            book,
            super::workbook::template_xlsx(lang).unwrap(),
            "deterministic"
        );
        let (list_sheet, name) = Sheet::xlsx_list(&book, None).unwrap();
        assert_eq!(name, crate::t!(list.template_sheet).get(lang));
        assert_eq!(
            list_sheet.rows, sheet.rows,
            "{lang:?}: the same header as the CSV"
        );
        let names = Sheet::xlsx_sheet_names(&book).unwrap();
        let (notes, _) = Sheet::from_xlsx(&book, Some(&names[1])).unwrap();
        assert_eq!(notes.rows.len(), columns.len() + 1);
        for (row, header) in notes.rows[1..].iter().zip(&sheet.rows[0]) {
            assert_eq!(&row[0], header);
            assert!(row[1].len() > 4, "{lang:?}: {header} has a note");
        }
        let location = FACT_DEFS
            .iter()
            .position(|d| d.fact == Fact::Location)
            .unwrap();
        assert!(notes.rows[location + 3][1].contains(
            crate::facts::Fact::Location.def().options[0]
                .label
                .get(Lang::Zh)
        ));
    }
}

/// A header of two rows as bureaus lay them out: 企业名称 and 所属区县 merged down both rows, a
/// group "财务数据（万元）" merged over the two columns whose names are below it, and a district
/// merged down two enterprises.
#[test]
fn a_header_of_two_merged_rows_is_read_with_the_groups_unit() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    sheet
        .merge_range(0, 0, 0, 4, "某园区企业名单", &plain)
        .unwrap();
    sheet.merge_range(1, 0, 2, 0, "企业名称", &plain).unwrap();
    sheet.merge_range(1, 1, 2, 1, "所属区县", &plain).unwrap();
    sheet
        .merge_range(1, 2, 1, 3, "财务数据（万元）", &plain)
        .unwrap();
    sheet.write_string(2, 2, "营业收入").unwrap();
    sheet.write_string(2, 3, "研发费用（元）").unwrap();
    sheet.merge_range(1, 4, 2, 4, "职工人数", &plain).unwrap();
    sheet.write_string(3, 0, "宁夏己科技有限公司").unwrap();
    sheet.merge_range(3, 1, 4, 1, "金凤区", &plain).unwrap();
    sheet.write_number(3, 2, 1500).unwrap();
    sheet.write_number(3, 3, 200000).unwrap();
    sheet.write_number(3, 4, 80).unwrap();
    sheet.write_string(4, 0, "宁夏庚科技有限公司").unwrap();
    sheet.write_number(4, 2, 300).unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let (sheet, _) = Sheet::from_xlsx(&bytes, None).unwrap();
    let (index, columns) = super::headers::find(&sheet).expect("a header");
    assert_eq!(index, 2, "the lower header row, which names every column");
    let targets: Vec<_> = columns.iter().map(|c| c.target).collect();
    assert_eq!(
        targets,
        [
            Some(Target::Name),
            Some(Target::Fact(Fact::Location)),
            Some(Target::Fact(Fact::Revenue)),
            Some(Target::Fact(Fact::RdExpense)),
            Some(Target::Fact(Fact::Employees)),
        ]
    );
    assert_eq!(columns[2].unit, Some(MoneyUnit::Wan), "the group's unit");
    assert_eq!(columns[3].unit, Some(MoneyUnit::Yuan), "its own unit first");
    let list = read(&sheet, day()).unwrap();
    assert_eq!(list.rows.len(), 2);
    assert!(list.rows.iter().all(|r| r.problems.is_empty()));
    let (a, b) = (&list.rows[0].profile, &list.rows[1].profile);
    assert_eq!(a.number(Fact::Revenue), Some(money("15000000")));
    assert_eq!(a.number(Fact::RdExpense), Some(money("200000")));
    assert_eq!(a.get(Fact::Location), Some(&Value::Choice("jinfeng")));
    assert_eq!(
        b.get(Fact::Location),
        Some(&Value::Choice("jinfeng")),
        "the district merged down both enterprises is each one's"
    );
    assert_eq!(
        b.get(Fact::Employees),
        None,
        "a blank cell stays unanswered"
    );
}

/// The command line reads a CSV list a row at a time (`stream`): the same header, columns, rows,
/// row numbers and problems as reading it whole, for a messy list (title rows, 万元 headers,
/// blank lines and bad cells) in UTF-8 and in GBK, and for a header found past a long preamble.
#[test]
fn a_csv_list_read_a_row_at_a_time_is_the_list_read_whole() {
    use super::sheet::decode;
    use super::stream::CsvRows;
    let (gbk, _, _) = encoding_rs::GBK.encode(MESSY);
    let mut long = String::new();
    for i in 0..12 {
        long.push_str(&format!("说明第{i}行,,\n"));
    }
    long.push_str("企业名称,营业收入（万元）,职工人数\n");
    for i in 0..300 {
        long.push_str(&format!(
            "企业{i},{},{}\n",
            i * 10,
            if i % 7 == 0 { "x" } else { "5" }
        ));
        if i % 50 == 0 {
            long.push_str(",,\n");
        }
    }
    for bytes in [MESSY.as_bytes(), &gbk[..], long.as_bytes()] {
        let (sheet, _) = Sheet::from_csv(bytes, Encoding::Auto).unwrap();
        let whole = read(&sheet, day()).unwrap();
        let (text, _) = decode(bytes, Encoding::Auto);
        let stream = CsvRows::new(&text, day()).unwrap();
        assert_eq!(stream.header_line, whole.header_line);
        assert_eq!(stream.columns, whole.columns);
        let rows: Vec<Row> = stream.map(Result::unwrap).collect();
        assert_eq!(rows.len(), whole.rows.len());
        for (a, b) in rows.iter().zip(&whole.rows) {
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
        }
        assert!(whole.rows.iter().any(|r| !r.problems.is_empty()));
    }
    assert_eq!(
        CsvRows::new("a,b\n1,2\n", day()).err(),
        Some(ListError::NoHeader)
    );
}
