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
    let mut out = XlsxOut::new(std::io::Cursor::new(Vec::new()), lang, date)?;
    for s in rows {
        out.push(&s)?;
    }
    Ok(out.finish()?.into_inner())
}

/// The workbook written as the rows come (the command line screens a list too large to hold
/// this way): the same bytes as [`xlsx`]. The output must seek (a file, or memory), as a zip
/// archive's entries are sized once written.
pub struct XlsxOut<W: std::io::Write + std::io::Seek> {
    zip: zip::ZipWriter<W>,
    lang: Lang,
    date: Date,
    next_row: usize,
    row: String,
}

impl<W: std::io::Write + std::io::Seek> XlsxOut<W> {
    /// Writes the workbook's parts and the results sheet's header row.
    pub fn new(out: W, lang: Lang, date: Date) -> Result<Self, String> {
        let names = [
            crate::t!(list.results_sheet).get(lang),
            crate::t!(list.about_sheet).get(lang),
        ];
        let mut zip = start_book(out, &names)?;
        start_sheet(&mut zip, 1)?;
        let mut row = format!(
            r#"{HEAD}<worksheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
        );
        write_row(&mut row, 1, &header(lang), |_| false);
        zip.write_all(row.as_bytes()).map_err(|e| e.to_string())?;
        Ok(XlsxOut {
            zip,
            lang,
            date,
            next_row: 2,
            row,
        })
    }

    /// One enterprise's row.
    pub fn push(&mut self, s: &Screened<'_>) -> Result<(), String> {
        self.row.clear();
        write_row(
            &mut self.row,
            self.next_row,
            &record(s, self.lang),
            is_number_column,
        );
        self.next_row += 1;
        self.zip
            .write_all(self.row.as_bytes())
            .map_err(|e| e.to_string())
    }

    /// Closes the results sheet, writes the second sheet (the date and versions) and the
    /// archive's directory; returns the output.
    pub fn finish(mut self) -> Result<W, String> {
        let (lang, date) = (self.lang, self.date);
        self.zip
            .write_all(b"</sheetData></worksheet>")
            .map_err(|e| e.to_string())?;
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
        start_sheet(&mut self.zip, 2)?;
        self.zip
            .write_all(about.as_bytes())
            .map_err(|e| e.to_string())?;
        self.zip.finish().map_err(|e| e.to_string())
    }
}

/// The list template as a workbook: a first sheet with the header row the reader recognises
/// (the same columns as [`super::output::template_csv`]) and nothing below it, and a second
/// sheet of notes, one row per column: what it is and how to fill it in (its unit, the options
/// of a choice in both languages, how a yes/no or a date may be written). The reader finds the
/// list's sheet first and passes over the notes.
pub fn template_xlsx(lang: Lang) -> Result<Vec<u8>, String> {
    use super::output::{template_headers, template_note};
    let headers = template_headers(lang);
    let mut list = format!(
        r#"{HEAD}<worksheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
    );
    write_row(&mut list, 1, &headers, |_| false);
    list.push_str("</sheetData></worksheet>");
    let mut notes = format!(r#"{HEAD}<worksheet xmlns="{MAIN}"><sheetData>"#);
    write_row(
        &mut notes,
        1,
        &[
            crate::t!(list.note_column).get(lang).into(),
            crate::t!(list.note_how).get(lang).into(),
        ],
        |_| false,
    );
    for (i, header) in headers.iter().enumerate() {
        write_row(
            &mut notes,
            i + 2,
            &[header.clone(), template_note(i, lang)],
            |_| false,
        );
    }
    notes.push_str("</sheetData></worksheet>");
    let names = [
        crate::t!(list.template_sheet).get(lang),
        crate::t!(list.notes_sheet).get(lang),
    ];
    let mut zip = start_book(std::io::Cursor::new(Vec::new()), &names)?;
    for (n, xml) in [(1, list), (2, notes)] {
        start_sheet(&mut zip, n)?;
        zip.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

/// A fixed time (1980-01-01) in every entry: the same list gives the same bytes.
fn entry() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
}

/// A workbook of sheets with these names: every part but the sheets written; each sheet then
/// follows, `start_sheet(1)` first.
fn start_book<W: std::io::Write + std::io::Seek>(
    out: W,
    sheets: &[&str],
) -> Result<zip::ZipWriter<W>, String> {
    let sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    let mut overrides = String::new();
    let mut entries = String::new();
    let mut rels = String::new();
    for (i, name) in sheets.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            overrides,
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet_type}"/>"#
        );
        let _ = write!(
            entries,
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            escape(name)
        );
        let _ = write!(
            rels,
            r#"<Relationship Id="rId{n}" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        );
    }
    let styles_id = sheets.len() + 1;
    let parts = [
        (
            "[Content_Types].xml".to_string(),
            format!(
                r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>"#
            ),
        ),
        (
            "_rels/.rels".to_string(),
            format!(
                r#"{HEAD}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml".to_string(),
            format!(
                r#"{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>{entries}</sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            format!(
                r#"{HEAD}<Relationships xmlns="{RELS}">{rels}<Relationship Id="rId{styles_id}" Type="{DOC_RELS}/styles" Target="styles.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/styles.xml".to_string(),
            format!(
                r#"{HEAD}<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(out);
    for (name, text) in parts {
        zip.start_file(name, entry()).map_err(|e| e.to_string())?;
        zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip)
}

/// Starts sheet `n` (from 1) of a workbook begun by [`start_book`].
fn start_sheet<W: std::io::Write + std::io::Seek>(
    zip: &mut zip::ZipWriter<W>,
    n: usize,
) -> Result<(), String> {
    zip.start_file(format!("xl/worksheets/sheet{n}.xml"), entry())
        .map_err(|e| e.to_string())
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
