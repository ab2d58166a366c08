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

/// A decoder of GB18030 bytes (GBK and GB2312 are its subsets) as the WHATWG Encoding Standard
/// defines it: encoding_rs's on the command line (feature `gbk`), the browser's own
/// `TextDecoder` in the staff workbench. (encoding_rs decodes through one enum of every decoder
/// it has, so a Wasm that links it carries every CJK table: Big5, Shift_JIS, EUC-KR, …,
/// measured 140 KB; the browser already has them.)
pub type Gb18030 = fn(&[u8]) -> String;

/// encoding_rs's GB18030 decoder (bytes it cannot decode become U+FFFD).
#[cfg(feature = "gbk")]
pub fn gb18030(bytes: &[u8]) -> String {
    encoding_rs::GB18030
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// Decodes a text file with encoding_rs's GB18030 decoder ([`decode_with`]).
#[cfg(feature = "gbk")]
pub fn decode(bytes: &[u8], encoding: Encoding) -> (String, Encoding) {
    decode_with(bytes, encoding, gb18030)
}

/// Decodes a text file: returns the text and the encoding used. With `Auto`, valid UTF-8 is
/// UTF-8 and anything else GB18030; a chosen encoding is used as chosen (bytes it cannot decode
/// become U+FFFD, and the cells holding them are then refused by the grammar).
pub fn decode_with(bytes: &[u8], encoding: Encoding, gb18030: Gb18030) -> (String, Encoding) {
    let (text, used) = decode_text(bytes, encoding, gb18030);
    (text.into_owned(), used)
}

/// [`decode_with`], borrowing the bytes where they are UTF-8 already (no copy of a large file).
pub fn decode_text(
    bytes: &[u8],
    encoding: Encoding,
    gb18030: Gb18030,
) -> (std::borrow::Cow<'_, str>, Encoding) {
    use std::borrow::Cow;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let gb = || Cow::Owned(gb18030(bytes));
    match encoding {
        Encoding::Utf8 => (String::from_utf8_lossy(bytes), Encoding::Utf8),
        Encoding::Gb18030 => (gb(), Encoding::Gb18030),
        Encoding::Auto => match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
            Err(_) => (gb(), Encoding::Gb18030),
        },
    }
}

/// A CSV reader of decoded text: comma-, tab- or semicolon-separated, whichever the first lines
/// use most; quoted cells may hold separators and line breaks; rows may differ in length.
pub fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    let head: String = text.lines().take(5).collect();
    let delimiter = [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| head.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

impl Sheet {
    /// Reads CSV bytes with encoding_rs's GB18030 decoder ([`Sheet::from_csv_with`]).
    #[cfg(feature = "gbk")]
    pub fn from_csv(bytes: &[u8], encoding: Encoding) -> Result<(Sheet, Encoding), String> {
        Sheet::from_csv_with(bytes, encoding, gb18030)
    }

    /// Reads CSV bytes (comma-, tab- or semicolon-separated, whichever the first lines use
    /// most; quoted cells may hold separators and line breaks), GB18030 with `gb18030`.
    pub fn from_csv_with(
        bytes: &[u8],
        encoding: Encoding,
        gb18030: Gb18030,
    ) -> Result<(Sheet, Encoding), String> {
        let (text, used) = decode_text(bytes, encoding, gb18030);
        let mut reader = csv_reader(&text);
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| e.to_string())?;
            rows.push(record.iter().map(str::to_string).collect());
        }
        Ok((Sheet { rows }, used))
    }

    /// The sheet of a workbook that holds the list: the named one, or else the first whose header
    /// is found ([`super::headers::find`]; a notes sheet before the list is passed over), or
    /// else the first. Returns the sheet and its name.
    #[cfg(feature = "xlsx")]
    pub fn xlsx_list(bytes: &[u8], wanted: Option<&str>) -> Result<(Sheet, String), String> {
        if wanted.is_some() {
            return Sheet::from_xlsx(bytes, wanted);
        }
        let first = Sheet::from_xlsx(bytes, None)?;
        if super::headers::find(&first.0).is_some() {
            return Ok(first);
        }
        for name in Sheet::xlsx_sheet_names(bytes)?.iter().skip(1) {
            let (sheet, name) = Sheet::from_xlsx(bytes, Some(name))?;
            if super::headers::find(&sheet).is_some() {
                return Ok((sheet, name));
            }
        }
        Ok(first)
    }

    /// The names of an Excel workbook's sheets, in the workbook's order.
    #[cfg(feature = "xlsx")]
    pub fn xlsx_sheet_names(bytes: &[u8]) -> Result<Vec<String>, String> {
        let book = super::xlsx::Book::open(bytes)?;
        Ok(book.sheets.into_iter().map(|(name, _)| name).collect())
    }

    /// Reads the named sheet of an Excel workbook (`.xlsx`), or its first sheet. Numbers come as
    /// their shortest decimal text (`1234.56`), dates as ISO dates, `TRUE`/`FALSE` as 是/否;
    /// error cells (`#N/A`) as written ([`super::xlsx`]).
    #[cfg(feature = "xlsx")]
    pub fn from_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<(Sheet, String), String> {
        let mut book = super::xlsx::Book::open(bytes)?;
        let (rows, name) = book.read(sheet)?;
        Ok((Sheet { rows }, name))
    }
}
