//! Bilingual text. Every user-facing string of the engine and the app carries both languages;
//! the words themselves are in `texts/zh.toml` and `texts/en.toml`, one constant per key in
//! `crate::words` (the app's in its own `words`), named with [`t!`].
//!
//! In a native build (the command line, the tests, the build-time render of the start page)
//! every text is compiled in. With the feature `external-texts` (the browser app) only a
//! 64-bit id stays in the program and the words live in one data file per language,
//! `texts-zh-<hash>.txt` and `texts-en-<hash>.txt`, so a visitor downloads only the language the
//! page is in; only the few texts under `boot` (what the app shows when the file cannot be had)
//! stay words in the program. The app fetches the file beside the Wasm and hands it to
//! [`install`] before it shows anything. The build script writes the texts from the same sources
//! ([`DATA`], [`data_file`], [`data_for`]), so the two cannot drift: each file carries the hash
//! of the whole set and its language, and [`install`] refuses any other.

use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The languages the app speaks. Chinese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The language's short name (`zh`, `en`), as settings store it and as the texts files are
    /// named.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Of a Chinese and an English word, the one in this language.
    pub(crate) const fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// A piece of static text in Chinese and English.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text(Repr);

/// Shows the words, as `Text { zh: "…", en: "…" }`, however the text is stored (the content
/// hash is computed from this).
impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text")
            .field("zh", &self.get(Lang::Zh))
            .field("en", &self.get(Lang::En))
            .finish()
    }
}

/// In a build that compiles texts in, every text is inline; a text of the data file is marked so
/// that debug builds can check it is in the file too. In the browser build such a text is only
/// its number: the line it is on in the data file.
#[cfg(not(feature = "external-texts"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    Inline(&'static str, &'static str, bool),
}

#[cfg(feature = "external-texts")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    Inline(&'static str, &'static str),
    /// Only the number is compiled in; the text comes from the installed data file.
    Stored(u32),
}

impl Text {
    /// A text compiled into the program.
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        #[cfg(not(feature = "external-texts"))]
        return Text(Repr::Inline(zh, en, false));
        #[cfg(feature = "external-texts")]
        return Text(Repr::Inline(zh, en));
    }

    /// A text of the data file in a build that compiles texts in (never call directly).
    #[doc(hidden)]
    #[cfg(not(feature = "external-texts"))]
    pub const fn stored_inline(zh: &'static str, en: &'static str) -> Text {
        Text(Repr::Inline(zh, en, true))
    }

    /// A text of the data file in the browser build: its number (never call directly).
    #[doc(hidden)]
    #[cfg(feature = "external-texts")]
    pub const fn stored(number: u32) -> Text {
        Text(Repr::Stored(number))
    }

    /// The text in the given language. A stored text reads as empty until [`install`] has run
    /// for that language; the app shows no page that needs one before then ([`installed`]).
    pub fn get(&self, lang: Lang) -> &'static str {
        #[cfg(feature = "external-texts")]
        if let Repr::Stored(id) = self.0 {
            return stored(lang, id);
        }
        let (zh, en) = self.words();
        lang.pick(zh, en)
    }

    #[cfg(not(feature = "external-texts"))]
    fn words(&self) -> (&'static str, &'static str) {
        let Repr::Inline(zh, en, stored) = self.0;
        debug_assert!(
            !stored || bundled_ids().binary_search(&text_id(zh, en)).is_ok(),
            "a text is missing from the data file (build.rs did not write it): {zh}"
        );
        (zh, en)
    }

    #[cfg(feature = "external-texts")]
    fn words(&self) -> (&'static str, &'static str) {
        match self.0 {
            Repr::Inline(zh, en) => (zh, en),
            Repr::Stored(id) => (stored(Lang::Zh, id), stored(Lang::En, id)),
        }
    }

    /// Whether the text is one of the data file (only its number is in the browser build).
    pub fn is_stored(&self) -> bool {
        #[cfg(not(feature = "external-texts"))]
        return matches!(self.0, Repr::Inline(_, _, true));
        #[cfg(feature = "external-texts")]
        return matches!(self.0, Repr::Stored(_));
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Text", 2)?;
        st.serialize_field("zh", self.get(Lang::Zh))?;
        st.serialize_field("en", self.get(Lang::En))?;
        st.end()
    }
}

