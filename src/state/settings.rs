//! What the app remembers besides the answers (language, 长者版), read leniently.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use yc_engine::Lang;

/// What the app remembers besides the answers: the language and 长者版. Stored as JSON through
/// gloo-storage, `{"lang":"en","senior":true}` (the form earlier releases wrote by hand). Reading
/// is lenient field by field: a missing or unreadable field keeps its default (Chinese, standard),
/// and text that is not an object gives the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Settings {
    pub lang: Lang,
    pub senior: bool,
}

/// Reading settings with one `deserialize_any` visitor instead of the derived one keeps the
/// browser bundle smaller (measured in docs/benchmarks.md): the derive brings serde_json's typed
/// paths and their "invalid type" messages, which nothing else in the app needs.
impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Settings, D::Error> {
        Ok(match d.deserialize_any(Stored)? {
            StoredValue::Object(settings) => settings,
            _ => Settings::default(),
        })
    }
}

/// Any stored JSON value, reduced to what settings can use.
struct Stored;

enum StoredValue {
    Object(Settings),
    Text(String),
    Flag(bool),
    Other,
}

impl<'de> de::DeserializeSeed<'de> for Stored {
    type Value = StoredValue;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<StoredValue, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Stored {
    type Value = StoredValue;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("settings")
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<StoredValue, E> {
        Ok(StoredValue::Flag(b))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<StoredValue, E> {
        Ok(StoredValue::Text(s.to_string()))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StoredValue, A::Error> {
        while seq.next_element_seed(Stored)?.is_some() {}
        Ok(StoredValue::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredValue, A::Error> {
        let mut settings = Settings::default();
        while let Some(key) = map.next_key::<String>()? {
            match (key.as_str(), map.next_value_seed(Stored)?) {
                ("lang", StoredValue::Text(l)) if l == "en" => settings.lang = Lang::En,
                ("lang", StoredValue::Text(l)) if l == "zh" => settings.lang = Lang::Zh,
                ("senior", StoredValue::Flag(on)) => settings.senior = on,
                _ => {}
            }
        }
        Ok(StoredValue::Object(settings))
    }
}
