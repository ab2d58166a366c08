//! Reading one sheet of an Excel workbook (`.xlsx`: a zip of XML parts) into a grid of text cells,
//! on the `zip` and `quick-xml` crates. Written here rather than taken from a spreadsheet crate
//! because the one that reads `.xlsx` (calamine) turns on quick-xml's `encoding` feature, which
//! links every decoder of encoding_rs into the staff workbench's Wasm: measured, 170 KB gzip of
//! decoding tables for XML that is UTF-8 in every workbook Excel, WPS or LibreOffice write
//! (docs/benchmarks.md). What a list needs is small: the sheets' names and order, the shared
//! strings, which cell styles are dates, and the cells.

use super::cells::serial_date;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::io::Read;

type Archive<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

/// A workbook opened: its sheets (name and part path, in the workbook's order) and what every
/// sheet's cells refer to.
pub struct Book<'a> {
    zip: Archive<'a>,
    pub sheets: Vec<(String, String)>,
    shared: Vec<String>,
    /// For each cell style (`s="…"`), whether it shows a number as a date.
    date_styles: Vec<bool>,
    /// The 1904 date system (old Mac workbooks): serials count from 1904-01-01.
    date1904: bool,
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl<'a> Book<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Book<'a>, String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(err)?;
        let workbook = part(&mut zip, "xl/workbook.xml")?
            .ok_or("not an Excel workbook (it has no xl/workbook.xml)")?;
        let rels = part(&mut zip, "xl/_rels/workbook.xml.rels")?.unwrap_or_default();
        let (names, date1904) = workbook_sheets(&workbook)?;
        let targets = relationships(&rels)?;
        let sheets = names
            .into_iter()
            .filter_map(|(name, id)| {
                let target = targets.iter().find(|(i, _)| *i == id)?.1.clone();
                let path = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("xl/{target}"),
                };
                Some((name, path))
            })
            .collect();
        let shared = match part(&mut zip, "xl/sharedStrings.xml")? {
            Some(xml) => shared_strings(&xml)?,
            None => Vec::new(),
        };
        let date_styles = match part(&mut zip, "xl/styles.xml")? {
            Some(xml) => date_styles(&xml)?,
            None => Vec::new(),
        };
        Ok(Book {
            zip,
            sheets,
            shared,
            date_styles,
            date1904,
        })
    }

    /// The named sheet's cells (row 0 is the sheet's first row), or the first sheet's.
    pub fn read(&mut self, name: Option<&str>) -> Result<(Vec<Vec<String>>, String), String> {
        let (name, path) = match name {
            Some(wanted) => self
                .sheets
                .iter()
                .find(|(n, _)| n == wanted)
                .cloned()
                .ok_or_else(|| {
                    let names: Vec<&str> = self.sheets.iter().map(|(n, _)| n.as_str()).collect();
                    format!("no sheet named {wanted:?} (sheets: {})", names.join(", "))
                })?,
            None => self
                .sheets
                .first()
                .cloned()
                .ok_or("the workbook has no sheet")?,
        };
        let xml =
            part(&mut self.zip, &path)?.ok_or_else(|| format!("the sheet {name:?} is missing"))?;
        Ok((self.cells(&xml)?, name))
    }

    fn cells(&self, xml: &str) -> Result<Vec<Vec<String>>, String> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut reader = Reader::from_str(xml);
        // The cell being read: its place, type and style, and its value's text.
        let mut cell: Option<(usize, usize, String, usize)> = None;
        let mut next = (0usize, 0usize);
        let mut value = String::new();
        let mut in_value = false;
        let mut merges: Vec<Range> = Vec::new();
        loop {
            match reader.read_event().map_err(err)? {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                    if let Some(r) = attr(&e, "r")?.and_then(|r| r.parse::<usize>().ok()) {
                        next = (r.saturating_sub(1), 0);
                    }
                }
                Event::Start(e) if e.local_name().as_ref() == "c" => {
                    let (row, col) = match attr(&e, "r")? {
                        Some(r) => reference(&r).unwrap_or(next),
                        None => next,
                    };
                    let kind = attr(&e, "t")?.unwrap_or_default();
                    let style = attr(&e, "s")?.and_then(|s| s.parse().ok()).unwrap_or(0);
                    cell = Some((row, col, kind, style));
                    value.clear();
                }
                Event::Empty(e) if e.local_name().as_ref() == "c" => {
                    if let Some((_, col)) = attr(&e, "r")?.and_then(|r| reference(&r)) {
                        next.1 = col + 1;
                    }
                }
                Event::Start(e) if matches!(e.local_name().as_ref(), "v" | "t") => {
                    in_value = cell.is_some()
                }
                Event::End(e) if matches!(e.local_name().as_ref(), "v" | "t") => in_value = false,
                Event::Text(t) if in_value => value.push_str(&t.xml10_content()),
                Event::GeneralRef(r) if in_value => value.push(entity(&r)?),
                Event::End(e) if e.local_name().as_ref() == "c" => {
                    if let Some((row, col, kind, style)) = cell.take() {
                        let text = self.cell_text(&kind, style, &value);
                        if rows.len() <= row {
                            rows.resize(row + 1, Vec::new());
                        }
                        let r = &mut rows[row];
                        if r.len() <= col {
                            r.resize(col + 1, String::new());
                        }
                        r[col] = text;
                        next = (row, col + 1);
                    }
                }
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "mergeCell" => {
                    if let Some(range) = attr(&e, "ref")?.and_then(|r| merge_range(&r)) {
                        merges.push(range);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        fill_merged(&mut rows, &merges);
        Ok(rows)
    }

    /// A cell's text as the list reader takes it: a shared or inline string as written, a number
    /// as its shortest decimal text, a number styled as a date as an ISO date, TRUE/FALSE as
    /// 是/否, an error (`#N/A`) as written.
    fn cell_text(&self, kind: &str, style: usize, value: &str) -> String {
        match kind {
            "s" => value
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| self.shared.get(i))
                .cloned()
                .unwrap_or_default(),
            "b" => if value.trim() == "1" { "是" } else { "否" }.to_string(),
            "str" | "inlineStr" | "e" | "d" => value.to_string(),
            _ => {
                let number = value.trim();
                if self.date_styles.get(style).copied().unwrap_or(false) {
                    if let Some(date) = number
                        .parse::<f64>()
                        .ok()
                        .map(|f| f.floor() as i64 + if self.date1904 { 1462 } else { 0 })
                        .and_then(serial_date)
                    {
                        return date.to_string();
                    }
                }
                // Excel writes large and small numbers with an exponent (`1.5E-2`).
                match number
                    .contains(['E', 'e'])
                    .then(|| number.parse::<f64>().ok())
                    .flatten()
                {
                    Some(f) => f.to_string(),
                    None => number.to_string(),
                }
            }
        }
    }
}

