//! Bilingual text. Every user-facing string of the engine carries both languages.
//!
//! Short texts (labels, questions) are compiled into the program. The long reading texts (the
//! programmes' notes and next steps, criteria, the clause texts of the sources, the parameters'
//! names, the self-checks' explanations) are written with [`tx!`]: in a native build they are
//! compiled in like any other text; with the feature `external-texts` (the browser app) only a
//! 64-bit id stays in the program and the texts themselves live in a data file,
//! `texts-<hash>.txt`, that the app fetches beside the Wasm and hands to [`install`]. The build
//! script writes that file from the same sources ([`DATA`], [`DATA_FILE`]), so the two cannot
//! drift: the file carries the hash of its contents and [`install`] refuses any other.

use serde::Serialize;
use std::sync::OnceLock;

/// The languages the app speaks. Chinese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
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

/// In a build that compiles long texts in, every text is inline; a [`tx!`] text is marked so
/// that debug builds can check it is in the data file too. In the browser build a [`tx!`] text
/// is only its id (a `Text` stays two words: the id fits beside the pointer niche).
#[cfg(not(feature = "external-texts"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    Inline(&'static str, &'static str, bool),
}

#[cfg(feature = "external-texts")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    Inline(&'static str, &'static str),
    /// Only the id is compiled in; the text comes from the installed data file.
    Stored(u64),
}

impl Text {
    /// A text compiled into the program.
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        #[cfg(not(feature = "external-texts"))]
        return Text(Repr::Inline(zh, en, false));
        #[cfg(feature = "external-texts")]
        return Text(Repr::Inline(zh, en));
    }

    /// A [`tx!`] text in a build that compiles long texts in (never call directly).
    #[doc(hidden)]
    #[cfg(not(feature = "external-texts"))]
    pub const fn stored_inline(zh: &'static str, en: &'static str) -> Text {
        Text(Repr::Inline(zh, en, true))
    }

    /// A [`tx!`] text in a build that keeps long texts in the data file (never call directly).
    #[doc(hidden)]
    #[cfg(feature = "external-texts")]
    pub const fn stored(id: u64) -> Text {
        Text(Repr::Stored(id))
    }

    /// The text in the given language. A stored text reads as empty until [`install`] has run;
    /// the app shows no page that needs one before then ([`installed`]).
    pub fn get(&self, lang: Lang) -> &'static str {
        let (zh, en) = self.words();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    #[cfg(not(feature = "external-texts"))]
    fn words(&self) -> (&'static str, &'static str) {
        let Repr::Inline(zh, en, stored) = self.0;
        debug_assert!(
            !stored || lookup(bundled(), text_id(zh, en)).is_some(),
            "a tx! text is missing from the data file (build.rs cannot read its literal): {zh}"
        );
        (zh, en)
    }

    #[cfg(feature = "external-texts")]
    fn words(&self) -> (&'static str, &'static str) {
        match self.0 {
            Repr::Inline(zh, en) => (zh, en),
            Repr::Stored(id) => TABLE.get().and_then(|t| lookup(t, id)).unwrap_or(("", "")),
        }
    }

    /// Whether the text is a [`tx!`] text (kept in the data file in the browser build).
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

/// Shorthand for a compiled-in `Text` literal.
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

/// A long text, kept in the data file in the browser build: `tx!("中文", "English")`. Both
/// arguments must be plain string literals (the build script reads them from the source).
#[cfg(not(feature = "external-texts"))]
#[macro_export]
macro_rules! tx {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored_inline($zh, $en)
    };
}

/// A long text, kept in the data file in the browser build: `tx!("中文", "English")`. Both
/// arguments must be plain string literals (the build script reads them from the source).
#[cfg(feature = "external-texts")]
#[macro_export]
macro_rules! tx {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored(const { $crate::text::text_id($zh, $en) })
    };
}

/// The id of a stored text: 64-bit FNV-1a over the Chinese, a 0xFF byte (never in UTF-8) and the
/// English. The build script computes the same function.
pub const fn text_id(zh: &str, en: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    h = fnv_bytes(h, zh.as_bytes());
    h ^= 0xff;
    h = h.wrapping_mul(0x0100_0000_01b3);
    fnv_bytes(h, en.as_bytes())
}

const fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The data file's contents as this build wrote them (`# yc-texts <hash>`, then one line per
/// text: id in 16 hex digits, Chinese, English, separated by tabs, sorted by id). Only code that
/// uses it links it in: the command line, the tests, and an edition that carries it inline.
pub static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));

/// The hash of [`DATA`] (16 hex digits), which names the file and heads it.
pub const DATA_HASH: &str = env!("YC_TEXTS_HASH");

/// The data file's name as the app fetches it, beside `index.html`.
pub const DATA_FILE: &str = concat!("texts-", env!("YC_TEXTS_HASH"), ".txt");

type Table = Vec<(u64, &'static str, &'static str)>;

static TABLE: OnceLock<Table> = OnceLock::new();

fn bundled() -> &'static Table {
    static BUNDLED: OnceLock<Table> = OnceLock::new();
    BUNDLED.get_or_init(|| parse(DATA).unwrap_or_default())
}

fn lookup(table: &Table, id: u64) -> Option<(&'static str, &'static str)> {
    table
        .binary_search_by_key(&id, |(k, _, _)| *k)
        .ok()
        .map(|i| (table[i].1, table[i].2))
}

