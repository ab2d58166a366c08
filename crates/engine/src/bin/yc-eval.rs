//! `yc-eval`: evaluates an enterprise profile on the command line with the same engine as the app.
//!
//! Usage: `yc-eval [--lang zh|en] [--today YYYY-MM-DD] [--params DRAFT.toml] [PROFILE.json | -]`
//! Reads the profile (a file, or standard input when the path is `-` or missing) and prints the full
//! assessment as JSON on standard output. `--params` evaluates with a draft parameters file (the
//! format of `policy/parameters.toml`, checked strictly) instead of the published one, so a new
//! guideline can be tried on saved profiles before it is published. Any problem with the input is
//! reported on standard error and the exit code is 2.
//!
//! `yc-eval --batch LIST --today YYYY-MM-DD [--out RESULTS.csv|RESULTS.xlsx] [--sheet NAME]
//! [--encoding auto|utf8|gbk]` screens a list of enterprises (CSV in UTF-8 or GBK, or an Excel
//! workbook) and writes one row per enterprise with each programme's verdict and amount (CSV with
//! a UTF-8 BOM, or a workbook for an `.xlsx` name; CSV on standard output without `--out`); standard error says how many rows were read and names every
//! cell that could not be read (`docs/cli.md`).
//!
//! `yc-eval --what-if tsme|hnte|giant|rd|all [PROFILE.json | -]` prints, instead of the assessment,
//! the range of the enterprise's money (secure, reachable, and what each open question could
//! still add) and, for each step named that the answers say is still to take, the profile
//! evaluated as if the step were taken on the assessment date: every programme whose verdict or
//! money changes, both ranges and tax savings, and the step's self-check rows not yet met
//! (`docs/cli.md`).
//!
//! `yc-eval --texts-into DIR` writes the long-text data files of this build, one per language
//! (`texts-zh-<hash>.txt`, `texts-en-<hash>.txt`, see `text.rs`), into DIR and prints the hash;
//! the app's build puts them beside `index.html`.

use std::io::Read;
use std::process::ExitCode;
use yc_engine::date::Date;
use yc_engine::document::MAX_PROFILE_BYTES;
use yc_engine::profile::Profile;
use yc_engine::text::Lang;

const USAGE: &str = "usage: yc-eval [--lang zh|en] [--today YYYY-MM-DD] [--params DRAFT.toml] [PROFILE.json | -]\n       yc-eval --batch LIST.csv|LIST.xlsx --today YYYY-MM-DD [--out RESULTS.csv|RESULTS.xlsx] [--sheet NAME] [--encoding auto|utf8|gbk] [--lang zh|en]\n       yc-eval --what-if tsme|hnte|giant|rd|all [--today YYYY-MM-DD] [--params DRAFT.toml] [PROFILE.json | -]\n       yc-eval --fields   (prints the profile fields as a Markdown table)\n       yc-eval --texts-into DIR   (writes the long-text data files into DIR, prints their hash)";

