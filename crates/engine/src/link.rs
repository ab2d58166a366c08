//! The share-link formats: the answers in the URL fragment, which browsers never send to a
//! server (`docs/profile.md`).
//!
//! - `v=2` (written): `v=2&p=…`, the profile as a compact bit string in base64url
//!   (`link/compact.rs`). Short enough for a chat message and a QR code; answers are not legible.
//! - `v=1` (read, and written on request by [`Profile::to_readable_fragment`]):
//!   `v=1&d=2026-11-26&location=jinfeng&…`, human-readable and hand-craftable (staff write such
//!   links to pre-fill the questionnaire; the example enterprises are written this way).
//!
//! Reading keeps every valid answer and reports the others; a fragment that is not a link of this
//! tool at all, or a `v=2` link whose payload is damaged, is refused.

mod compact;

use crate::date::Date;
use crate::facts::Fact;
use crate::input::InputError;
use crate::profile::{LoadIssue, Profile, Value};
use crate::t;

/// The version marker of the share links this release writes.
pub const FRAGMENT_VERSION: &str = "2";
/// The version marker of the readable links (read, and written by `to_readable_fragment`).
pub const READABLE_VERSION: &str = "1";
/// Fragments longer than this are refused unread (characters).
pub const MAX_FRAGMENT_CHARS: usize = 4096;

/// Why a share-link fragment could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentError {
    TooLong,
    NotALink,
    /// A `v=2` link whose payload is cut short or changed: nothing of it can be trusted.
    Damaged,
}

impl FragmentError {
    pub fn message(&self, lang: crate::text::Lang) -> String {
        match self {
            FragmentError::TooLong => t!(link.error.too_long).get(lang).into(),
            FragmentError::NotALink => t!(link.error.not_a_link).get(lang).into(),
            FragmentError::Damaged => t!(link.error.damaged).get(lang).into(),
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Profile {
    /// The share-link fragment (without `#`), as this release writes it: `v=2&p=…`, the compact
    /// payload (`docs/profile.md`): 46–65 characters for the example enterprises.
    pub fn to_fragment(&self) -> String {
        format!("v={FRAGMENT_VERSION}&p={}", compact::write(self))
    }

    /// The readable fragment (without `#`): `v=1&d=2026-11-26&location=jinfeng&industries=software+wine&revenue=35000000`.
    /// Hand-craftable; documented in `docs/profile.md`. Answers about a year are written with it
    /// (`hnte_supported_this_year=n@2026`).
    pub fn to_readable_fragment(&self) -> String {
        let mut out = format!("v={READABLE_VERSION}&d={}", self.assessment_date);
        for (fact, value) in self.answers() {
            out.push('&');
            out.push_str(fact.id());
            out.push('=');
            out.push_str(&value.to_text());
        }
        out
    }

    /// Reads a share-link fragment (with or without `#`), `v=2` or `v=1`, keeping every valid
    /// answer and reporting the rest. A link of another version is read as far as possible (as a
    /// readable link) and reported once; a `v=2` link with a damaged payload is refused.
    pub fn from_fragment(
        fragment: &str,
        today: Date,
    ) -> Result<(Profile, Vec<LoadIssue>), FragmentError> {
        if fragment.chars().count() > MAX_FRAGMENT_CHARS {
            return Err(FragmentError::TooLong);
        }
        Profile::read_fragment(fragment, today)
    }

    /// Reads answers this browser saved in the share-link form (the app's autosave writes
    /// [`Profile::to_readable_fragment`]): as [`Profile::from_fragment`], but held to the size
    /// limit of a profile document, not of an address, since every answer of the largest values
    /// is longer than a link may be.
    pub fn from_saved(
        saved: &str,
        today: Date,
    ) -> Result<(Profile, Vec<LoadIssue>), FragmentError> {
        if saved.len() > crate::document::MAX_PROFILE_BYTES {
            return Err(FragmentError::TooLong);
        }
        Profile::read_fragment(saved, today)
    }

    fn read_fragment(
        fragment: &str,
        today: Date,
    ) -> Result<(Profile, Vec<LoadIssue>), FragmentError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let pairs = || {
            fragment.split('&').filter(|p| !p.is_empty()).map(|pair| {
                let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(key), percent_decode(raw))
            })
        };
        let last = |name: &str| pairs().rfind(|(k, _)| k == name).map(|(_, v)| v);
        let version = last("v");
        let mut profile = Profile::new(today);
        let mut issues = Vec::new();
        if version.as_deref() == Some(FRAGMENT_VERSION) {
            // The compact form: the payload carries the date and every answer; other pairs are
            // ignored.
            let payload = last("p").ok_or(FragmentError::Damaged)?;
            compact::read(&payload, &mut profile, &mut issues)
                .map_err(|_| FragmentError::Damaged)?;
            return Ok((profile, issues));
        }
        // The readable form. Answers are recorded once every pair is read: a bare `y`/`n` about a
        // year takes the link's `d`, which may come after it.
        let mut answers: Vec<(Fact, Value)> = Vec::new();
        for (key, raw) in pairs() {
            match key.as_str() {
                "v" => {}
                "d" => match Date::parse_iso(&raw) {
                    Some(d) => profile.assessment_date = d,
                    None => issues.push(LoadIssue {
                        key: "d".into(),
                        error: Some(InputError::BadDate),
                    }),
                },
                _ => match Fact::from_id(&key) {
                    None => issues.push(LoadIssue { key, error: None }),
                    Some(fact) => match Value::parse_text(fact, &raw) {
                        Ok(v) => answers.push((fact, v)),
                        Err(e) => issues.push(LoadIssue {
                            key,
                            error: Some(e),
                        }),
                    },
                },
            }
        }
        for (fact, value) in answers {
            // parse_text builds only values of the fact's kind, so set refuses nothing here.
            if let Err(e) = profile.set(fact, value) {
                issues.push(LoadIssue {
                    key: fact.id().into(),
                    error: Some(e),
                });
            }
        }
        match version.as_deref() {
            Some(READABLE_VERSION) => Ok((profile, issues)),
            Some(_) => {
                issues.insert(
                    0,
                    LoadIssue {
                        key: "v".into(),
                        error: Some(InputError::NotAnOption),
                    },
                );
                Ok((profile, issues))
            }
            None => Err(FragmentError::NotALink),
        }
    }
}

#[cfg(test)]
mod fragment_tests {
    use super::*;
    use rust_decimal::Decimal;

