//! A list's file as a grid of text cells: CSV in UTF-8 (with or without a BOM) or GBK/GB18030,
//! detected or chosen; or the first (or a named) sheet of an Excel workbook (feature `xlsx`).

/// How a CSV file's bytes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030 (a superset of GBK
    /// and GB2312, which older systems export).
    Auto,
    Utf8,
    Gb18030,
}

impl Encoding {
    /// The name a person sees: `UTF-8`, `GB18030 (GBK)`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030 (GBK)",
        }
    }

    /// `utf8`, `utf-8`, `gbk`, `gb18030`, `gb2312`, `auto` (any case).
    pub fn from_name(name: &str) -> Option<Encoding> {
        match name.to_ascii_lowercase().as_str() {
            "auto" => Some(Encoding::Auto),
            "utf8" | "utf-8" => Some(Encoding::Utf8),
            "gbk" | "gb18030" | "gb2312" => Some(Encoding::Gb18030),
            _ => None,
        }
    }
}

/// The cells of a list, row by row, as text; row 0 is the file's first line (or the sheet's
/// first row).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub rows: Vec<Vec<String>>,
}

/// Decodes a text file: returns the text and the encoding used. With `Auto`, valid UTF-8 is
/// UTF-8 and anything else GB18030; a chosen encoding is used as chosen (bytes it cannot decode
/// become U+FFFD, and the cells holding them are then refused by the grammar).
pub fn decode(bytes: &[u8], encoding: Encoding) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let utf8 = || String::from_utf8_lossy(bytes).into_owned();
    let gb = || {
        encoding_rs::GB18030
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()
    };
    match encoding {
        Encoding::Utf8 => (utf8(), Encoding::Utf8),
        Encoding::Gb18030 => (gb(), Encoding::Gb18030),
        Encoding::Auto => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), Encoding::Utf8),
            Err(_) => (gb(), Encoding::Gb18030),
        },
    }
}

impl Sheet {
    /// Reads CSV bytes (comma-, tab- or semicolon-separated, whichever the first lines use
    /// most; quoted cells may hold separators and line breaks).
    pub fn from_csv(bytes: &[u8], encoding: Encoding) -> Result<(Sheet, Encoding), String> {
        let (text, used) = decode(bytes, encoding);
        let head: String = text.lines().take(5).collect();
        let delimiter = [b',', b'\t', b';']
            .into_iter()
            .max_by_key(|d| head.bytes().filter(|b| b == d).count())
            .unwrap_or(b',');
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| e.to_string())?;
            rows.push(record.iter().map(str::to_string).collect());
        }
        Ok((Sheet { rows }, used))
    }

    /// Reads the named sheet of an Excel workbook (`.xlsx`), or its first sheet. Numbers come as
    /// their shortest decimal text (`1234.56`), dates as ISO dates, `TRUE`/`FALSE` as 是/否;
    /// error cells (`#N/A`) as written.
    #[cfg(feature = "xlsx")]
    pub fn from_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<(Sheet, String), String> {
        use calamine::{Data, Reader, Xlsx};
        let mut book: Xlsx<_> =
            Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(wanted) => names
                .iter()
                .find(|n| n.as_str() == wanted)
                .cloned()
                .ok_or_else(|| {
                    format!("no sheet named {wanted:?} (sheets: {})", names.join(", "))
                })?,
            None => names.first().cloned().ok_or("the workbook has no sheet")?,
        };
        let range = book.worksheet_range(&name).map_err(|e| e.to_string())?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
        for cells in range.rows() {
            let mut row = vec![String::new(); left as usize];
            row.extend(cells.iter().map(|cell| {
                match cell {
                    Data::Empty => String::new(),
                    Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                    Data::Int(i) => i.to_string(),
                    Data::Float(f) => f.to_string(),
                    Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
                    // The serial's whole days (the time of day dropped); a serial beyond the
                    // calendar stays a number, and the date grammar refuses it.
                    Data::DateTime(d) => super::cells::serial_date(d.as_f64().floor() as i64)
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| d.as_f64().to_string()),
                    Data::Error(e) => e.to_string(),
                }
            }));
            rows.push(row);
        }
        Ok((Sheet { rows }, name))
    }
}