fn fail(msg: &str) -> ExitCode {
    eprintln!("yc-eval: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut today: Option<Date> = None;
    let mut path: Option<String> = None;
    let mut draft = yc_engine::params::Draft::default();
    let mut batch = Batch::default();
    let mut what_if: Option<Vec<yc_engine::plan::Step>> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--fields" => {
                print!("{}", yc_engine::document::fields::table());
                return ExitCode::SUCCESS;
            }
            "--texts-into" => {
                let Some(dir) = args.next() else {
                    return fail("--texts-into takes a directory");
                };
                use yc_engine::text::{data_file, data_for, Part};
                for lang in [Lang::Zh, Lang::En] {
                    for part in [Part::First, Part::Rest] {
                        let dest = std::path::Path::new(&dir).join(data_file(lang, part));
                        if let Err(e) = std::fs::write(&dest, data_for(lang, part)) {
                            return fail(&format!("cannot write {}: {e}", dest.display()));
                        }
                    }
                }
                println!("{}", yc_engine::text::DATA_HASH);
                return ExitCode::SUCCESS;
            }
            "--lang" => match args.next().as_deref() {
                Some("zh") => lang = Lang::Zh,
                Some("en") => lang = Lang::En,
                _ => return fail("--lang takes zh or en"),
            },
            "--today" => match args.next().and_then(|s| Date::parse_iso(&s)) {
                Some(d) => today = Some(d),
                None => return fail("--today takes a date YYYY-MM-DD"),
            },
            "--params" => {
                let Some(file) = args.next() else {
                    return fail(
                        "--params takes a parameters file (the format of policy/parameters.toml)",
                    );
                };
                let text = match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => return fail(&format!("cannot read {file}: {e}")),
                };
                match yc_engine::params::draft_from_file(&file, &text) {
                    Ok(d) => draft = d,
                    Err(problems) => {
                        for p in &problems {
                            eprintln!("yc-eval: {p}");
                        }
                        return ExitCode::from(2);
                    }
                }
            }
            "--what-if" => {
                use yc_engine::plan::Step;
                what_if = match args.next().as_deref() {
                    Some("all") => Some(Step::ALL.to_vec()),
                    Some(id) => match Step::parse(id) {
                        Some(step) => Some(vec![step]),
                        None => return fail("--what-if takes tsme, hnte, giant, rd or all"),
                    },
                    None => return fail("--what-if takes tsme, hnte, giant, rd or all"),
                }
            }
            "--batch" | "--out" | "--sheet" | "--encoding" => {
                let Some(value) = args.next() else {
                    return fail(&format!("{arg} takes a value\n{USAGE}"));
                };
                match arg.as_str() {
                    "--batch" => batch.list = Some(value),
                    "--out" => batch.out = Some(value),
                    "--sheet" => batch.sheet = Some(value),
                    _ => match yc_engine::list::Encoding::from_name(&value) {
                        Some(e) => batch.encoding = e,
                        None => return fail("--encoding takes auto, utf8 or gbk"),
                    },
                }
            }
            s if s.starts_with("--") => return fail(&format!("unknown option {s}\n{USAGE}")),
            s => {
                if path.is_some() {
                    return fail(USAGE);
                }
                path = Some(s.to_string());
            }
        }
    }
    if let Some(list) = batch.list.take() {
        let Some(today) = today else {
            return fail("--batch needs --today YYYY-MM-DD: the date the list is assessed on");
        };
        if path.is_some() || what_if.is_some() {
            return fail(USAGE);
        }
        let params = yc_engine::params::in_force_with(today, &draft);
        return run_batch(&list, &batch, today, &params, lang);
    }
    evaluate_file(path.as_deref(), today, &draft, lang, what_if.as_deref())
}

/// The options of `--batch`.
struct Batch {
    list: Option<String>,
    out: Option<String>,
    sheet: Option<String>,
    encoding: yc_engine::list::Encoding,
}

impl Default for Batch {
    fn default() -> Self {
        Batch {
            list: None,
            out: None,
            sheet: None,
            encoding: yc_engine::list::Encoding::Auto,
        }
    }
}

/// Screens a list: reads it (an Excel workbook when the file is a zip archive, else CSV), says on
/// standard error what was read and which cells could not be, and writes the results (a
/// workbook for an `.xlsx` output, else CSV) as each row is screened. A CSV list is read a row at
/// a time (`list::stream`), so its size is bounded by the disk, not the memory; a workbook is
/// read whole (a sheet holds at most 1,048,576 rows).
fn run_batch(
    path: &str,
    batch: &Batch,
    today: Date,
    params: &[yc_engine::params::Parameter],
    lang: Lang,
) -> ExitCode {
    use yc_engine::list;
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(&format!("cannot read {path}: {e}")),
    };
    if bytes.starts_with(b"PK") {
        let sheet = match list::Sheet::xlsx_list(&bytes, batch.sheet.as_deref()) {
            Ok((sheet, name)) => {
                eprintln!("yc-eval: {path}: sheet {name:?}");
                sheet
            }
            Err(why) => return fail(&list::ListError::Unreadable(why).message(lang)),
        };
        drop(bytes);
        let read = match list::read(&sheet, today) {
            Ok(l) => l,
            Err(e) => return fail(&e.message(lang)),
        };
        drop(sheet);
        print_columns(&read.columns);
        let header_line = read.header_line;
        write_results(
            read.rows.into_iter().map(Ok),
            header_line,
            batch,
            today,
            params,
            lang,
        )
    } else {
        let (text, used) = list::sheet::decode(&bytes, batch.encoding);
        eprintln!("yc-eval: {path}: CSV in {}", used.name());
        let rows = match list::stream::CsvRows::new(&text, today) {
            Ok(rows) => rows,
            Err(e) => return fail(&e.message(lang)),
        };
        print_columns(&rows.columns);
        let header_line = rows.header_line;
        write_results(rows, header_line, batch, today, params, lang)
    }
}

