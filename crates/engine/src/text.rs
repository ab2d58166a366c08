//! Bilingual text. Every user-facing string of the engine carries both languages; the words
//! themselves are in `texts/zh.toml` and `texts/en.toml`, one constant per key in `crate::words`.
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

/// One text's words in both languages, as `texts/zh.toml` and `texts/en.toml` hold them under one
/// key; the build script writes one constant per key into `crate::words`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Words {
    /// The words in the given language.
    #[inline(always)]
    pub const fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.zh, self.en)
    }
}

impl Text {
    /// A text compiled into the program, from its words.
    pub const fn of(w: Words) -> Text {
        Text::new(w.zh, w.en)
    }
}

/// A text compiled into the program, by its key in the texts files: `t!(facts.location.label)`.
#[macro_export]
macro_rules! t {
    ($($seg:ident).+) => {
        $crate::text::Text::of($crate::words::$($seg)::+)
    };
}

/// A long text, kept in the per-language data file in the browser build, by its key in the
/// texts files: `tx!(catalogue.tsme.note)`. The build script finds every `tx!` key in the source.
#[cfg(not(feature = "external-texts"))]
#[macro_export]
macro_rules! tx {
    ($($seg:ident).+) => {
        $crate::text::Text::stored_inline(
            $crate::words::$($seg)::+.zh,
            $crate::words::$($seg)::+.en,
        )
    };
}

/// A long text, kept in the per-language data file in the browser build, by its key in the
/// texts files: `tx!(catalogue.tsme.note)`. The build script finds every `tx!` key in the source.
#[cfg(feature = "external-texts")]
#[macro_export]
macro_rules! tx {
    ($($seg:ident).+) => {
        $crate::text::Text::stored(const {
            $crate::text::text_id($crate::words::$($seg)::+.zh, $crate::words::$($seg)::+.en)
        })
    };
}

/// A long text from two literals, for the code the build script writes from the policy files
/// (parameter names, clause texts), which are not words of the texts files.
#[doc(hidden)]
#[cfg(not(feature = "external-texts"))]
#[macro_export]
macro_rules! tx_lit {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::Text::stored_inline($zh, $en)
    };
}

#[doc(hidden)]
#[cfg(feature = "external-texts")]
#[macro_export]
macro_rules! tx_lit {
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
        match self {
            DataError::WrongFile => t!(text.data_error.wrong_file).get(lang),
            DataError::Damaged => t!(text.data_error.damaged).get(lang),
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

impl Msg {
    /// A text's words with each `{name}` placeholder replaced by its argument in that language
    /// ([`msg!`] checks at build time that the names are exactly the text's placeholders).
    pub fn fill(words: Words, args: &[(&str, &dyn Arg)]) -> Msg {
        Msg {
            zh: fill(words.zh, Lang::Zh, args),
            en: fill(words.en, Lang::En, args),
        }
    }

    /// A text's words in one language with its placeholders filled ([`say!`]).
    pub fn fill_in(words: Words, lang: Lang, args: &[(&str, &dyn Arg)]) -> String {
        fill(words.get(lang), lang, args)
    }

    /// A text without placeholders, as a message.
    pub fn of(text: Text) -> Msg {
        Msg {
            zh: text.get(Lang::Zh).to_string(),
            en: text.get(Lang::En).to_string(),
        }
    }
}

fn fill(template: &str, lang: Lang, args: &[(&str, &dyn Arg)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let value = close.and_then(|c| args.iter().find(|(n, _)| *n == &after[..c]));
        match (close, value) {
            (Some(c), Some((_, v))) => {
                out.push_str(&v.in_lang(lang));
                rest = &after[c + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value put into a message: the same in both languages (a number, a date: anything
/// `Display`), or words of its own in each ([`Text`], [`Msg`]).
pub trait Arg {
    fn in_lang(&self, lang: Lang) -> String;
}

impl<T: std::fmt::Display + ?Sized> Arg for T {
    fn in_lang(&self, _: Lang) -> String {
        self.to_string()
    }
}

impl Arg for Text {
    fn in_lang(&self, lang: Lang) -> String {
        self.get(lang).to_string()
    }
}

impl Arg for Msg {
    fn in_lang(&self, lang: Lang) -> String {
        self.get(lang).to_string()
    }
}

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