/// A text by its key in the texts files: `t!(facts.location.question)`, a [`Text`]. In the
/// browser build only its id is in the program (the words are in the per-language data file),
/// but for the few under `boot`.
#[macro_export]
macro_rules! t {
    ($($seg:ident).+) => {
        $crate::words::$($seg)::+
    };
}

/// One constant of the generated words modules (never call directly): a text's number in the
/// data file and its words, of which the browser build keeps the number only.
#[doc(hidden)]
#[cfg(not(feature = "external-texts"))]
#[macro_export]
macro_rules! text_entry {
    ($n:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored_inline($zh, $en)
    };
}

#[doc(hidden)]
#[cfg(feature = "external-texts")]
#[macro_export]
macro_rules! text_entry {
    ($n:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored($n)
    };
}

/// A text from two literals, for the code the build script writes from the policy files
/// (parameter names, clause texts), which are not words of the texts files.
#[doc(hidden)]
#[cfg(not(feature = "external-texts"))]
#[macro_export]
macro_rules! tx_lit {
    ($n:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored_inline($zh, $en)
    };
}

#[doc(hidden)]
#[cfg(feature = "external-texts")]
#[macro_export]
macro_rules! tx_lit {
    ($n:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored($n)
    };
}

/// The id of a text: 64-bit FNV-1a over the Chinese, a 0xFF byte (never in UTF-8) and the
/// English. The build script computes the same function, to number the texts.
pub const fn text_id(zh: &str, en: &str) -> u64 {
    let h = crate::fnv::feed(crate::fnv::START, zh.as_bytes());
    crate::fnv::feed(crate::fnv::feed(h, &[0xff]), en.as_bytes())
}

/// Every text of the data file in both languages (`# yc-texts <hash>`, then one line per text,
/// Chinese and English separated by a tab, sorted): a text's number is its line's, counted from
/// 0 after the head. Only code that uses it links it in: the command line and the tests. The
/// files the app fetches hold one language each ([`data_for`]).
pub static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));

/// The hash of [`DATA`] (16 hex digits), which names both language files and heads them.
pub const DATA_HASH: &str = env!("YC_TEXTS_HASH");

/// How many texts the data file holds.
const COUNT: usize = digits(env!("YC_TEXTS_COUNT"));

/// How many of them make the first part ([`Part::First`]): they come first in [`DATA`].
const FIRST: usize = digits(env!("YC_TEXTS_FIRST"));

/// A number the build script wrote in decimal digits.
const fn digits(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        n = n * 10 + (bytes[i] - b'0') as usize;
        i += 1;
    }
    n
}

/// The two files each language's texts are split into. The lighter program (the start page and
/// the questionnaire) reads the first only; the whole program reads both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// What the lighter program shows: the start page, the questions and their answers' errors,
    /// the notices, the live summary, the page's frame (the build's list of sections,
    /// `words::FIRST_PART`): `texts-<lang>-<hash>.txt`.
    First,
    /// The rest (the review and results pages, the cards, planning ahead, the clause texts, the
    /// parameters' names): `texts-rest-<lang>-<hash>.txt`.
    Rest,
}

impl Part {
    /// The numbers of the texts of this part, in [`DATA`]'s order.
    fn range(self) -> std::ops::Range<usize> {
        match self {
            Part::First => 0..FIRST,
            Part::Rest => FIRST..COUNT,
        }
    }

    /// What a file of this part says after the hash and the language in its first line.
    const fn suffix(self) -> &'static str {
        match self {
            Part::First => "",
            Part::Rest => " rest",
        }
    }
}

/// The name of one language's data file of one part, as the app fetches it beside `index.html`.
pub const fn data_file(lang: Lang, part: Part) -> &'static str {
    match (lang, part) {
        (Lang::Zh, Part::First) => concat!("texts-zh-", env!("YC_TEXTS_HASH"), ".txt"),
        (Lang::En, Part::First) => concat!("texts-en-", env!("YC_TEXTS_HASH"), ".txt"),
        (Lang::Zh, Part::Rest) => concat!("texts-rest-zh-", env!("YC_TEXTS_HASH"), ".txt"),
        (Lang::En, Part::Rest) => concat!("texts-rest-en-", env!("YC_TEXTS_HASH"), ".txt"),
    }
}