fn print_columns(columns: &[yc_engine::list::headers::Column]) {
    use yc_engine::list::headers::Target;
    for c in columns {
        let what = match c.target {
            Some(Target::Fact(f)) => f.id(),
            Some(Target::Name) => "(name)",
            Some(Target::CreditCode) => "(credit code)",
            None => "(not read)",
        };
        let unit = c
            .unit
            .map(|u| format!(", bare numbers in {}", u.suffix()))
            .unwrap_or_default();
        eprintln!("yc-eval: column {:?} -> {what}{unit}", c.header);
    }
}

/// Where the rows' results go, each written as soon as it is screened.
enum Sink {
    Csv(Box<yc_engine::list::output::CsvOut<Box<dyn std::io::Write>>>),
    Xlsx(Box<yc_engine::list::workbook::XlsxOut<Seekable>>),
}

/// A workbook's output: a file, or memory copied to standard output at the end (a zip archive
/// is sized as it is written, so it needs to seek).
enum Seekable {
    File(std::io::BufWriter<std::fs::File>),
    Memory(std::io::Cursor<Vec<u8>>),
}

impl std::io::Write for Seekable {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Seekable::File(f) => f.write(buf),
            Seekable::Memory(m) => m.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Seekable::File(f) => f.flush(),
            Seekable::Memory(m) => m.flush(),
        }
    }
}

impl std::io::Seek for Seekable {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        match self {
            Seekable::File(f) => f.seek(pos),
            Seekable::Memory(m) => m.seek(pos),
        }
    }
}

/// Screens each row, says which of its cells could not be read, and writes its results.
fn write_results(
    rows: impl Iterator<Item = Result<yc_engine::list::Row, yc_engine::list::ListError>>,
    header_line: usize,
    batch: &Batch,
    today: Date,
    params: &[yc_engine::params::Parameter],
    lang: Lang,
) -> ExitCode {
    use std::io::Write as _;
    use yc_engine::list::{output::CsvOut, workbook::XlsxOut, Screened};
    let workbook = batch
        .out
        .as_deref()
        .is_some_and(|o| o.to_ascii_lowercase().ends_with(".xlsx"));
    let file = match &batch.out {
        Some(out) => match std::fs::File::create(out) {
            Ok(f) => Some(std::io::BufWriter::new(f)),
            Err(e) => return fail(&format!("cannot write {out}: {e}")),
        },
        None => None,
    };
    let sink = if workbook {
        let out = match file {
            Some(f) => Seekable::File(f),
            None => Seekable::Memory(std::io::Cursor::new(Vec::new())),
        };
        XlsxOut::new(out, lang, today).map(|o| Sink::Xlsx(Box::new(o)))
    } else {
        let out: Box<dyn std::io::Write> = match file {
            Some(f) => Box::new(f),
            None => Box::new(std::io::BufWriter::new(std::io::stdout())),
        };
        CsvOut::new(out, lang, today)
            .map(|o| Sink::Csv(Box::new(o)))
            .map_err(|e| e.to_string())
    };
    let mut sink = match sink {
        Ok(s) => s,
        Err(e) => return fail(&format!("cannot write the results: {e}")),
    };
    let (mut count, mut with_problems) = (0usize, 0usize);
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(e) => return fail(&e.message(lang)),
        };
        for p in &row.problems {
            eprintln!("yc-eval: {}", p.message(lang));
        }
        count += 1;
        with_problems += usize::from(!row.problems.is_empty());
        let screened = Screened {
            assessment: std::borrow::Cow::Owned(yc_engine::evaluate_with(&row.profile, params)),
            row: &row,
        };
        let pushed = match &mut sink {
            Sink::Csv(out) => out.push(&screened).map_err(|e| e.to_string()),
            Sink::Xlsx(out) => out.push(&screened),
        };
        if let Err(e) = pushed {
            return fail(&format!("cannot write the results: {e}"));
        }
    }
    let finished = match sink {
        Sink::Csv(out) => (*out)
            .finish()
            .and_then(|mut w| w.flush())
            .map_err(|e| e.to_string()),
        Sink::Xlsx(out) => (*out).finish().and_then(|out| match out {
            Seekable::File(mut f) => f.flush().map_err(|e| e.to_string()),
            Seekable::Memory(m) => {
                std::io::Write::write_all(&mut std::io::stdout(), &m.into_inner())
                    .map_err(|e| e.to_string())
            }
        }),
    };
    if let Err(e) = finished {
        return fail(&format!("cannot write the results: {e}"));
    }
    eprintln!(
        "yc-eval: {count} rows read (header on line {header_line}), {with_problems} with cells that could not be read"
    );
    ExitCode::SUCCESS
}

