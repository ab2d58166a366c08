//! Messages: a text with placeholders and the values that fill them, written in a language when
//! that language is asked for.

use super::{installed, Lang, Text};
use serde::Serialize;

/// A message built from values, in Chinese and English (a self-check's gap, a support period).
///
/// A message keeps its text and its values and is written in a language only when that language
/// is asked for ([`Msg::get`], serialisation), once: an assessment builds many messages a page
/// never shows (the other language's, a folded card's), and writing numbers and dates is most of
/// what a message costs. Two messages are equal when they read the same in both languages; a copy shares the
/// original (and what it has written).
#[derive(Clone)]
pub struct Msg(std::rc::Rc<Inner>);

struct Inner {
    words: Text,
    args: Vec<(&'static str, Val)>,
    zh: std::cell::OnceCell<String>,
    en: std::cell::OnceCell<String>,
}

/// A value a message quotes, kept as it is until the message is written.
#[derive(Debug)]
pub enum Val {
    Date(crate::Date),
    Number(rust_decimal::Decimal),
    Integer(i64),
    /// Words that are the same in both languages.
    Str(String),
    Text(Text),
    Msg(Msg),
    /// A number written by a function of its own in each language (an amount of money as the
    /// page writes it, 万元 / ¥: `input::format_yuan`).
    Written(
        rust_decimal::Decimal,
        fn(rust_decimal::Decimal, Lang) -> String,
    ),
    /// A number of percent, written with its sign (`59.9%`).
    Percent(rust_decimal::Decimal),
}

/// A number of percent as a message writes it, `59.9%` ([`Val::Percent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percent(pub rust_decimal::Decimal);

impl Arg for Percent {
    fn val(&self) -> Val {
        Val::Percent(self.0)
    }
}

impl Val {
    fn write_in(&self, lang: Lang, out: &mut String) {
        use std::fmt::Write as _;
        // Writing into a String cannot fail.
        let _ = match self {
            Val::Date(d) => write!(out, "{d}"),
            Val::Number(n) => write!(out, "{n}"),
            Val::Integer(i) => write!(out, "{i}"),
            Val::Str(s) => out.write_str(s),
            Val::Text(t) => out.write_str(t.get(lang)),
            Val::Msg(m) => out.write_str(m.get(lang)),
            Val::Written(n, write) => out.write_str(&write(*n, lang)),
            Val::Percent(n) => write!(out, "{n}%"),
        };
    }
}

impl Default for Msg {
    fn default() -> Msg {
        Msg::of(Text::new("", ""))
    }
}

impl Msg {
    /// The message in the given language (written the first time it is asked for). A message of
    /// stored texts reads as empty until that language's texts are installed ([`install`]).
    pub fn get(&self, lang: Lang) -> &str {
        let inner = &*self.0;
        let cell = match lang {
            Lang::Zh => &inner.zh,
            Lang::En => &inner.en,
        };
        if let Some(done) = cell.get() {
            return done;
        }
        if inner.args.is_empty() {
            return inner.words.get(lang);
        }
        if inner.words.is_stored() && !installed(lang) {
            return "";
        }
        cell.get_or_init(|| inner.write(lang))
    }

