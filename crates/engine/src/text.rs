//! Bilingual text. Every user-facing string of the engine carries both languages.

use serde::Serialize;

/// The languages the app speaks. Chinese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// A piece of static text in Chinese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    /// The text in the given language.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for a `Text` literal.
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
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
