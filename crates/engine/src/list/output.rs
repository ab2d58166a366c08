//! The screened list as CSV: a first line naming the tool, the assessment date and the rule
//! version (a reader of this module skips it as a title row), the header, then one row per
//! enterprise with, for each programme, its verdict and the most it could receive. UTF-8 with a
//! BOM, so Excel opens the Chinese correctly.

use super::{CellProblem, Screened};
use crate::catalogue::CATALOGUE;
use crate::eval::{Amount, ProgrammeResult, Status, StatusKind};
use crate::text::Lang;
use rust_decimal::Decimal;

/// The verdict's word in a cell (the results page's group headings).
pub fn status_word(kind: StatusKind, lang: Lang) -> &'static str {
    use crate::app_words::format as w;
    match kind {
        StatusKind::Eligible => w::eligible_now.get(lang),
        StatusKind::Upcoming => w::projects_coming_year.get(lang),
        StatusKind::Possible => w::possible.get(lang),
        StatusKind::NeedsInfo => w::need_more_answers.get(lang),
        StatusKind::NotEligible => w::not_eligible.get(lang),
    }
}

/// The most a programme's card says the enterprise could receive, where the card shows an
/// amount: a fixed ceiling's remainder for a verdict that reaches it, a tax saving's upper end
/// beside "eligible". Amounts the year's guideline sets are not known, and stay blank.
pub fn known_amount(r: &ProgrammeResult) -> Option<Decimal> {
    let reaches = matches!(r.status, Status::Eligible | Status::Upcoming { .. })
        || (r.status == Status::Possible && !r.readings.is_empty());
    match &r.amount {
        Amount::Ceiling(c) if reaches => Some(c.remaining),
        Amount::Tax(t) if r.status == Status::Eligible => t.saving_up_to,
        _ => None,
    }
}

/// The first line of an export: the tool, the assessment date, the rules and parameters
/// versions and the content hash.
pub fn title(lang: Lang, date: crate::date::Date) -> String {
    crate::say!(
        lang,
        list.output_title,
        date,
        rules = crate::meta::RULESET_VERSION,
        parameters = crate::params::FILE_VERSION,
        hash = crate::meta::combined_hash()
    )
}

/// The export's header: the row, name, credit code, known maximum, eligible count and the
/// unreadable cells, then a verdict and an amount column per programme.
pub fn header(lang: Lang) -> Vec<String> {
    let mut header: Vec<String> = [
        crate::t!(list.col_row),
        crate::t!(list.col_name),
        crate::t!(list.col_credit_code),
        crate::t!(list.col_known_maximum),
        crate::t!(list.col_eligible_count),
        crate::t!(list.col_problems),
    ]
    .iter()
    .map(|t| t.get(lang).to_string())
    .collect();
    for prog in CATALOGUE {
        let name = prog.name.get(lang);
        header.push(crate::say!(lang, list.col_verdict, name));
        header.push(crate::say!(lang, list.col_amount, name));
    }
    header
}

/// Whether the export's column `index` holds numbers (the row, the known maximum, the eligible
/// count and each programme's amount): a workbook writes them as numbers, so they sum.
pub fn is_number_column(index: usize) -> bool {
    matches!(index, 0 | 3 | 4) || (index > 6 && index % 2 == 1)
}

/// One enterprise's row of the export, in [`header`]'s order.
pub fn record(s: &Screened<'_>, lang: Lang) -> Vec<String> {
    let a = &s.assessment;
    let eligible = a
        .results
        .iter()
        .filter(|r| r.status.kind() == StatusKind::Eligible)
        .count();
    let problems: Vec<String> = s
        .row
        .problems
        .iter()
        .map(|p: &CellProblem| p.message(lang))
        .collect();
    let mut record = vec![
        s.row.line.to_string(),
        s.row.name.clone(),
        s.row.credit_code.clone(),
        a.known_maximum.to_string(),
        eligible.to_string(),
        problems.join("\n"),
    ];
    for prog in CATALOGUE {
        match a.results.iter().find(|r| std::ptr::eq(r.programme, prog)) {
            Some(r) => {
                record.push(status_word(r.status.kind(), lang).to_string());
                record.push(known_amount(r).map(|v| v.to_string()).unwrap_or_default());
            }
            None => record.extend([String::new(), String::new()]),
        }
    }
    record
}

