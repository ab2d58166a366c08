//! Writes deterministic lists of enterprises for the list reader's tests and benchmarks, as staff
//! would hold them: the same rows every run (a fixed pseudo-random sequence), so a count seen in
//! the browser can be compared with the command line's.
//!
//!   cargo run -p yc-engine --example make-lists -- OUT_DIR [ROWS] [csv]
//!
//! (`csv`: the list's CSV only, for the command line's benchmark of a million rows)
//! writes into OUT_DIR:
//! - `list-ROWS.xlsx` and `list-ROWS.csv` (UTF-8 with BOM): a title row above the header, 万元
//!   headers, dates as date cells (XLSX) or `2024/3/1` (CSV), blank cells, no bad values;
//! - `messy-gbk.csv`: GBK, a title row, full-width digits, `2023年11月20日`, Excel serials, √/×,
//!   and bad values in known places (rows 6 and 9: see `BAD`);
//! - `small.xlsx`: the first 60 rows of the list, with a 填表说明 sheet before the list's.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
use std::path::Path;

const HEADERS: [&str; 11] = [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "所属区县",
    "营业收入（万元）",
    "研发费用（万元）",
    "职工人数",
    "科技人员数",
    "高企认定时间",
    "成立日期",
    "是否科技型中小企业",
];

const DISTRICTS: [&str; 7] = [
    "兴庆区",
    "金凤区",
    "西夏区",
    "永宁县",
    "贺兰县",
    "灵武市",
    "",
];

/// The bad cells of `messy-gbk.csv`: (line in the file, column index, value).
const BAD: [(usize, usize, &str); 3] = [(6, 4, "abc"), (9, 6, "十二个"), (9, 8, "2023/13/40")];

/// A fixed pseudo-random sequence (64-bit LCG), so every run writes the same rows.
struct Seq(u64);