/// Evaluates one profile document (a file, or standard input for `-` or no path) and prints the
/// assessment as JSON.
fn evaluate_file(
    path: Option<&str>,
    today: Option<Date>,
    draft: &yc_engine::params::Draft,
    lang: Lang,
    what_if: Option<&[yc_engine::plan::Step]>,
) -> ExitCode {
    // Bytes, not text: the size is checked before decoding, so a file cut inside a character by
    // the limit is still "too large", never "not UTF-8".
    let mut bytes = Vec::new();
    let limit = MAX_PROFILE_BYTES as u64 + 1;
    let read = match path {
        None | Some("-") => std::io::stdin().take(limit).read_to_end(&mut bytes),
        Some(p) => std::fs::File::open(p).and_then(|f| f.take(limit).read_to_end(&mut bytes)),
    };
    if let Err(e) = read {
        return fail(&format!("cannot read the profile: {e}"));
    }
    // The engine has no clock: the date comes from the profile or from --today, never a default.
    let (mut profile, issues) = match Profile::from_json_bytes(&bytes, today) {
        Ok(x) => x,
        Err(e) => return fail(&e.message(lang)),
    };
    if !issues.is_empty() {
        for issue in &issues {
            eprintln!("yc-eval: {}", issue.message(lang));
        }
        return ExitCode::from(2);
    }
    if let Some(d) = today {
        profile.assessment_date = d;
    }
    let params = yc_engine::params::in_force_with(profile.assessment_date, draft);
    let assessment = yc_engine::evaluate_with(&profile, &params);
    let json = match what_if {
        None => serde_json::to_string_pretty(&assessment),
        Some(steps) => {
            serde_json::to_string_pretty(&plan_ahead(&profile, &assessment, steps, &params))
        }
    };
    match json {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("cannot write the result: {e}")),
    }
}

/// What `--what-if` prints: the range today and the scenario of each step named that the
/// answers say is still to take; standard error names the steps left out and why.
fn plan_ahead(
    profile: &Profile,
    assessment: &yc_engine::Assessment,
    steps: &[yc_engine::plan::Step],
    params: &[yc_engine::params::Parameter],
) -> serde_json::Value {
    use yc_engine::plan;
    let mut scenarios = Vec::new();
    for &step in steps {
        match plan::what_if(profile, assessment, step, params) {
            Some(s) => scenarios.push(s),
            None => eprintln!(
                "yc-eval: --what-if {}: left out, the answers do not say this step is still to take",
                step.id()
            ),
        }
    }
    serde_json::json!({
        "assessment_date": assessment.assessment_date,
        "range": plan::range(assessment),
        "tax_saving_up_to": assessment.tax_saving_up_to,
        "scenarios": scenarios,
    })
}
