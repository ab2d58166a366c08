//! The workbench's state and its one reducer: the file as read, the columns as mapped, every row
//! screened as of the chosen date, and how the table is filtered and sorted. Plain Rust, so every
//! step is tested natively (`tests` below); the views only display it.

use std::rc::Rc;
use yc_engine::eval::{evaluate_with, Assessment, StatusKind};
use yc_engine::list::headers::{self, Column, Target};
use yc_engine::list::{self, Encoding, List, ListError, Sheet};
use yc_engine::{Date, Lang};
use yew::Reducible;

/// The largest file the workbench reads: a list of a hundred thousand enterprises stays well
/// below; beyond it the command line (`yc-eval --batch`) streams the list instead.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// How many rows the table draws at once (the rest are counted and exported).
pub const TABLE_ROWS: usize = 200;

/// How many rows are screened in one task: about 10 ms in the browser, so a tap or a scroll is
/// answered between slices and a long list shows its progress.
pub const SLICE: usize = 250;

/// What kind of file was chosen, by its first bytes (not its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    /// The old binary Excel format (`.xls`): staff save it as `.xlsx` or CSV.
    Xls,
}

impl Format {
    pub fn of(bytes: &[u8]) -> Format {
        if bytes.starts_with(b"PK\x03\x04") {
            Format::Xlsx
        } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            Format::Xls
        } else {
            Format::Csv
        }
    }
}

/// The chosen file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileIn {
    pub name: String,
    pub bytes: Rc<Vec<u8>>,
    pub format: Format,
}

/// Why there is no table (a bad cell is never one: it is listed, and its row goes on).
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    TooLarge,
    /// The browser could not read the file.
    Unreadable,
    Xls,
    List(ListError),
}

impl Failure {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::TooLarge => say!(lang, file.too_large, mb = MAX_FILE_BYTES / 1024 / 1024),
            Failure::Unreadable => t!(file.unreadable).get(lang).into(),
            Failure::Xls => t!(file.xls).get(lang).into(),
            Failure::List(e) => e.message(lang),
        }
    }
}

/// The rows of the list with their assessments (same order), kept in the slices they were
/// screened in: joining them into one vector would copy every assessment (measured: 0.4–0.6 s
/// for 10,000 rows in Chromium, half the screening's time).
#[derive(Debug)]
pub struct Screening {
    pub list: Rc<List>,
    /// Every slice holds [`SLICE`] assessments but the last.
    chunks: Vec<Rc<Vec<Assessment>>>,
}

impl Screening {
    pub fn new(list: Rc<List>, chunks: Vec<Rc<Vec<Assessment>>>) -> Screening {
        Screening { list, chunks }
    }

    /// Row `i`'s assessment.
    pub fn assessment(&self, i: usize) -> Option<&Assessment> {
        self.chunks.get(i / SLICE)?.get(i % SLICE)
    }

    /// Every row's assessment, in the list's order.
    pub fn assessments(&self) -> impl Iterator<Item = &Assessment> {
        self.chunks.iter().flat_map(|c| c.iter())
    }
}

/// Rows read and being screened a slice at a time ([`SLICE`]); `id` tells one screening from the
/// next (a slice asked for by a screening that was replaced is ignored).
#[derive(Debug)]
pub struct Progress {
    pub id: u64,
    pub list: Rc<List>,
    pub chunks: Vec<Rc<Vec<Assessment>>>,
    pub evaluated: usize,
    /// Staff stopped it: no slice runs until they go on.
    pub paused: bool,
}

/// How the table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Who to contact first: eligible now, then the largest known maximum, then the nearest
    /// deadline.
    #[default]
    ContactFirst,
    KnownMaximum,
    Deadline,
    /// As in the file.
    Line,
}

impl Sort {
    pub const ALL: [Sort; 4] = [
        Sort::ContactFirst,
        Sort::KnownMaximum,
        Sort::Deadline,
        Sort::Line,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Sort::ContactFirst => "contact",
            Sort::KnownMaximum => "maximum",
            Sort::Deadline => "deadline",
            Sort::Line => "line",
        }
    }

    pub fn from_code(code: &str) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or_default()
    }
}

/// Which rows the table shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// A programme's id: the table shows its verdict and amount, and `status` applies to it.
    pub programme: Option<&'static str>,
    /// With a programme: its verdict; without: rows with at least one programme of this verdict.
    pub status: Option<StatusKind>,
    /// A district's option code (the `location` answer).
    pub district: Option<&'static str>,
    pub sort: Sort,
}