/// Why a data file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataError {
    /// It is not a texts file of this build (another deployment's, or not a texts file at all).
    WrongFile,
    /// A line is not `id<TAB>zh<TAB>en`, or the ids are not in order.
    Damaged,
}

impl DataError {
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DataError::WrongFile, Lang::Zh) => "政策条文文件与本版本计算器不匹配，请刷新页面。",
            (DataError::WrongFile, Lang::En) => {
                "The policy-text file does not match this version of the calculator; please reload the page."
            }
            (DataError::Damaged, Lang::Zh) => "政策条文文件已损坏，请刷新页面。",
            (DataError::Damaged, Lang::En) => "The policy-text file is damaged; please reload the page.",
        }
    }
}

fn parse(data: &'static str) -> Result<Table, DataError> {
    let mut lines = data.lines();
    let head = lines.next().ok_or(DataError::WrongFile)?;
    if head.strip_prefix("# yc-texts ") != Some(DATA_HASH) {
        return Err(DataError::WrongFile);
    }
    let mut table = Table::new();
    for line in lines {
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(zh), Some(en)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(DataError::Damaged);
        };
        let id = u64::from_str_radix(id, 16).map_err(|_| DataError::Damaged)?;
        if table.last().is_some_and(|(last, _, _)| *last >= id) {
            return Err(DataError::Damaged);
        }
        table.push((id, zh, en));
    }
    Ok(table)
}

/// Installs the data file's texts (the app calls this once, when the file has arrived). The text
/// is kept for the life of the page. Installing again after a success changes nothing.
pub fn install(data: String) -> Result<(), DataError> {
    if TABLE.get().is_some() {
        return Ok(());
    }
    let data: &'static str = Box::leak(data.into_boxed_str());
    let table = parse(data)?;
    let _ = TABLE.set(table);
    Ok(())
}

/// Installs the texts compiled into this build ([`DATA`]): for the in-browser tests and an
/// edition that carries the texts inline.
pub fn install_bundled() {
    let _ = TABLE.set(bundled().clone());
}

/// Whether stored texts can be read: always in a build that compiles them in; in the browser
/// build, once [`install`] has succeeded.
pub fn installed() -> bool {
    !cfg!(feature = "external-texts") || TABLE.get().is_some()
}

/// A message built from values, in Chinese and English (a self-check's gap, a support period).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Msg {
    pub zh: String,
    pub en: String,
}

impl Msg {
    /// The message in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A [`Msg`] from two format strings that share one set of named arguments, each named once:
/// `msg!("超出上限 {over} 元", "{over} yuan over the limit", over = gap)`. Arguments already in
/// scope are captured by name as in `format!`.
#[macro_export]
macro_rules! msg {
    ($zh:literal, $en:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        $(let $name = $value;)*
        $crate::text::Msg {
            zh: format!($zh),
            en: format!($en),
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_reads_and_every_line_has_both_columns() {
        let table = parse(DATA).expect("the bundled data file reads");
        assert!(table.len() > 100, "{} texts", table.len());
        for (id, zh, en) in &table {
            assert_eq!(*id, text_id(zh, en), "{zh}");
            assert!(!zh.is_empty());
        }
    }

    #[test]
    fn another_builds_file_or_a_damaged_one_is_refused() {
        assert_eq!(
            parse("# yc-texts 0000000000000000\n"),
            Err(DataError::WrongFile)
        );
        assert_eq!(parse(""), Err(DataError::WrongFile));
        let damaged: &'static str =
            Box::leak(format!("# yc-texts {DATA_HASH}\nnot-hex\tx\ty\n").into_boxed_str());
        assert_eq!(parse(damaged), Err(DataError::Damaged));
        let unordered: &'static str = Box::leak(
            format!("# yc-texts {DATA_HASH}\n0000000000000002\ta\tb\n0000000000000001\tc\td\n")
                .into_boxed_str(),
        );
        assert_eq!(parse(unordered), Err(DataError::Damaged));
    }

    #[test]
    fn an_installed_table_answers_by_id() {
        install(DATA.to_string()).unwrap();
        let table = TABLE.get().expect("installed");
        let (id, zh, en) = table[table.len() / 2];
        assert_eq!(lookup(table, id), Some((zh, en)));
        assert_eq!(
            lookup(table, 0),
            None,
            "an unknown id finds nothing, never panics"
        );
        assert!(
            install("not a texts file".into()).is_ok(),
            "installed once, kept"
        );
    }

    /// A `tx!` text the build script did not write to the file is caught whenever it is shown
    /// in a debug build (the tests), so a literal the script misreads cannot ship blank.
    #[test]
    #[cfg(all(debug_assertions, not(feature = "external-texts")))]
    #[should_panic(expected = "missing from the data file")]
    fn a_long_text_missing_from_the_file_is_caught_when_shown() {
        Text::stored_inline("不在数据文件中", "not in the data file").get(Lang::Zh);
    }

    #[test]
    fn a_tx_text_is_marked_and_a_plain_one_is_not() {
        assert!(crate::tx!("是", "yes").is_stored() || cfg!(feature = "external-texts"));
        assert!(!t("是", "yes").is_stored());
    }
}