/// The contents of one language's data file of one part: `# yc-texts <hash> <zh|en>` (and
/// ` rest` for the second), then one line per text in that language, in the order of [`DATA`]
/// (`yc-eval --texts-into` writes all four).
pub fn data_for(lang: Lang, part: Part) -> String {
    let mut out = format!("# yc-texts {DATA_HASH} {}{}\n", lang.code(), part.suffix());
    for words in bundled_part(lang, part) {
        out.push_str(words);
        out.push('\n');
    }
    out
}

/// The compiled-in texts of one language, in order.
fn bundled_in(lang: Lang) -> impl Iterator<Item = &'static str> {
    bundled().iter().map(move |&(zh, en)| lang.pick(zh, en))
}

/// The compiled-in texts of one language and one part, in order.
fn bundled_part(lang: Lang, part: Part) -> impl Iterator<Item = &'static str> {
    let range = part.range();
    bundled_in(lang).skip(range.start).take(range.len())
}

type Table = Vec<(&'static str, &'static str)>;

/// One language's installed texts of one part, by number within it.
type LangTable = Vec<&'static str>;

static TABLES: [[OnceLock<LangTable>; 2]; 2] = [
    [OnceLock::new(), OnceLock::new()],
    [OnceLock::new(), OnceLock::new()],
];

fn slot(lang: Lang, part: Part) -> &'static OnceLock<LangTable> {
    &TABLES[lang as usize][part as usize]
}

/// Whether this program reads the first part only (the lighter program says so at start).
static FIRST_ONLY: AtomicBool = AtomicBool::new(false);

/// Says this program shows the texts of the first part only ([`Part::First`]): [`installed`]
/// then asks for that part alone.
pub fn read_first_part_only() {
    FIRST_ONLY.store(true, Ordering::Relaxed);
}

/// The parts this program reads, in the order to install them.
pub fn parts_read() -> &'static [Part] {
    if FIRST_ONLY.load(Ordering::Relaxed) {
        &[Part::First]
    } else {
        &[Part::First, Part::Rest]
    }
}

/// What to call with a text's number when a program that has its first part asks for a text of
/// the part it has not installed ([`on_missing`]).
static MISSING: OnceLock<fn(u32)> = OnceLock::new();

/// Sets what is called when a text is asked for whose part is not installed while the first part
/// is: the lighter program reports it as a console error, so a text it shows and its file lacks
/// fails the E2E journeys (the build's `words::FIRST_PART` lists what that file holds).
pub fn on_missing(report: fn(u32)) {
    let _ = MISSING.set(report);
}

/// A stored text's words in one language: empty until its part of that language is installed
/// (reported when the first part is in, [`on_missing`]), or for a number the files do not have,
/// which the build rules out.
#[cfg_attr(not(feature = "external-texts"), allow(dead_code))]
fn stored(lang: Lang, number: u32) -> &'static str {
    let n = number as usize;
    let (part, at) = if n < FIRST {
        (Part::First, n)
    } else {
        (Part::Rest, n - FIRST)
    };
    match slot(lang, part).get() {
        Some(table) => table.get(at).copied().unwrap_or(""),
        None => {
            if part == Part::Rest && slot(lang, Part::First).get().is_some() {
                if let Some(report) = MISSING.get() {
                    report(number);
                }
            }
            ""
        }
    }
}

fn bundled() -> &'static Table {
    static BUNDLED: OnceLock<Table> = OnceLock::new();
    BUNDLED.get_or_init(|| parse(DATA).unwrap_or_default())
}

/// The ids of the bundled texts, sorted: a debug build checks each text it shows is among them.
#[cfg_attr(feature = "external-texts", allow(dead_code))]
fn bundled_ids() -> &'static [u64] {
    static IDS: OnceLock<Vec<u64>> = OnceLock::new();
    IDS.get_or_init(|| {
        let mut ids: Vec<u64> = bundled().iter().map(|(zh, en)| text_id(zh, en)).collect();
        ids.sort_unstable();
        ids
    })
}

