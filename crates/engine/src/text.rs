//! Bilingual text. Every user-facing string of the engine carries both languages.
//!
//! Short texts (labels, questions) are compiled into the program. The long reading texts (the
//! programmes' notes and next steps, criteria, the clause texts of the sources, the parameters'
//! names, the self-checks' explanations) are written with [`tx!`]: in a native build they are
//! compiled in like any other text; with the feature `external-texts` (the browser app) only a
//! 64-bit id stays in the program and the texts themselves live in one data file per language,
//! `texts-zh-<hash>.txt` and `texts-en-<hash>.txt`, so a visitor downloads only the language
//! the page is in. The app fetches the file beside the Wasm and hands it to [`install`]. The
//! build script writes the texts from the same sources ([`DATA`], [`data_file`], [`data_for`]),
//! so the two cannot drift: each file carries the hash of the whole set and its language, and
//! [`install`] refuses any other.

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
    const fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
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
            !stored || lookup(bundled(), text_id(zh, en)).is_some(),
            "a tx! text is missing from the data file (build.rs cannot read its literal): {zh}"
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
    let h = crate::fnv::feed(crate::fnv::START, zh.as_bytes());
    crate::fnv::feed(crate::fnv::feed(h, &[0xff]), en.as_bytes())
}

/// Every long text of this build in both languages (`# yc-texts <hash>`, then one line per
/// text: id in 16 hex digits, Chinese, English, separated by tabs, sorted by id). Only code that
/// uses it links it in: the command line and the tests. The files the app fetches hold one
/// language each ([`data_for`]).
pub static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));

/// The hash of [`DATA`] (16 hex digits), which names both language files and heads them.
pub const DATA_HASH: &str = env!("YC_TEXTS_HASH");

/// The name of one language's data file, as the app fetches it beside `index.html`.
pub const fn data_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => concat!("texts-zh-", env!("YC_TEXTS_HASH"), ".txt"),
        Lang::En => concat!("texts-en-", env!("YC_TEXTS_HASH"), ".txt"),
    }
}

/// The contents of one language's data file: `# yc-texts <hash> <zh|en>`, then one line per
/// text, `id<TAB>words`, sorted by id (`yc-eval --texts-into` writes both).
pub fn data_for(lang: Lang) -> String {
    let mut out = format!("# yc-texts {DATA_HASH} {}\n", lang.code());
    for (id, words) in bundled_in(lang) {
        out.push_str(&format!("{id:016x}\t{words}\n"));
    }
    out
}

/// The compiled-in texts of one language, by id.
fn bundled_in(lang: Lang) -> impl Iterator<Item = (u64, &'static str)> {
    bundled()
        .iter()
        .map(move |&(id, zh, en)| (id, lang.pick(zh, en)))
}

type Table = Vec<(u64, &'static str, &'static str)>;

/// One language's installed texts, by id.
type LangTable = Vec<(u64, &'static str)>;

static TABLES: [OnceLock<LangTable>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<LangTable> {
    match lang {
        Lang::Zh => &TABLES[0],
        Lang::En => &TABLES[1],
    }
}

/// A stored text's words in one language: empty until that language is installed (or for an
/// id the file does not have, which the build rules out).
#[cfg_attr(not(feature = "external-texts"), allow(dead_code))]
fn stored(lang: Lang, id: u64) -> &'static str {
    slot(lang)
        .get()
        .and_then(|t| {
            t.binary_search_by_key(&id, |(k, _)| *k)
                .ok()
                .map(|i| t[i].1)
        })
        .unwrap_or("")
}

fn bundled() -> &'static Table {
    static BUNDLED: OnceLock<Table> = OnceLock::new();
    BUNDLED.get_or_init(|| parse(DATA).unwrap_or_default())
}

#[cfg_attr(feature = "external-texts", allow(dead_code))]
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

