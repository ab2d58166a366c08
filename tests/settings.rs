//! The stored settings (language and 长者版) fuzzed like the engine's parsers
//! (crates/engine/tests/parsers.rs): whatever the browser hands back from local storage, reading
//! never panics, gives settings only for a JSON object, and every setting reads back as written.
//! The browser reads the text with its own JSON parser (`browser::load_settings`); here
//! serde_json stands in for it, both standard JSON, and the fields go through the same
//! `Settings::from_fields`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::sample::select;
use yc_calculator::state::Settings;
use yc_engine::Lang;

/// Texts checked per proptest case.
const BATCH: usize = 64;

fn config(cases: u32) -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = cases;
    }
    c
}

const JSONISH: &[char] = &[
    '{', '}', '[', ']', '"', ',', ':', ' ', '\\', '0', '1', '-', '.', 'e', 'n', 't', 'r', 'u', 'f',
    'a', 'l', 's', 'g', 'z', 'h', 'i', 'o',
];

/// What `browser::load_settings` does with the stored text: settings from a JSON object, none
/// from anything else (the app then uses the defaults).
fn read(text: &str) -> Option<Settings> {
    let serde_json::Value::Object(o) = serde_json::from_str::<serde_json::Value>(text).ok()? else {
        return None;
    };
    Some(Settings::from_fields(
        o.get("lang").and_then(|v| v.as_str()),
        o.get("senior").and_then(|v| v.as_bool()),
    ))
}

fn settings() -> impl Strategy<Value = Settings> {
    (any::<bool>(), any::<bool>()).prop_map(|(en, senior)| Settings {
        lang: if en { Lang::En } else { Lang::Zh },
        senior,
    })
}

proptest! {
    #![proptest_config(config(3_000))]

    /// Any text: settings only when it is a JSON object; never a panic.
    #[test]
    fn any_text(texts in prop::collection::vec(
        prop::collection::vec(select(JSONISH), 0..32).prop_map(|cs| cs.into_iter().collect::<String>()),
        BATCH,
    )) {
        for t in texts {
            if read(&t).is_some() {
                prop_assert!(t.trim_start().starts_with('{'), "{:?}", t);
            }
        }
    }

    /// Every setting reads back as written, also with extra keys around it (a later release may
    /// store more) and with a damaged copy of itself.
    #[test]
    fn settings_read_back(
        all in prop::collection::vec((settings(), any::<u8>(), any::<usize>(), select(JSONISH)), BATCH)
    ) {
        for (s, extra, at, c) in all {
            let text = s.to_stored();
            prop_assert_eq!(read(&text), Some(s));
            let wider = format!("{{\"x\":[{extra},{{\"y\":null}}],{}", &text[1..]);
            prop_assert_eq!(read(&wider), Some(s), "{}", wider);
            let mut damaged: Vec<char> = text.chars().collect();
            let i = at % damaged.len();
            damaged[i] = c;
            let damaged: String = damaged.into_iter().collect();
            if read(&damaged).is_some() {
                prop_assert!(serde_json::from_str::<serde_json::Value>(&damaged).is_ok());
            }
        }
    }
}
