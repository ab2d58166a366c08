//! What the app remembers besides the answers (language, 长者版), read leniently.

use yc_engine::Lang;

/// What the app remembers besides the answers: the language and 长者版. Stored as JSON,
/// `{"lang":"en","senior":true}` (the form every release has written; index.html's boot script
/// reads it too). Written here ([`Settings::to_stored`]: two known fields, nothing to escape) and
/// read by the browser's own JSON parser at the browser edge (`browser::load_settings`), field
/// by field through [`Settings::from_fields`], so no JSON library is in the lighter program: a
/// missing or unreadable field keeps its default (Chinese, standard), and text that is not an
/// object gives the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    pub lang: Lang,
    pub senior: bool,
}

impl Settings {
    /// The stored form: `{"lang":"zh","senior":false}`.
    pub fn to_stored(self) -> String {
        format!(
            r#"{{"lang":"{}","senior":{}}}"#,
            self.lang.code(),
            self.senior
        )
    }

    /// The settings from the stored object's two fields, each as JSON gave it (`lang` a string,
    /// `senior` a boolean; `None` when missing or of another type): an unknown language is
    /// Chinese, a missing mode standard.
    pub fn from_fields(lang: Option<&str>, senior: Option<bool>) -> Settings {
        Settings {
            lang: if lang == Some("en") {
                Lang::En
            } else {
                Lang::Zh
            },
            senior: senior.unwrap_or(false),
        }
    }
}