/// Reads one language's data file ([`data_for`]).
fn parse_lang(lang: Lang, data: &'static str) -> Result<LangTable, DataError> {
    let mut lines = data.lines();
    let head = lines.next().ok_or(DataError::WrongFile)?;
    let expected = head
        .strip_prefix("# yc-texts ")
        .and_then(|rest| rest.split_once(' '));
    if expected != Some((DATA_HASH, lang.code())) {
        return Err(DataError::WrongFile);
    }
    let mut table = LangTable::new();
    for line in lines {
        let Some((id, words)) = line.split_once('\t') else {
            return Err(DataError::Damaged);
        };
        if id.len() != 16 {
            return Err(DataError::Damaged);
        }
        let id = u64::from_str_radix(id, 16).map_err(|_| DataError::Damaged)?;
        if table.last().is_some_and(|(last, _)| *last >= id) || words.contains('\t') {
            return Err(DataError::Damaged);
        }
        table.push((id, words));
    }
    Ok(table)
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

/// Installs one language's data file (the app calls this when the file has arrived). The text
/// is kept for the life of the page. Installing a language again after a success changes
/// nothing; a file of the other language, of another build or a damaged one is refused.
pub fn install(lang: Lang, data: String) -> Result<(), DataError> {
    if slot(lang).get().is_some() {
        return Ok(());
    }
    let data: &'static str = Box::leak(data.into_boxed_str());
    let table = parse_lang(lang, data)?;
    let _ = slot(lang).set(table);
    Ok(())
}

/// Installs the texts compiled into this build ([`DATA`]) in both languages: for the
/// in-browser tests.
pub fn install_bundled() {
    for lang in [Lang::Zh, Lang::En] {
        let _ = slot(lang).set(bundled_in(lang).collect());
    }
}

/// Whether the stored texts of a language can be read: always in a build that compiles them
/// in; in the browser build, once [`install`] has succeeded for that language.
pub fn installed(lang: Lang) -> bool {
    !cfg!(feature = "external-texts") || slot(lang).get().is_some()
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
    fn each_language_file_holds_every_text_in_that_language_only() {
        let table = bundled();
        for lang in [Lang::Zh, Lang::En] {
            let data: &'static str = Box::leak(data_for(lang).into_boxed_str());
            let words = parse_lang(lang, data).expect("the file this build writes reads back");
            assert_eq!(words.len(), table.len());
            for ((id, text), (bid, zh, en)) in words.iter().zip(table) {
                assert_eq!(id, bid);
                assert_eq!(*text, if lang == Lang::Zh { *zh } else { *en });
            }
            assert!(data_file(lang).contains(DATA_HASH));
            assert!(data_file(lang).starts_with(&format!("texts-{}-", lang.code())));
        }
        assert!(!data_for(Lang::En).contains("人才类项目推行经费包干制"));
        assert!(data_for(Lang::Zh).contains("人才类项目推行经费包干制"));
    }

    #[test]
    fn a_language_file_of_the_other_language_another_build_or_damaged_is_refused() {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let zh = leak(data_for(Lang::Zh));
        assert_eq!(parse_lang(Lang::En, zh), Err(DataError::WrongFile));
        assert_eq!(
            parse_lang(
                Lang::Zh,
                leak(zh.replacen(DATA_HASH, "0000000000000000", 1))
            ),
            Err(DataError::WrongFile)
        );
        assert_eq!(parse_lang(Lang::Zh, ""), Err(DataError::WrongFile));
        assert_eq!(parse_lang(Lang::Zh, DATA), Err(DataError::WrongFile));
        let head = format!("# yc-texts {DATA_HASH} zh\n");
        for body in [
            "not-hex\tx\n",
            "0000000000000002\ta\n0000000000000001\tb\n",
            "0000000000000001\ta\tb\n",
            "0000000000000001\n",
            "01\ta\n",
        ] {
            assert_eq!(
                parse_lang(Lang::Zh, leak(format!("{head}{body}"))),
                Err(DataError::Damaged),
                "{body:?}"
            );
        }
    }

    #[test]
    fn an_installed_language_answers_by_id_and_the_other_stays_empty() {
        install(Lang::En, data_for(Lang::En)).unwrap();
        assert!(installed(Lang::En));
        let (id, _, en) = bundled()[bundled().len() / 2];
        assert_eq!(stored(Lang::En, id), en);
        assert_eq!(
            stored(Lang::En, 0),
            "",
            "an unknown id finds nothing, never panics"
        );
        assert!(
            install(Lang::En, "not a texts file".into()).is_ok(),
            "installed once, kept"
        );
        assert_eq!(
            install(Lang::Zh, data_for(Lang::En)),
            Err(DataError::WrongFile),
            "the English file is not the Chinese one"
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
