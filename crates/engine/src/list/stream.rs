//! A CSV list read a row at a time, for the command line (`yc-eval --batch`): the header is found
//! among the first rows as [`super::read`] finds it, then each row is read when asked for, so a
//! list of a million enterprises is screened and written out without ever being held whole. The
//! rows, their numbers and their problems are those [`super::read`] gives for the same file.

use super::headers::{self, Column, Target, HEADER_SEARCH_ROWS};
use super::{read_row, ListError, Row, Sheet};
use crate::date::Date;
use std::collections::VecDeque;

/// The rows of a CSV text after its header.
pub struct CsvRows<'t> {
    records: csv::StringRecordsIntoIter<&'t [u8]>,
    /// The first rows, read to find the header; those below it are handed out first.
    ahead: VecDeque<Vec<String>>,
    /// The index (from 0) of the next row in the file.
    next: usize,
    pub header_line: usize,
    pub columns: Vec<Column>,
    date: Date,
}

impl<'t> CsvRows<'t> {
    /// Finds the header (or says why there is none) in decoded CSV text
    /// ([`super::sheet::decode_text`]).
    pub fn new(text: &'t str, date: Date) -> Result<CsvRows<'t>, ListError> {
        let mut records = super::sheet::csv_reader(text).into_records();
        let mut first = Vec::new();
        for record in records.by_ref().take(HEADER_SEARCH_ROWS) {
            let record = record.map_err(|e| ListError::Unreadable(e.to_string()))?;
            first.push(record.iter().map(str::to_string).collect::<Vec<_>>());
        }
        let sheet = Sheet { rows: first };
        let (index, columns) = headers::find(&sheet).ok_or(ListError::NoHeader)?;
        if !columns
            .iter()
            .any(|c| matches!(c.target, Some(Target::Fact(_))))
        {
            return Err(ListError::NoFacts);
        }
        let ahead: VecDeque<_> = sheet.rows.into_iter().skip(index + 1).collect();
        Ok(CsvRows {
            records,
            ahead,
            next: index + 1,
            header_line: index + 1,
            columns,
            date,
        })
    }
}

impl Iterator for CsvRows<'_> {
    /// A row, or why the file stops being readable there.
    type Item = Result<Row, ListError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let cells = match self.ahead.pop_front() {
                Some(cells) => cells,
                None => match self.records.next()? {
                    Ok(record) => record.iter().map(str::to_string).collect(),
                    Err(e) => return Some(Err(ListError::Unreadable(e.to_string()))),
                },
            };
            self.next += 1;
            // A row with no cell at all is no enterprise (as `read` leaves it out).
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            return Some(Ok(read_row(self.next, &cells, &self.columns, self.date)));
        }
    }
}