/// A part of the zip as text; `None` when the workbook has no such part.
fn part(zip: &mut Archive<'_>, name: &str) -> Result<Option<String>, String> {
    let mut file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(err(e)),
    };
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(err)?;
    Ok(Some(text))
}

/// An attribute's value, by its local name (`r:id` is `id`).
fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for a in e.attributes() {
        let a = a.map_err(err)?;
        if a.key.local_name().as_ref() == name {
            return Ok(Some(
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(err)?
                    .into_owned(),
            ));
        }
    }
    Ok(None)
}

/// The character an entity reference in text stands for.
fn entity(r: &quick_xml::events::BytesRef<'_>) -> Result<char, String> {
    if let Some(c) = r.resolve_char_ref().map_err(err)? {
        return Ok(c);
    }
    match &**r {
        "amp" => Ok('&'),
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "quot" => Ok('"'),
        "apos" => Ok('\''),
        other => Err(format!("unknown entity &{other};")),
    }
}

/// `B3` as (row 2, column 1).
fn reference(r: &str) -> Option<(usize, usize)> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 {
        return None;
    }
    let col = r[..letters].bytes().try_fold(0usize, |n, b| {
        n.checked_mul(26)?
            .checked_add(usize::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    let row: usize = r[letters..].parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

/// A range of cells: its first and last (row, column), 0-based.
type Range = ((usize, usize), (usize, usize));

/// `A1:C2` as its first and last cells.
fn merge_range(r: &str) -> Option<Range> {
    let (from, to) = r.split_once(':')?;
    let (from, to) = (reference(from)?, reference(to)?);
    (from.0 <= to.0 && from.1 <= to.1).then_some((from, to))
}

/// A merged range's value is in its first cell only; every cell of the range takes it, as staff
/// see it (a header merged over two rows names its column in both; a district merged down
/// several enterprises is each one's). Only within the cells the sheet has: a merge reaching to
/// the sheet's last row or column adds no rows or columns.
fn fill_merged(rows: &mut [Vec<String>], merges: &[Range]) {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for &((r0, c0), (r1, c1)) in merges {
        let Some(value) = rows.get(r0).and_then(|r| r.get(c0)).cloned() else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let last_row = r1.min(rows.len().saturating_sub(1));
        let last_col = c1.min(width.saturating_sub(1));
        for row in rows.iter_mut().take(last_row + 1).skip(r0) {
            if row.len() <= last_col {
                row.resize(last_col + 1, String::new());
            }
            for cell in row.iter_mut().take(last_col + 1).skip(c0) {
                if cell.is_empty() {
                    cell.clone_from(&value);
                }
            }
        }
    }
}

/// The sheets' names and relationship ids in the workbook's order, and its date system.
fn workbook_sheets(xml: &str) -> Result<(Vec<(String, String)>, bool), String> {
    let mut out = Vec::new();
    let mut date1904 = false;
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(err)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "sheet" => {
                    if let (Some(name), Some(id)) = (attr(&e, "name")?, attr(&e, "id")?) {
                        out.push((name, id));
                    }
                }
                "workbookPr" => {
                    date1904 = matches!(attr(&e, "date1904")?.as_deref(), Some("1" | "true"));
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, date1904))
}

/// The workbook's relationships: (id, target).
fn relationships(xml: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(err)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                if let (Some(id), Some(target)) = (attr(&e, "Id")?, attr(&e, "Target")?) {
                    out.push((id, target));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The shared strings, each the text of its `<t>` elements (rich-text runs joined; phonetic
/// guides, `<rPh>`, left out).
fn shared_strings(xml: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    let mut current = String::new();
    let (mut in_t, mut in_phonetic) = (false, false);
    loop {
        match reader.read_event().map_err(err)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "si" => current.clear(),
                "t" => in_t = !in_phonetic,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == "si" => out.push(String::new()),
            Event::End(e) => match e.local_name().as_ref() {
                "si" => out.push(std::mem::take(&mut current)),
                "t" => in_t = false,
                "rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Text(t) if in_t => current.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_t => current.push(entity(&r)?),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// For each cell format of `<cellXfs>`, whether its number format shows a date: one of Excel's
/// built-in date formats, or a custom code with a day or year in it (`yyyy-mm-dd`, `m/d/yy`).
fn date_styles(xml: &str) -> Result<Vec<bool>, String> {
    let mut custom: Vec<(u32, bool)> = Vec::new();
    let mut out = Vec::new();
    let mut in_xfs = false;
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(err)? {
            Event::Start(e) if e.local_name().as_ref() == "cellXfs" => in_xfs = true,
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (attr(&e, "numFmtId")?, attr(&e, "formatCode")?)
                    {
                        if let Ok(id) = id.parse() {
                            custom.push((id, is_date_code(&code)));
                        }
                    }
                }
                "xf" if in_xfs => {
                    let id: u32 = attr(&e, "numFmtId")?
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    let date = match custom.iter().find(|(c, _)| *c == id) {
                        Some((_, date)) => *date,
                        None => matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58),
                    };
                    out.push(date);
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_xfs = false,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Whether a number format code shows a date: a `d` or `y` outside quoted text, escapes and
/// `[…]` sections (colours, conditions, elapsed hours).
fn is_date_code(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                for q in chars.by_ref() {
                    if q == ']' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            'd' | 'D' | 'y' | 'Y' => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_date_codes() {
        assert_eq!(reference("A1"), Some((0, 0)));
        assert_eq!(reference("AB12"), Some((11, 27)));
        assert_eq!(reference("12"), None);
        assert_eq!(reference("A0"), None);
        assert!(is_date_code("yyyy-mm-dd"));
        assert!(is_date_code("m/d/yy;@"));
        assert!(is_date_code("[$-F800]dddd, mmmm dd, yyyy"));
        assert!(!is_date_code("0.00"));
        assert!(!is_date_code("#,##0\"元\""));
        assert!(!is_date_code("[Red]0.0"));
        assert!(!is_date_code("h:mm:ss"));
    }
}
