//! The screened list as an Excel workbook (`.xlsx`): the first sheet holds the export's header
//! and one row per enterprise (numbers as numbers, so they sum), the second the assessment date,
//! the rules and parameters versions and the content hash. Written as the few XML parts a
//! workbook needs, zipped with the `zip` crate the reader already brings: a workbook writer crate
//! (rust_xlsxwriter) would add about 184 KB gzip to the staff workbench for one table of text
//! and numbers. Deterministic: the same list gives the same bytes (the command line's output and
//! the browser's export are compared byte for byte).

use super::output::{header, is_number_column, record, title};
use super::{column_letter, Screened};
use crate::date::Date;
use crate::text::Lang;
use std::fmt::Write as _;
use std::io::Write as _;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// The workbook's bytes.
pub fn xlsx<'a>(
    rows: impl Iterator<Item = Screened<'a>>,
    lang: Lang,
    date: Date,
) -> Result<Vec<u8>, String> {
    let mut results = format!(
        r#"{HEAD}<worksheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
    );
    write_row(&mut results, 1, &header(lang), |_| false);
    for (i, s) in rows.enumerate() {
        write_row(&mut results, i + 2, &record(&s, lang), is_number_column);
    }
    results.push_str("</sheetData></worksheet>");

    let about_rows = [
        vec![title(lang, date)],
        vec![
            crate::t!(list.about_date).get(lang).into(),
            date.to_string(),
        ],
        vec![
            crate::t!(list.about_rules).get(lang).into(),
            crate::meta::RULESET_VERSION.to_string(),
        ],
        vec![
            crate::t!(list.about_parameters).get(lang).into(),
            crate::params::FILE_VERSION.to_string(),
        ],
        vec![
            crate::t!(list.about_hash).get(lang).into(),
            crate::meta::combined_hash(),
        ],
    ];
    let mut about = format!(r#"{HEAD}<worksheet xmlns="{MAIN}"><sheetData>"#);
    for (i, cells) in about_rows.iter().enumerate() {
        write_row(&mut about, i + 1, cells, |_| false);
    }
    about.push_str("</sheetData></worksheet>");

    let sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    let parts = [
        (
            "[Content_Types].xml",
            format!(
                r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{sheet_type}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="{sheet_type}"/></Types>"#
            ),
        ),
        (
            "_rels/.rels",
            format!(
                r#"{HEAD}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets><sheet name="{}" sheetId="1" r:id="rId1"/><sheet name="{}" sheetId="2" r:id="rId2"/></sheets></workbook>"#,
                escape(crate::t!(list.results_sheet).get(lang)),
                escape(crate::t!(list.about_sheet).get(lang))
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"{HEAD}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{DOC_RELS}/styles" Target="styles.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/styles.xml",
            format!(
                r#"{HEAD}<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
            ),
        ),
        ("xl/worksheets/sheet1.xml", results),
        ("xl/worksheets/sheet2.xml", about),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // A fixed time (1980-01-01) in every entry: the same list gives the same bytes.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

/// One row: a number column's plain decimal as a number, anything else as an inline string;
/// blank cells are left out.
fn write_row(out: &mut String, row: usize, cells: &[String], number: impl Fn(usize) -> bool) {
    let _ = write!(out, r#"<row r="{row}">"#);
    for (i, value) in cells.iter().enumerate() {
        if value.is_empty() {
            continue;
        }
        let at = format!("{}{row}", column_letter(i));
        let plain = value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
        if number(i) && plain {
            let _ = write!(out, r#"<c r="{at}"><v>{value}</v></c>"#);
        } else {
            let _ = write!(
                out,
                r#"<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                escape(value)
            );
        }
    }
    out.push_str("</row>");
}

/// Text as XML character data: the markup characters escaped, and the control characters XML 1.0
/// does not allow left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}