impl Seq {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// One enterprise's cells; `None` is a blank cell. Dates as (year, month, day).
struct Firm {
    name: String,
    code: String,
    district: &'static str,
    revenue_wan: Option<u64>,
    rd_wan: Option<u64>,
    employees: Option<u64>,
    tech: Option<u64>,
    hnte: Option<(u16, u8, u8)>,
    founded: (u16, u8, u8),
    sme: Option<bool>,
}

fn firms(n: usize) -> Vec<Firm> {
    let mut s = Seq(20_261_205);
    (1..=n)
        .map(|i| {
            let employees = 3 + s.next(400);
            let revenue = 50 + s.next(60_000);
            Firm {
                name: format!("宁夏测试{i:06}科技有限公司"),
                code: format!("91640100MA{i:07}X"),
                district: DISTRICTS[s.next(DISTRICTS.len() as u64) as usize],
                revenue_wan: (s.next(10) > 0).then_some(revenue),
                rd_wan: (s.next(6) > 0).then(|| revenue * s.next(12) / 100),
                employees: (s.next(12) > 0).then_some(employees),
                tech: (s.next(5) > 0).then(|| employees * s.next(40) / 100),
                hnte: (s.next(3) == 0).then(|| {
                    (
                        2021 + s.next(5) as u16,
                        1 + s.next(12) as u8,
                        1 + s.next(28) as u8,
                    )
                }),
                founded: (
                    2005 + s.next(20) as u16,
                    1 + s.next(12) as u8,
                    1 + s.next(28) as u8,
                ),
                sme: match s.next(3) {
                    0 => None,
                    1 => Some(true),
                    _ => Some(false),
                },
            }
        })
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .expect("usage: make-lists OUT_DIR [ROWS] (see the file's header)");
    let rows: usize = args
        .next()
        .map(|n| n.parse().expect("ROWS is a whole number"))
        .unwrap_or(10_000);
    let csv_only = args.next().as_deref() == Some("csv");
    let out = Path::new(&out);
    std::fs::create_dir_all(out).expect("the output folder can be made");
    let list = firms(rows);
    std::fs::write(out.join(format!("list-{rows}.csv")), csv(&list)).unwrap();
    if csv_only {
        eprintln!("make-lists: {rows} rows written to {}", out.display());
        return;
    }
    std::fs::write(out.join(format!("list-{rows}.xlsx")), xlsx(&list, false)).unwrap();
    std::fs::write(
        out.join("small.xlsx"),
        xlsx(&list[..list.len().min(60)], true),
    )
    .unwrap();
    std::fs::write(
        out.join("messy-gbk.csv"),
        messy(&list[..list.len().min(12)]),
    )
    .unwrap();
    eprintln!("make-lists: {rows} rows written to {}", out.display());
}

fn ymd((y, m, d): (u16, u8, u8)) -> String {
    format!("{y}/{m}/{d}")
}

fn cells(i: usize, f: &Firm) -> Vec<String> {
    let opt = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    vec![
        (i + 1).to_string(),
        f.name.clone(),
        f.code.clone(),
        f.district.to_string(),
        opt(f.revenue_wan),
        opt(f.rd_wan),
        opt(f.employees),
        opt(f.tech),
        f.hnte.map(ymd).unwrap_or_default(),
        ymd(f.founded),
        match f.sme {
            Some(true) => "是".into(),
            Some(false) => "否".into(),
            None => String::new(),
        },
    ]
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn csv(list: &[Firm]) -> Vec<u8> {
    let mut text = String::from("\u{feff}2026年园区企业名单（测试数据）\n");
    text.push_str(&HEADERS.join(","));
    text.push('\n');
    for (i, f) in list.iter().enumerate() {
        let line: Vec<String> = cells(i, f).iter().map(|c| quote(c)).collect();
        text.push_str(&line.join(","));
        text.push('\n');
    }
    text.into_bytes()
}

/// GBK, with the spellings staff lists carry and bad values in known places.
fn messy(list: &[Firm]) -> Vec<u8> {
    let mut lines = vec!["园区企业名单（旧系统导出）".to_string(), HEADERS.join(",")];
    for (i, f) in list.iter().enumerate() {
        let mut c = cells(i, f);
        // Full-width digits in the revenue, Chinese dates, Excel serials, √/×.
        if i % 3 == 0 {
            c[4] = c[4]
                .chars()
                .map(|ch| {
                    char::from_u32(ch as u32 + 0xFEE0)
                        .filter(|_| ch.is_ascii_digit())
                        .unwrap_or(ch)
                })
                .collect();
        }
        if let (1, Some((y, m, d))) = (i % 3, f.hnte) {
            c[8] = format!("{y}年{m}月{d}日");
        }
        if i % 4 == 2 {
            c[9] = ExcelDateTime::from_ymd(f.founded.0, f.founded.1, f.founded.2)
                .map(|d| (d.to_excel() as i64).to_string())
                .unwrap_or_default();
        }
        c[10] = match f.sme {
            Some(true) => "√".into(),
            Some(false) => "×".into(),
            None => String::new(),
        };
        lines.push(c.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
    }
    for (line, column, value) in BAD {
        let cells: Vec<String> = lines[line - 1].split(',').map(String::from).collect();
        let mut cells = cells;
        cells[column] = value.to_string();
        lines[line - 1] = cells.join(",");
    }
    let text = lines.join("\r\n") + "\r\n";
    encoding_rs::GBK.encode(&text).0.into_owned()
}

fn xlsx(list: &[Firm], with_notes: bool) -> Vec<u8> {
    let mut book = Workbook::new();
    if with_notes {
        let notes = book.add_worksheet();
        notes.set_name("填表说明").unwrap();
        notes
            .write_string(0, 0, "金额单位为万元；日期为日期格式。")
            .unwrap();
    }
    let sheet = book.add_worksheet();
    sheet.set_name("企业名单").unwrap();
    write_sheet(sheet, list);
    book.save_to_buffer().expect("the workbook is written")
}

fn write_sheet(sheet: &mut Worksheet, list: &[Firm]) {
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .merge_range(
            0,
            0,
            0,
            10,
            "2026年园区企业名单（测试数据）",
            &Format::new(),
        )
        .unwrap();
    for (col, h) in HEADERS.iter().enumerate() {
        sheet.write_string(1, col as u16, *h).unwrap();
    }
    for (i, f) in list.iter().enumerate() {
        let r = i as u32 + 2;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, &f.name).unwrap();
        sheet.write_string(r, 2, &f.code).unwrap();
        if !f.district.is_empty() {
            sheet.write_string(r, 3, f.district).unwrap();
        }
        for (col, v) in [
            (4, f.revenue_wan),
            (5, f.rd_wan),
            (6, f.employees),
            (7, f.tech),
        ] {
            if let Some(v) = v {
                sheet.write_number(r, col, v as f64).unwrap();
            }
        }
        for (col, d) in [(8, f.hnte), (9, Some(f.founded))] {
            if let Some((y, m, d)) = d {
                let d = ExcelDateTime::from_ymd(y, m, d).unwrap();
                sheet.write_datetime_with_format(r, col, &d, &date).unwrap();
            }
        }
        if let Some(b) = f.sme {
            sheet
                .write_string(r, 10, if b { "是" } else { "否" })
                .unwrap();
        }
    }
}