    fn today() -> Date {
        Date::new(2026, 11, 26).unwrap()
    }

    #[test]
    fn saved_answers_read_back_beyond_a_links_length() {
        for example in crate::examples::EXAMPLES {
            let (p, _) = Profile::from_fragment(&example.fragment_on(today()), today()).unwrap();
            let saved = p.to_readable_fragment();
            assert!(saved.starts_with("v=1&d="), "{saved}");
            let (again, issues) = Profile::from_saved(&saved, today()).unwrap();
            assert!(issues.is_empty(), "{issues:?}");
            assert_eq!(again, p);
        }
        // Longer than an address may be, but not than a document: still read.
        let long = format!("v=1&d=2026-05-01&location=jinfeng{}", "&".repeat(5_000));
        assert_eq!(
            Profile::from_fragment(&long, today()),
            Err(FragmentError::TooLong)
        );
        let (p, _) = Profile::from_saved(&long, today()).unwrap();
        assert_eq!(p.get(Fact::Location), Some(&Value::Choice("jinfeng")));
        let huge = "&".repeat(crate::document::MAX_PROFILE_BYTES + 1);
        assert_eq!(
            Profile::from_saved(&huge, today()),
            Err(FragmentError::TooLong)
        );
    }

    #[test]
    fn fragment_round_trip_and_hand_crafted_links() {
        let (p, issues) = Profile::from_fragment(
            "#v=1&d=2026-05-01&location=jinfeng&industries=software+wine&revenue=3500万&state_owned=n&employees=120",
            today(),
        )
        .unwrap();
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(p.assessment_date.to_string(), "2026-05-01");
        assert_eq!(p.number(Fact::Revenue), Some(Decimal::from(35_000_000)));
        assert_eq!(
            p.get(Fact::Industries),
            Some(&Value::Set(vec!["software", "wine"]))
        );
        let again = Profile::from_fragment(&p.to_readable_fragment(), today())
            .unwrap()
            .0;
        assert_eq!(again, p);
        assert!(p
            .to_readable_fragment()
            .contains("industries=software+wine"));
        // The link this release writes is the compact one, and reads back the same.
        let link = p.to_fragment();
        assert!(link.starts_with("v=2&p="), "{link}");
        assert_eq!(Profile::from_fragment(&link, today()).unwrap(), (p, vec![]));
    }

