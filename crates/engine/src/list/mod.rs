//! Lists of enterprises, as staff hold them (the 科技型中小企业 pool, the 高企 list, a park's
//! tenants): a CSV file in UTF-8 or GBK/GB18030, or an Excel workbook (feature `xlsx`), read into
//! one profile per row and screened with the same engine as the questionnaire. Shared by the
//! command line (`yc-eval --batch`) and the staff workbench.
//!
//! The steps, each its own module:
//! - [`sheet`]: bytes to a grid of cells (the encoding detected or chosen; an Excel sheet's dates
//!   and numbers as text);
//! - [`headers`]: which row is the header (title rows above it are skipped) and which column
//!   holds what (the usual Chinese and English headers, and their units: `（万元）`, `（元）`);
//! - [`cells`]: each cell read with the questionnaire's grammar (万/亿, full-width digits, Excel
//!   date serials, `2024/3/1`, 是/否/√/×): a blank cell is unanswered, never "no"; a cell that
//!   cannot be read is a [`CellProblem`] with its row, column and value, and the row goes on;
//! - [`output`]: the screened rows as CSV (a UTF-8 BOM, so Excel shows Chinese correctly);
//! - [`stream`]: a CSV list read a row at a time, for lists too large to hold (the command line).

pub mod cells;
pub mod headers;
pub mod output;
pub mod sheet;
pub mod stream;
#[cfg(feature = "xlsx")]
pub mod workbook;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use crate::date::Date;
use crate::eval::{evaluate_with, Assessment};
use crate::facts::Fact;
use crate::input::InputError;
use crate::profile::Profile;
use crate::text::Lang;
use headers::{Column, Target};
pub use sheet::{Encoding, Sheet};

/// A cell that could not be read: where it is, what it holds, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CellProblem {
    /// The row's number in the file (1 is the first line or sheet row).
    pub row: usize,
    /// The column's letter as a spreadsheet shows it (`A`, `B`, … `AA`).
    pub column: String,
    /// The header above the cell, as written.
    pub header: String,
    pub value: String,
    pub error: InputError,
}

impl CellProblem {
    /// "第 12 行 D 列（营业收入（万元））「abc」：请输入数字…", in the staff member's language.
    pub fn message(&self, lang: Lang) -> String {
        crate::say!(
            lang,
            list.cell_problem,
            row = self.row,
            column = self.column,
            header = self.header,
            value = self.value,
            why = self.error.message(lang)
        )
    }
}

/// One row of the list, read: who it is, its answers as a profile, and what could not be read.
#[derive(Debug, Clone)]
pub struct Row {
    /// The row's number in the file.
    pub line: usize,
    pub name: String,
    pub credit_code: String,
    pub profile: Profile,
    pub problems: Vec<CellProblem>,
}

/// A list read: its columns and its rows.
#[derive(Debug, Clone)]
pub struct List {
    /// The header row's number in the file (title rows above it were skipped).
    pub header_line: usize,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl List {
    /// How many rows have at least one cell that could not be read.
    pub fn rows_with_problems(&self) -> usize {
        self.rows.iter().filter(|r| !r.problems.is_empty()).count()
    }
}

/// Why a list could not be read at all (a bad cell never stops it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    /// The file is not CSV text in a known encoding, or not a workbook.
    Unreadable(String),
    /// No row in the first [`headers::HEADER_SEARCH_ROWS`] names two known columns.
    NoHeader,
    /// The header names no column the engine reads (only the name, say).
    NoFacts,
}

impl ListError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ListError::Unreadable(why) => crate::say!(lang, list.unreadable, why),
            ListError::NoHeader => crate::t!(list.no_header).get(lang).into(),
            ListError::NoFacts => crate::t!(list.no_facts).get(lang).into(),
        }
    }
}

/// Reads a list from a grid of cells: finds the header row, recognises its columns, and reads
/// every row below it as of `date` (rows with no cell at all are left out; they are not
/// enterprises).
pub fn read(sheet: &Sheet, date: Date) -> Result<List, ListError> {
    let (header_index, columns) = headers::find(sheet).ok_or(ListError::NoHeader)?;
    if !columns
        .iter()
        .any(|c| matches!(c.target, Some(Target::Fact(_))))
    {
        return Err(ListError::NoFacts);
    }
    read_with(sheet, header_index, columns, date)
}

/// Reads the rows below `header_index` with the columns as mapped (by [`headers::find`], or as
/// staff changed the mapping).
pub fn read_with(
    sheet: &Sheet,
    header_index: usize,
    columns: Vec<Column>,
    date: Date,
) -> Result<List, ListError> {
    let mut rows = Vec::new();
    for (index, cells) in sheet.rows.iter().enumerate().skip(header_index + 1) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(read_row(index + 1, cells, &columns, date));
    }
    Ok(List {
        header_line: header_index + 1,
        columns,
        rows,
    })
}

pub(crate) fn read_row(line: usize, cells: &[String], columns: &[Column], date: Date) -> Row {
    let mut row = Row {
        line,
        name: String::new(),
        credit_code: String::new(),
        profile: Profile::new(date),
        problems: Vec::new(),
    };
    for (i, column) in columns.iter().enumerate() {
        let raw = cells.get(i).map(String::as_str).unwrap_or("").trim();
        match column.target {
            None => {}
            Some(Target::Name) => row.name = raw.to_string(),
            Some(Target::CreditCode) => row.credit_code = raw.to_string(),
            Some(Target::Fact(fact)) => {
                let read = cells::read(fact, raw, column.unit)
                    .and_then(|v| v.map_or(Ok(()), |v| row.profile.set(fact, v)));
                if let Err(error) = read {
                    row.problems.push(CellProblem {
                        row: line,
                        column: column_letter(i),
                        header: column.header.clone(),
                        value: raw.to_string(),
                        error,
                    });
                }
            }
        }
    }
    row
}

/// A spreadsheet's name for the column at `index` (0 is `A`, 26 is `AA`).
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A row with its assessment.
pub struct Screened<'a> {
    pub row: &'a Row,
    /// Owned where the row was just screened, borrowed where the screening is kept (the
    /// workbench's export: copying 10,000 assessments would take half a second).
    pub assessment: std::borrow::Cow<'a, Assessment>,
}

/// Every row of the list evaluated with `params` (those in force on the assessment date:
/// `params::in_force_shared(date)`, or a draft's).
pub fn screen<'a>(
    list: &'a List,
    params: &'a [crate::params::Parameter],
) -> impl Iterator<Item = Screened<'a>> {
    list.rows.iter().map(move |row| Screened {
        row,
        assessment: std::borrow::Cow::Owned(evaluate_with(&row.profile, params)),
    })
}

/// The facts a list's columns fill, in column order (for a summary: "read 营业收入, 研发费用…").
pub fn facts_read(list: &List) -> Vec<Fact> {
    list.columns
        .iter()
        .filter_map(|c| match c.target {
            Some(Target::Fact(f)) => Some(f),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