    /// A text's words with each `{name}` placeholder replaced by its argument in that language
    /// ([`msg!`] checks at build time that the names are exactly the text's placeholders). The
    /// values are kept; the words are written when a language is asked for.
    pub fn fill(words: Text, args: &[(&'static str, &dyn Arg)]) -> Msg {
        Msg(std::rc::Rc::new(Inner::new(words, args)))
    }

    /// A text's words in one language with its placeholders filled ([`say!`]).
    pub fn fill_in(words: Text, lang: Lang, args: &[(&'static str, &dyn Arg)]) -> String {
        Inner::new(words, args).write(lang)
    }

    /// A text without placeholders, as a message.
    pub fn of(text: Text) -> Msg {
        Msg::fill(text, &[])
    }

    /// A message of words already written in each language.
    pub fn written(zh: String, en: String) -> Msg {
        let msg = Msg::of(Text::new("", ""));
        let _ = msg.0.zh.set(zh);
        let _ = msg.0.en.set(en);
        msg
    }
}

impl Inner {
    fn new(words: Text, args: &[(&'static str, &dyn Arg)]) -> Inner {
        Inner {
            words,
            args: args.iter().map(|(n, v)| (*n, v.val())).collect(),
            zh: Default::default(),
            en: Default::default(),
        }
    }

    /// The words in `lang` with each placeholder replaced by its value.
    fn write(&self, lang: Lang) -> String {
        fill(
            self.words.get(lang),
            &|name, out| match self.args.iter().find(|(n, _)| *n == name) {
                Some((_, v)) => {
                    v.write_in(lang, out);
                    true
                }
                None => false,
            },
        )
    }
}

impl PartialEq for Msg {
    fn eq(&self, other: &Msg) -> bool {
        self.get(Lang::Zh) == other.get(Lang::Zh) && self.get(Lang::En) == other.get(Lang::En)
    }
}

impl Eq for Msg {}

/// As the message reads: `Msg { zh: "…", en: "…" }`.
impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Msg")
            .field("zh", &self.get(Lang::Zh))
            .field("en", &self.get(Lang::En))
            .finish()
    }
}

impl Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Msg", 2)?;
        st.serialize_field("zh", self.get(Lang::Zh))?;
        st.serialize_field("en", self.get(Lang::En))?;
        st.end()
    }
}

/// Writes `template` with each `{name}` replaced by what `value` writes for that name (`value`
/// says false for a name it does not know, and the braces stay as they are).
fn fill(template: &str, value: &dyn Fn(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // Braces are ASCII, so a byte search finds them (and is much cheaper than `str::find` with
    // a `char`); UTF-8 never uses an ASCII byte inside another character.
    let byte = |s: &str, b: u8| s.bytes().position(|x| x == b);
    while let Some(open) = byte(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match byte(after, b'}') {
            Some(c) if value(&after[..c], &mut out) => rest = &after[c + 1..],
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value put into a message: the same in both languages (a number, a date, words of no
/// language), or words of its own in each ([`Text`], [`Msg`]).
pub trait Arg {
    /// The value, kept by a message until it is written.
    fn val(&self) -> Val;
}

impl<T: Arg + ?Sized> Arg for &T {
    fn val(&self) -> Val {
        (**self).val()
    }
}

/// Values written the same in both languages.
macro_rules! plain_arg {
    ($($t:ty => $val:expr),* $(,)?) => {$(
        impl Arg for $t {
            fn val(&self) -> Val {
                #[allow(clippy::redundant_closure_call)]
                ($val)(self)
            }
        }
    )*};
}

plain_arg! {
    crate::Date => |d: &crate::Date| Val::Date(*d),
    rust_decimal::Decimal => |n: &rust_decimal::Decimal| Val::Number(*n),
    i64 => |i: &i64| Val::Integer(*i),
    i32 => |i: &i32| Val::Integer(i64::from(*i)),
    u32 => |i: &u32| Val::Integer(i64::from(*i)),
    u16 => |i: &u16| Val::Integer(i64::from(*i)),
    u8 => |i: &u8| Val::Integer(i64::from(*i)),
    usize => |i: &usize| i64::try_from(*i).map_or_else(|_| Val::Str(i.to_string()), Val::Integer),
    u64 => |i: &u64| i64::try_from(*i).map_or_else(|_| Val::Str(i.to_string()), Val::Integer),
    str => |s: &str| Val::Str(s.to_string()),
    String => |s: &String| Val::Str(s.clone()),
    Text => |t: &Text| Val::Text(*t),
    Msg => |m: &Msg| Val::Msg(m.clone()),
}