/// Why a data file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataError {
    /// It is not a texts file of this build (another deployment's, or not a texts file at all).
    WrongFile,
    /// It holds another number of texts than this build's, or a line of both languages is not
    /// `zh<TAB>en`.
    Damaged,
}

impl DataError {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            DataError::WrongFile => t!(boot.data_error.wrong_file).get(lang),
            DataError::Damaged => t!(boot.data_error.damaged).get(lang),
        }
    }
}

/// Reads one language's data file of one part ([`data_for`]).
fn parse_lang(lang: Lang, part: Part, data: &'static str) -> Result<LangTable, DataError> {
    let mut lines = data.lines();
    let head = lines.next().ok_or(DataError::WrongFile)?;
    let expected = format!("{DATA_HASH} {}{}", lang.code(), part.suffix());
    if head.strip_prefix("# yc-texts ") != Some(expected.as_str()) {
        return Err(DataError::WrongFile);
    }
    let table: LangTable = lines.collect();
    let range = part.range();
    if table.len() != range.end - range.start || table.iter().any(|l| l.contains('\t')) {
        return Err(DataError::Damaged);
    }
    Ok(table)
}

/// Reads the data file of both languages ([`DATA`]).
fn parse(data: &'static str) -> Result<Table, DataError> {
    let mut lines = data.lines();
    let head = lines.next().ok_or(DataError::WrongFile)?;
    if head.strip_prefix("# yc-texts ") != Some(DATA_HASH) {
        return Err(DataError::WrongFile);
    }
    let table = lines
        .map(|line| line.split_once('\t').ok_or(DataError::Damaged))
        .collect::<Result<Table, _>>()?;
    if table.len() != COUNT {
        return Err(DataError::Damaged);
    }
    Ok(table)
}

/// Installs one language's data file of one part (the app calls this when the file has arrived).
/// The text is kept for the life of the page. Installing a part again after a success changes
/// nothing; a file of the other language or part, of another build or a damaged one is refused.
pub fn install(lang: Lang, part: Part, data: String) -> Result<(), DataError> {
    if slot(lang, part).get().is_some() {
        return Ok(());
    }
    let data: &'static str = Box::leak(data.into_boxed_str());
    let table = parse_lang(lang, part, data)?;
    let _ = slot(lang, part).set(table);
    Ok(())
}

/// Installs the texts compiled into this build ([`DATA`]) in both languages: for the
/// in-browser tests.
pub fn install_bundled() {
    for lang in [Lang::Zh, Lang::En] {
        for part in [Part::First, Part::Rest] {
            let _ = slot(lang, part).set(bundled_part(lang, part).collect());
        }
    }
}

/// Whether one part of a language's stored texts is installed (always in a build that compiles
/// them in).
pub fn installed_part(lang: Lang, part: Part) -> bool {
    !cfg!(feature = "external-texts") || slot(lang, part).get().is_some()
}

/// Whether the stored texts of a language can be read: always in a build that compiles them
/// in; in the browser build, once [`install`] has succeeded for that language and every part
/// this program reads ([`parts_read`]).
pub fn installed(lang: Lang) -> bool {
    parts_read().iter().all(|&part| installed_part(lang, part))
}

mod msg;
pub use msg::{Arg, Msg, Percent, Val};

/// A [`Msg`] from a text with placeholders and its arguments, each named once:
/// `msg!(national.over_limit, over = gap, unit)` (a bare name is a variable of that name). The
/// build stops when the names are not exactly the text's placeholders.
#[macro_export]
macro_rules! msg {
    ($($seg:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::text::Msg::fill(
            $crate::words::$($seg)::+,
            &[$((stringify!($name), &$crate::__msg_arg!($name $(, $value)?) as &dyn $crate::text::Arg)),*],
        )
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __msg_arg {
    ($name:ident) => {
        $name
    };
    ($name:ident, $value:expr) => {
        $value
    };
}

/// A sentence in one language, from a text with placeholders: `say!(lang, key, name = value)`.
#[macro_export]
macro_rules! say {
    ($lang:expr, $($seg:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::text::Msg::fill_in(
            $crate::words::$($seg)::+,
            $lang,
            &[$((stringify!($name), &$crate::__msg_arg!($name $(, $value)?) as &dyn $crate::text::Arg)),*],
        )
    };
}

#[cfg(test)]
mod tests;