#[derive(Debug, Clone)]
pub struct Workbench {
    pub lang: Lang,
    /// Whether the words of `lang` are installed (the result cards need them).
    pub texts: bool,
    pub today: Date,
    /// The assessment date every row is screened as of.
    pub date: Date,
    pub file: Option<FileIn>,
    /// The encoding chosen for a CSV file (`Auto`: detected) and the one used.
    pub encoding: Encoding,
    pub used_encoding: Option<Encoding>,
    /// A workbook's sheets and the one read.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    pub grid: Option<Rc<Sheet>>,
    pub header_index: usize,
    pub columns: Vec<Column>,
    pub screening: Option<Rc<Screening>>,
    /// The screening under way, until every row is done (then `screening`).
    pub progress: Option<Rc<Progress>>,
    /// The id of the last screening started.
    pub screenings: u64,
    pub failure: Option<Failure>,
    pub filter: Filter,
    /// The row (its index in the list) whose cards are open.
    pub open: Option<usize>,
    /// The mapping staff chose before, by header as compared ([`headers::normalise`]): kept on
    /// the device, applied to the next file with the same headers.
    pub remembered: Vec<(String, String)>,
    /// The guideline preview's values as typed (parameter id, text): kept on the device until
    /// cleared, never in a share link (`guideline`).
    pub guideline: Vec<(&'static str, String)>,
}

pub enum Action {
    Language(Lang, bool),
    Date(Date),
    File {
        name: String,
        bytes: Vec<u8>,
    },
    Failed(Failure),
    Encoding(Encoding),
    Sheet(String),
    Map {
        column: usize,
        target: Option<Target>,
    },
    Programme(Option<&'static str>),
    Status(Option<StatusKind>),
    District(Option<&'static str>),
    Sort(Sort),
    Open(Option<usize>),
    /// Screen the next slice of the screening with this id.
    Continue(u64),
    /// Stop the screening under way, or go on with it.
    Pause(bool),
    /// A guideline value typed in the preview (empty text removes it).
    GuidelineTyped(&'static str, String),
    /// The guideline values kept on the device.
    GuidelineLoaded(Vec<(&'static str, String)>),
    ClearGuideline,
    Clear,
}

impl Workbench {
    pub fn new(lang: Lang, today: Date, texts: bool) -> Workbench {
        Workbench {
            lang,
            texts,
            today,
            date: today,
            file: None,
            encoding: Encoding::Auto,
            used_encoding: None,
            sheets: Vec::new(),
            sheet: None,
            grid: None,
            header_index: 0,
            columns: Vec::new(),
            screening: None,
            progress: None,
            screenings: 0,
            failure: None,
            filter: Filter::default(),
            open: None,
            remembered: Vec::new(),
            guideline: Vec::new(),
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Workbench {
        match action {
            Action::Language(lang, texts) => {
                self.lang = lang;
                self.texts = texts;
            }
            Action::Date(date) => {
                self.date = date;
                self.screen();
            }
            Action::File { name, bytes } => {
                let format = Format::of(&bytes);
                self.file = Some(FileIn {
                    name,
                    bytes: Rc::new(bytes),
                    format,
                });
                self.encoding = Encoding::Auto;
                self.sheet = None;
                self.filter = Filter::default();
                self.open = None;
                self.read_grid(true);
            }
            Action::Failed(failure) => {
                self = Workbench {
                    remembered: self.remembered,
                    guideline: self.guideline,
                    filter: Filter::default(),
                    ..Workbench::new(self.lang, self.today, self.texts)
                };
                self.failure = Some(failure);
            }
            Action::Encoding(encoding) => {
                self.encoding = encoding;
                self.read_grid(false);
            }
            Action::Sheet(name) => {
                self.sheet = Some(name);
                self.read_grid(true);
            }
            Action::Map { column, target } => self.map(column, target),
            Action::Programme(p) => self.filter.programme = p,
            Action::Status(s) => self.filter.status = s,
            Action::District(d) => self.filter.district = d,
            Action::Sort(s) => self.filter.sort = s,
            Action::Open(row) => self.open = row,
            Action::Continue(id) => self.next_slice(id),
            Action::Pause(paused) => {
                if let Some(p) = &self.progress {
                    self.progress = Some(Rc::new(Progress {
                        id: p.id,
                        list: p.list.clone(),
                        chunks: p.chunks.clone(),
                        evaluated: p.evaluated,
                        paused,
                    }));
                }
            }
            Action::GuidelineTyped(id, text) => self.type_guideline(id, text),
            Action::GuidelineLoaded(values) => {
                self.guideline.clear();
                for (id, text) in values {
                    self.type_guideline(id, text);
                }
            }
            Action::ClearGuideline => self.guideline.clear(),
            // Cancelled, for another list: the screening under way stops; the date, the mapping
            // staff made and the guideline values stay (and screenings keep their numbers, so a
            // slice asked for by the cancelled one is never taken for a later one's).
            Action::Clear => {
                self = Workbench {
                    remembered: self.remembered,
                    guideline: self.guideline,
                    date: self.date,
                    screenings: self.screenings,
                    ..Workbench::new(self.lang, self.today, self.texts)
                }
            }
        }
        self
    }

    /// Reads the file into a grid of cells (the chosen encoding or sheet), finds the header and
    /// maps the columns (`fresh`: as recognised and remembered; else the mapping staff made is
    /// kept where the headers are the same), then screens.
    fn read_grid(&mut self, fresh: bool) {
        let Some(file) = self.file.clone() else {
            return;
        };
        self.failure = None;
        self.screening = None;
        let grid = match file.format {
            Format::Xls => Err(Failure::Xls),
            Format::Csv => Sheet::from_csv_with(&file.bytes, self.encoding, crate::decode::gb18030)
                .map(|(sheet, used)| {
                    self.used_encoding = Some(used);
                    sheet
                })
                .map_err(|why| Failure::List(ListError::Unreadable(why))),
            Format::Xlsx => {
                self.sheets = Sheet::xlsx_sheet_names(&file.bytes).unwrap_or_default();
                Sheet::xlsx_list(&file.bytes, self.sheet.as_deref())
                    .map(|(sheet, name)| {
                        self.sheet = Some(name);
                        sheet
                    })
                    .map_err(|why| Failure::List(ListError::Unreadable(why)))
            }
        };
        let grid = match grid {
            Ok(grid) => Rc::new(grid),
            Err(failure) => {
                self.grid = None;
                self.columns.clear();
                self.failure = Some(failure);
                return;
            }
        };
        let before = std::mem::take(&mut self.columns);
        match headers::find(&grid) {
            Some((index, columns)) => {
                self.header_index = index;
                self.columns = columns;
            }
            None => {
                // No row names two known columns: the first row is taken as the header, and
                // staff map its columns by hand.
                self.header_index = 0;
                self.columns = grid
                    .rows
                    .first()
                    .map(|cells| cells.iter().map(|h| headers::recognise(h)).collect())
                    .unwrap_or_default();
            }
        }
        if fresh {
            self.apply_remembered();
        } else if before
            .iter()
            .map(|c| &c.header)
            .eq(self.columns.iter().map(|c| &c.header))
        {
            self.columns = before;
        }
        self.grid = Some(grid);
        self.screen();
    }

    fn apply_remembered(&mut self) {
        for i in 0..self.columns.len() {
            let key = headers::normalise(&self.columns[i].header).0;
            if let Some((_, id)) = self.remembered.iter().find(|(k, _)| *k == key) {
                let target = target_from_id(id);
                self.set_target(i, target);
            }
        }
    }

    /// Maps a column (another column mapped to the same is let go) and remembers it.
    fn map(&mut self, column: usize, target: Option<Target>) {
        if column >= self.columns.len() {
            return;
        }
        self.set_target(column, target);
        let key = headers::normalise(&self.columns[column].header).0;
        if !key.is_empty() {
            self.remembered.retain(|(k, _)| *k != key);
            self.remembered
                .push((key, target.map(target_id).unwrap_or_default().to_string()));
        }
        self.screen();
    }

    fn set_target(&mut self, column: usize, target: Option<Target>) {
        if target.is_some() {
            for c in self.columns.iter_mut() {
                if c.target == target {
                    c.target = None;
                }
            }
        }
        self.columns[column].target = target;
    }

    /// Reads every row with the columns as mapped, then starts screening them as of the chosen
    /// date, a slice at a time ([`Action::Continue`]).
    fn screen(&mut self) {
        let Some(grid) = &self.grid else {
            return;
        };
        self.screening = None;
        self.progress = None;
        self.open = None;
        if !self
            .columns
            .iter()
            .any(|c| matches!(c.target, Some(Target::Fact(_))))
        {
            let no_header =
                headers::find(grid).is_none() && self.columns.iter().all(|c| c.target.is_none());
            self.failure = Some(Failure::List(if no_header {
                ListError::NoHeader
            } else {
                ListError::NoFacts
            }));
            return;
        }
        self.failure = None;
        match list::read_with(grid, self.header_index, self.columns.clone(), self.date) {
            Ok(list) if list.rows.is_empty() => {
                self.screening = Some(Rc::new(Screening::new(Rc::new(list), Vec::new())));
            }
            Ok(list) => {
                self.screenings += 1;
                self.progress = Some(Rc::new(Progress {
                    id: self.screenings,
                    list: Rc::new(list),
                    chunks: Vec::new(),
                    evaluated: 0,
                    paused: false,
                }));
            }
            Err(e) => self.failure = Some(Failure::List(e)),
        }
    }

    /// The screening that waits for its next slice, if any (not paused).
    pub fn pending(&self) -> Option<(u64, usize)> {
        self.progress
            .as_ref()
            .filter(|p| !p.paused)
            .map(|p| (p.id, p.evaluated))
    }

    /// Screens the next slice of screening `id`; after the last, the screening is complete.
    fn next_slice(&mut self, id: u64) {
        let Some(p) = self.progress.clone().filter(|p| p.id == id && !p.paused) else {
            return;
        };
        let params = yc_engine::params::in_force_shared(self.date);
        let to = (p.evaluated + SLICE).min(p.list.rows.len());
        let slice: Vec<Assessment> = p.list.rows[p.evaluated..to]
            .iter()
            .map(|row| evaluate_with(&row.profile, &params))
            .collect();
        let mut chunks = p.chunks.clone();
        chunks.push(Rc::new(slice));
        if to < p.list.rows.len() {
            self.progress = Some(Rc::new(Progress {
                id,
                list: p.list.clone(),
                chunks,
                evaluated: to,
                paused: false,
            }));
            return;
        }
        self.progress = None;
        self.screening = Some(Rc::new(Screening::new(p.list.clone(), chunks)));
    }

    /// The rows the table shows (indices into the list), filtered and sorted.
    pub fn shown_rows(&self) -> Vec<usize> {
        let Some(s) = &self.screening else {
            return Vec::new();
        };
        let f = &self.filter;
        let shown = s
            .assessments()
            .zip(&s.list.rows)
            .enumerate()
            .filter(|(_, (a, row))| {
                let district_ok = f.district.is_none_or(|d| district(row) == Some(d));
                let status_ok = match (f.programme, f.status) {
                    (_, None) => true,
                    (Some(p), Some(k)) => verdict(a, p) == Some(k),
                    (None, Some(k)) => a.results.iter().any(|r| r.status.kind() == k),
                };
                district_ok && status_ok
            });
        // Each row's sort key is worked out once (a deadline is a walk through its results).
        let key_max = |a: &Assessment| std::cmp::Reverse(a.known_maximum);
        // Rows without a deadline last.
        let key_deadline = |a: &Assessment| {
            let d = nearest_deadline(a);
            (d.is_none(), d)
        };
        let mut rows: Vec<(usize, &Assessment)> = shown.map(|(i, (a, _))| (i, a)).collect();
        match f.sort {
            Sort::Line => {}
            Sort::KnownMaximum => rows.sort_by_cached_key(|(_, a)| key_max(a)),
            Sort::Deadline => rows.sort_by_cached_key(|(_, a)| key_deadline(a)),
            Sort::ContactFirst => rows.sort_by_cached_key(|(_, a)| {
                (
                    std::cmp::Reverse(eligible_count(a)),
                    key_max(a),
                    key_deadline(a),
                )
            }),
        }
        rows.into_iter().map(|(i, _)| i).collect()
    }
}

impl Reducible for Workbench {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

impl PartialEq for Workbench {
    /// The views redraw on every action (the state is new after each).
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

mod derived;
mod guideline;
pub use derived::*;
pub use guideline::{parse_guideline, DRAFT_SOURCE};

#[cfg(test)]
mod tests;