/// The whole CSV, as bytes with a UTF-8 BOM: the [`title`] line, the [`header`], a [`record`]
/// per enterprise.
pub fn csv<'a>(
    rows: impl Iterator<Item = Screened<'a>>,
    lang: Lang,
    date: crate::date::Date,
) -> Vec<u8> {
    // Writing into a Vec cannot fail.
    let Ok(mut out) = CsvOut::new(Vec::new(), lang, date) else {
        return Vec::new();
    };
    for s in rows {
        let _ = out.push(&s);
    }
    out.finish().unwrap_or_default()
}

/// The CSV written as the rows come (the command line screens a list too large to hold this
/// way): the same bytes as [`csv`].
pub struct CsvOut<W: std::io::Write> {
    out: csv::Writer<W>,
    lang: Lang,
}

impl<W: std::io::Write> CsvOut<W> {
    /// Writes the BOM, the [`title`] line and the [`header`].
    pub fn new(mut out: W, lang: Lang, date: crate::date::Date) -> std::io::Result<Self> {
        out.write_all(b"\xEF\xBB\xBF")?;
        let mut out = csv::WriterBuilder::new().flexible(true).from_writer(out);
        out.write_record([title(lang, date).as_str()])?;
        out.write_record(header(lang))?;
        Ok(CsvOut { out, lang })
    }

    /// One enterprise's [`record`].
    pub fn push(&mut self, s: &Screened<'_>) -> std::io::Result<()> {
        Ok(self.out.write_record(record(s, self.lang))?)
    }

    /// The writer, everything flushed into it.
    pub fn finish(self) -> std::io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// The template staff can fill in: a header row naming every column the calculator reads (the
/// enterprise's name and credit code, then each question's short label, money in yuan), in one
/// language, as CSV with a UTF-8 BOM. The reader recognises every one of these headers.
pub fn template_csv(lang: Lang) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = out.write_record(template_headers(lang));
    out.into_inner().unwrap_or_default()
}

/// How to fill in the template's column `index` (in [`template_headers`]' order), for its notes
/// sheet: what the reader accepts (`cells`), and that a blank cell is unanswered.
pub fn template_note(index: usize, lang: Lang) -> String {
    use crate::facts::{Kind, FACT_DEFS};
    let how = match index {
        0 => crate::t!(list.note_name).get(lang).to_string(),
        1 => crate::t!(list.note_credit_code).get(lang).to_string(),
        i => {
            let Some(def) = FACT_DEFS.get(i - 2) else {
                return String::new();
            };
            let options = || {
                def.options
                    .iter()
                    .map(|o| match lang {
                        Lang::Zh => o.label.get(Lang::Zh).to_string(),
                        Lang::En => {
                            format!("{} ({})", o.label.get(Lang::En), o.label.get(Lang::Zh))
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(crate::t!(list.note_separator).get(lang))
            };
            match def.kind {
                Kind::Money => crate::t!(list.note_money).get(lang).to_string(),
                Kind::Count => crate::t!(list.note_count).get(lang).to_string(),
                Kind::Score => crate::t!(list.note_score).get(lang).to_string(),
                Kind::Date => crate::t!(list.note_date).get(lang).to_string(),
                Kind::Bool | Kind::ThisYear => crate::t!(list.note_yes_no).get(lang).to_string(),
                Kind::Choice => crate::say!(lang, list.note_choice, options = options()),
                Kind::Set => crate::say!(lang, list.note_set, options = options()),
            }
        }
    };
    format!("{how}{}", crate::t!(list.note_blank).get(lang))
}

/// The template's headers, in column order (see [`template_csv`]).
pub fn template_headers(lang: Lang) -> Vec<String> {
    let mut headers: Vec<String> = [crate::t!(list.col_name), crate::t!(list.col_credit_code)]
        .iter()
        .map(|t| t.get(lang).to_string())
        .collect();
    for def in crate::facts::FACT_DEFS {
        let label = def.label.get(lang);
        headers.push(match def.kind {
            crate::facts::Kind::Money => crate::say!(lang, list.template_money, label),
            _ => label.to_string(),
        });
    }
    headers
}