    /// The compact link hides no surprise: the amounts are not in it as text, it is short, and
    /// it is refused as a whole when damaged (never read as other answers).
    #[test]
    fn compact_links_are_short_opaque_and_refused_when_damaged() {
        let (p, _) = Profile::from_fragment(
            "v=1&location=jinfeng&rd_expense=1234567&revenue=35000000&employees=120",
            today(),
        )
        .unwrap();
        let link = p.to_fragment();
        assert!(link.len() < 40, "{link}");
        for figure in ["1234567", "35000000", "jinfeng", "rd_expense"] {
            assert!(!link.contains(figure), "{link} shows {figure}");
        }
        assert_eq!(
            Profile::from_fragment(&link[..link.len() - 1], today()),
            Err(FragmentError::Damaged)
        );
        assert_eq!(
            Profile::from_fragment("v=2", today()),
            Err(FragmentError::Damaged)
        );
        assert_eq!(
            Profile::from_fragment("v=2&p=%%%", today()),
            Err(FragmentError::Damaged)
        );
        // Percent-encoded, with `#`, with other pairs around it: the same answers.
        let payload = link.split_once("&p=").unwrap().1;
        let wrapped = format!("#x=1&v=2&p={}&utm=chat", payload.replace('-', "%2D"));
        assert_eq!(Profile::from_fragment(&wrapped, today()).unwrap().0, p);
        for lang in [crate::text::Lang::Zh, crate::text::Lang::En] {
            assert!(!FragmentError::Damaged.message(lang).is_empty());
        }
    }

    #[test]
    fn tampered_links_keep_what_they_can() {
        let (p, issues) = Profile::from_fragment(
            "v=1&location=mars&employees=12&bogus=1&revenue=-5&d=2026-13-01",
            today(),
        )
        .unwrap();
        assert_eq!(p.number(Fact::Employees), Some(Decimal::from(12)));
        assert_eq!(p.assessment_date, today());
        assert_eq!(issues.len(), 4);
        let (_, issues) = Profile::from_fragment("v=7&employees=12", today()).unwrap();
        assert_eq!(issues[0].key, "v");
        assert!(issues[0]
            .message(crate::text::Lang::En)
            .contains("another version"));
        assert!(issues[0]
            .message(crate::text::Lang::Zh)
            .contains("其他版本"));
        assert_eq!(
            Profile::from_fragment("hello", today()),
            Err(FragmentError::NotALink)
        );
        assert_eq!(
            Profile::from_fragment(&"a".repeat(5000), today()),
            Err(FragmentError::TooLong)
        );
        assert!(Profile::from_fragment("v=1&employees=%31%32%", today()).is_ok());
    }

    /// The crafted links of the "never crash" issue: the overflowing value is dropped with a
    /// "too large" issue, the rest of the link still loads, nothing panics.
    #[test]
    fn overflowing_amounts_in_a_link_are_dropped_not_a_panic() {
        for value in [
            "1亿79228162514264337593543950335",
            "1万79228162514264337593543950335",
        ] {
            for key in ["revenue", "employees"] {
                let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
                let link = format!("#v=1&{key}={encoded}&location=jinfeng");
                let (p, issues) = Profile::from_fragment(&link, today()).unwrap();
                assert_eq!(issues.len(), 1, "{link}: {issues:?}");
                assert_eq!(issues[0].key, key);
                assert!(
                    matches!(issues[0].error, Some(InputError::TooLarge { .. })),
                    "{link}: {issues:?}"
                );
                assert_eq!(p.get(Fact::Location), Some(&Value::Choice("jinfeng")));
                // Unencoded, as a person would paste it.
                let raw = format!("v=1&{key}={value}");
                assert!(Profile::from_fragment(&raw, today()).is_ok());
            }
        }
    }
}
