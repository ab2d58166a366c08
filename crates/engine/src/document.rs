//! The profile document: the versioned JSON form of a [`Profile`], read and written through serde
//! (`docs/profile.md` describes it field by field).
//!
//! Reading is strict about the document and lenient about the answers. The document must be JSON
//! as `serde_json` reads it, an object with only the keys `format`, `version`, `assessment_date` and
//! `answers`, and no key twice at any level; anything else refuses the whole document with a
//! [`LoadError`] that names the cause. Inside `answers`, an unknown key or an invalid value drops
//! that answer and reports it ([`LoadIssue`]); every valid answer is kept.
//!
//! Numbers are never read through a float: `serde_json` is built with `arbitrary_precision`, so
//! every JSON number reaches the reader as its source text and goes through the same parser as
//! typed text (`1234.56` and `"1234.56"` are the same amount).

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::facts::{Fact, Kind};
use crate::input::InputError;
use crate::profile::{LoadIssue, Profile, Value};
use crate::text::Lang;
use crate::{say, t};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::cell::RefCell;
use std::fmt;

/// The `format` marker of a profile document.
pub const PROFILE_FORMAT: &str = "yc-profile";
/// The version of the profile format this release writes. Version 2 writes answers about a year
/// (`Kind::ThisYear`) with their year; version 1 wrote a bare boolean, which belongs to the
/// document's assessment year.
pub const PROFILE_VERSION: u64 = 2;
/// The oldest version this release still reads.
pub const OLDEST_PROFILE_VERSION: u64 = 1;
/// Profile documents larger than this are refused unread (bytes).
pub const MAX_PROFILE_BYTES: usize = 64 * 1024;

/// The keys a document may have at its top level.
const TOP_LEVEL_KEYS: &str = "format, version, assessment_date, answers";

/// A profile document that cannot be read at all. Each names its cause in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Over [`MAX_PROFILE_BYTES`], whatever the bytes are.
    TooLarge,
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// Not JSON: what is wrong, and where.
    NotJson(JsonFault),
    /// JSON, but not an object.
    NotAnObject,
    MissingFormat,
    /// `format` is there but is not `"yc-profile"`.
    WrongFormat,
    MissingVersion,
    /// `version` is not a JSON number (`"1"`, `true`, …).
    VersionNotANumber,
    /// `version` is a number but no version ever was (0, negative, a fraction).
    InvalidVersion,
    /// A version newer than this release reads.
    UnsupportedVersion(u64),
    /// A top-level key other than the four of the format.
    UnknownKey(String),
    /// A key that appears twice in one object, as a path (`answers.revenue`).
    DuplicateKey(String),
    /// No `assessment_date` where the caller has no date to fill in (the command line).
    MissingAssessmentDate,
    BadAssessmentDate,
    AnswersNotAnObject,
}

/// Why a text is not JSON, and where (line and column, from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFault {
    pub what: JsonWhat,
    pub line: usize,
    pub column: usize,
}

/// The kinds of JSON syntax error, as `serde_json` reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonWhat {
    EndsEarly,
    ExpectedValue,
    ExpectedColon,
    ExpectedCommaOrEnd,
    KeyNotAString,
    BadEscape,
    BadNumber,
    BadUnicodeEscape,
    ControlCharacter,
    TrailingComma,
    TrailingCharacters,
    TooDeep,
    Other,
}

impl JsonWhat {
    fn of(message: &str) -> JsonWhat {
        use JsonWhat::*;
        const KINDS: &[(&str, JsonWhat)] = &[
            ("EOF while parsing", EndsEarly),
            ("expected value", ExpectedValue),
            ("expected ident", ExpectedValue),
            ("expected `:`", ExpectedColon),
            ("expected `,`", ExpectedCommaOrEnd),
            ("expected `\"`", KeyNotAString),
            ("key must be a string", KeyNotAString),
            ("invalid escape", BadEscape),
            ("invalid number", BadNumber),
            ("invalid unicode code point", BadUnicodeEscape),
            ("lone leading surrogate", BadUnicodeEscape),
            ("unexpected end of hex escape", BadUnicodeEscape),
            ("control character", ControlCharacter),
            ("trailing comma", TrailingComma),
            ("trailing characters", TrailingCharacters),
            ("recursion limit exceeded", TooDeep),
        ];
        KINDS
            .iter()
            .find(|(prefix, _)| message.starts_with(prefix))
            .map_or(Other, |(_, what)| *what)
    }

    fn message(self, lang: Lang) -> &'static str {
        use JsonWhat::*;
        let text = match self {
            EndsEarly => t!(document.json.ends_early),
            ExpectedValue => t!(document.json.expected_value),
            ExpectedColon => t!(document.json.expected_colon),
            ExpectedCommaOrEnd => t!(document.json.expected_comma_or_end),
            KeyNotAString => t!(document.json.key_not_a_string),
            BadEscape => t!(document.json.bad_escape),
            BadNumber => t!(document.json.bad_number),
            BadUnicodeEscape => t!(document.json.bad_unicode_escape),
            ControlCharacter => t!(document.json.control_character),
            TrailingComma => t!(document.json.trailing_comma),
            TrailingCharacters => t!(document.json.trailing_characters),
            TooDeep => t!(document.json.too_deep),
            Other => t!(document.json.other),
        };
        text.get(lang)
    }
}

impl JsonFault {
    fn from_serde(e: &serde_json::Error) -> JsonFault {
        let text = e.to_string();
        // serde_json's messages end in " at line L column C"; the kind is the part before.
        let kind = text.split(" at line ").next().unwrap_or_default();
        JsonFault {
            what: JsonWhat::of(kind),
            line: e.line(),
            column: e.column(),
        }
    }
}

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        use LoadError::*;
        let kb = MAX_PROFILE_BYTES / 1024;
        match self {
            TooLarge => say!(lang, document.load.too_large, kb),
            NotUtf8 => t!(document.load.not_utf8).get(lang).into(),
            NotJson(f) => say!(
                lang,
                document.load.not_json,
                line = f.line,
                column = f.column,
                what = f.what.message(lang)
            ),
            NotAnObject => t!(document.load.not_an_object).get(lang).into(),
            MissingFormat => t!(document.load.missing_format).get(lang).into(),
            WrongFormat => t!(document.load.wrong_format).get(lang).into(),
            MissingVersion => t!(document.load.missing_version).get(lang).into(),
            VersionNotANumber => say!(
                lang,
                document.load.version_not_a_number,
                profile_version = PROFILE_VERSION
            ),
            InvalidVersion => say!(
                lang,
                document.load.invalid_version,
                oldest_profile_version = OLDEST_PROFILE_VERSION
            ),
            UnsupportedVersion(v) => say!(
                lang,
                document.load.unsupported_version,
                v,
                versions_read = versions_read()
            ),
            UnknownKey(k) => say!(
                lang,
                document.load.unknown_key,
                k,
                top_level_keys = TOP_LEVEL_KEYS
            ),
            DuplicateKey(k) => say!(lang, document.load.duplicate_key, k),
            MissingAssessmentDate => t!(document.load.missing_assessment_date).get(lang).into(),
            BadAssessmentDate => t!(document.load.bad_assessment_date).get(lang).into(),
            AnswersNotAnObject => t!(document.load.answers_not_an_object).get(lang).into(),
        }
    }
}

/// The versions this release reads, for messages ("1" or "1–2").
fn versions_read() -> String {
    if OLDEST_PROFILE_VERSION == PROFILE_VERSION {
        PROFILE_VERSION.to_string()
    } else {
        format!("{OLDEST_PROFILE_VERSION}–{PROFILE_VERSION}")
    }
}

// ---------------------------------------------------------------------------------------------
// Writing.

/// One answer as a document writes it.
impl Value {
    /// Reads one answer written as in a profile document's `answers` (`"50万"`, `true`,
    /// `["software", "wine"]`): the same rules as loading a whole document.
    pub fn from_json_text(fact: Fact, json: &str) -> Result<Value, InputError> {
        read_answer(fact, json)
    }
}

/// The profile as a document: written in the current format, read leniently.
impl Profile {
    /// The profile as a pretty-printed JSON document of the current format version.
    pub fn to_json_string(&self) -> String {
        // Keys are strings and every value is plain data, so writing cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a profile document, keeping every valid answer. Invalid or unknown answers are
    /// dropped and reported; a document that breaks the format is refused as a whole, with the
    /// reason. A missing assessment date becomes `today`.
    pub fn from_json_lenient(
        text: &str,
        today: Date,
    ) -> Result<(Profile, Vec<LoadIssue>), LoadError> {
        read(text, Some(today))
    }

    /// As [`Profile::from_json_lenient`], from bytes (a file): the size is checked before the
    /// bytes are decoded, so an oversized file is "too large" wherever it is cut. Without `today`,
    /// a document must carry its own assessment date.
    pub fn from_json_bytes(
        bytes: &[u8],
        today: Option<Date>,
    ) -> Result<(Profile, Vec<LoadIssue>), LoadError> {
        if bytes.len() > MAX_PROFILE_BYTES {
            return Err(LoadError::TooLarge);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
        read(text, today)
    }
}

impl Serialize for Profile {
    /// The profile as a document of the current version.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Answers<'a>(&'a Profile);
        impl Serialize for Answers<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.answers().map(|(fact, value)| (fact.id(), value)))
            }
        }
        let mut doc = s.serialize_map(Some(4))?;
        doc.serialize_entry("format", PROFILE_FORMAT)?;
        doc.serialize_entry("version", &PROFILE_VERSION)?;
        doc.serialize_entry("assessment_date", &self.assessment_date)?;
        doc.serialize_entry("answers", &Answers(self))?;
        doc.end()
    }
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// A parsed JSON value. One visitor builds it (so the browser bundle holds one copy of
/// `serde_json`'s parser); every rule of the format is then checked on this tree in plain code.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Null,
    Bool(bool),
    Str(String),
    /// A number, as its source text (`12`, `-3`, `1234.56`, `1e+5`): never a float.
    Num(String),
    Arr(Vec<Node>),
    /// Members in document order; no key twice (checked while parsing).
    Obj(Vec<(String, Node)>),
}

/// With `arbitrary_precision` (see the workspace `Cargo.toml`), `serde_json` hands over a number
/// that is not a 64-bit integer as a one-entry map: this key, and the number's text as the value.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl Node {
    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where a repeated key found while parsing is kept: serde errors carry only text, so the
/// visitor stores the key's path here and aborts with a placeholder error.
#[derive(Default)]
struct Repeated(RefCell<Option<String>>);

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Parses any JSON value into a [`Node`], refusing a key repeated in any object.
struct NodeSeed<'r> {
    repeated: &'r Repeated,
    /// The path of this value (`answers.revenue`, `x[0]`), for the message.
    path: String,
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Node;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Node, E> {
        Ok(Node::Num(n.to_string()))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Node, E> {
        Ok(Node::Num(n.to_string()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        // Never reached with `arbitrary_precision` (a test checks that decimals arrive as text);
        // should the feature be lost, such a number is refused rather than read through a float.
        Err(de::Error::custom("a number readable only as a float"))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Str(s.to_string()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Node, E> {
        Ok(Node::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        loop {
            let path = format!("{}[{}]", self.path, items.len());
            let seed = NodeSeed {
                repeated: self.repeated,
                path,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Node::Arr(items)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut members: Vec<(String, Node)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == NUMBER_TOKEN && members.is_empty() {
                let seed = NodeSeed {
                    repeated: self.repeated,
                    path: String::new(),
                };
                return match map.next_value_seed(seed)? {
                    Node::Str(text) => Ok(Node::Num(text)),
                    _ => Err(de::Error::custom("a number without its text")),
                };
            }
            let path = join(&self.path, &key);
            if members.iter().any(|(k, _)| *k == key) {
                *self.repeated.0.borrow_mut() = Some(path);
                return Err(de::Error::custom("repeated key"));
            }
            let seed = NodeSeed {
                repeated: self.repeated,
                path,
            };
            let value = map.next_value_seed(seed)?;
            members.push((key, value));
        }
        Ok(Node::Obj(members))
    }
}

/// Parses JSON text into a tree, as `serde_json` reads JSON, refusing repeated keys.
fn parse(text: &str) -> Result<Node, LoadError> {
    let repeated = Repeated::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = NodeSeed {
        repeated: &repeated,
        path: String::new(),
    };
    match seed.deserialize(&mut de).and_then(|n| de.end().map(|()| n)) {
        Ok(node) => Ok(node),
        Err(e) => Err(match repeated.0.into_inner() {
            Some(path) => LoadError::DuplicateKey(path),
            None => LoadError::NotJson(JsonFault::from_serde(&e)),
        }),
    }
}

/// Parses a document's text. `today` fills in a missing assessment date; without it a missing
/// date is an error.
pub(crate) fn read(
    text: &str,
    today: Option<Date>,
) -> Result<(Profile, Vec<LoadIssue>), LoadError> {
    if text.len() > MAX_PROFILE_BYTES {
        return Err(LoadError::TooLarge);
    }
    check(&parse(text)?, today)
}

/// The tree checked against the format, in the order a reader would look: is it ours, which
/// version, any stray key, the date, the answers.
fn check(doc: &Node, today: Option<Date>) -> Result<(Profile, Vec<LoadIssue>), LoadError> {
    let Node::Obj(members) = doc else {
        return Err(LoadError::NotAnObject);
    };
    match doc.get("format") {
        None | Some(Node::Null) => return Err(LoadError::MissingFormat),
        Some(Node::Str(f)) if f == PROFILE_FORMAT => {}
        Some(_) => return Err(LoadError::WrongFormat),
    }
    match doc.get("version") {
        None | Some(Node::Null) => return Err(LoadError::MissingVersion),
        Some(Node::Num(text)) => match text.parse::<u64>() {
            Ok(v) if v > PROFILE_VERSION => return Err(LoadError::UnsupportedVersion(v)),
            Ok(v) if v >= OLDEST_PROFILE_VERSION => {}
            // 0, negative, a fraction, an exponent, or past 64 bits.
            _ => return Err(LoadError::InvalidVersion),
        },
        Some(_) => return Err(LoadError::VersionNotANumber),
    }
    const KEYS: [&str; 4] = ["format", "version", "assessment_date", "answers"];
    if let Some((key, _)) = members.iter().find(|(k, _)| !KEYS.contains(&k.as_str())) {
        return Err(LoadError::UnknownKey(key.clone()));
    }
    let assessment_date = match (doc.get("assessment_date"), today) {
        (None | Some(Node::Null), Some(today)) => today,
        (None | Some(Node::Null), None) => return Err(LoadError::MissingAssessmentDate),
        (Some(Node::Str(s)), _) => Date::parse_iso(s).ok_or(LoadError::BadAssessmentDate)?,
        (Some(_), _) => return Err(LoadError::BadAssessmentDate),
    };
    let answers: &[(String, Node)] = match doc.get("answers") {
        None | Some(Node::Null) => &[],
        Some(Node::Obj(answers)) => answers,
        Some(_) => return Err(LoadError::AnswersNotAnObject),
    };
    let mut profile = Profile::new(assessment_date);
    let mut issues = Vec::new();
    for (key, node) in answers {
        if *node == Node::Null {
            // Not answered; an unknown key without a value says nothing either.
            continue;
        }
        let Some(fact) = Fact::from_id(key) else {
            issues.push(LoadIssue {
                key: key.clone(),
                error: None,
            });
            continue;
        };
        // `answer` builds only values that fit the fact, so `set` refuses nothing here.
        if let Err(error) = answer(fact, node).and_then(|v| profile.set(fact, v)) {
            issues.push(LoadIssue {
                key: key.clone(),
                error: Some(error),
            });
        }
    }
    Ok((profile, issues))
}

/// One answer's value for a fact. A JSON number reaches the typed-input parser as its source
/// text, exactly as a string would: `1234.56` and `"1234.56"` are the same amount.
fn answer(fact: Fact, node: &Node) -> Result<Value, InputError> {
    let kind = fact.def().kind;
    let numeric = matches!(kind, Kind::Money | Kind::Count | Kind::Score | Kind::Date);
    match node {
        Node::Str(s) if s == crate::profile::UNSURE => Ok(Value::Unsure),
        // A bare boolean for a fact about a year (every version-1 document) is about the
        // document's assessment year: `Profile::set` dates it.
        Node::Bool(b) if matches!(kind, Kind::Bool | Kind::ThisYear) => Ok(Value::Bool(*b)),
        Node::Obj(members) if kind == Kind::ThisYear => in_year(members),
        Node::Str(s) if numeric || kind == Kind::Choice => Value::parse_text(fact, s),
        Node::Num(n) if numeric => Value::parse_text(fact, n),
        Node::Arr(items) if kind == Kind::Set => {
            let mut codes: Vec<&'static str> = Vec::new();
            for item in items {
                let Node::Str(code) = item else {
                    return Err(InputError::WrongType);
                };
                let opt = fact.option(code).ok_or(InputError::NotAnOption)?;
                if !codes.contains(&opt.code) {
                    codes.push(opt.code);
                }
            }
            Ok(Value::set(fact, codes))
        }
        _ => Err(InputError::WrongType),
    }
}

/// `{"answer": true, "year": 2026}`: exactly these two keys.
fn in_year(members: &[(String, Node)]) -> Result<Value, InputError> {
    let mut yes = None;
    let mut year = None;
    for (key, node) in members {
        match (key.as_str(), node) {
            ("answer", Node::Bool(b)) => yes = Some(*b),
            ("year", Node::Num(n)) if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) => {
                year = n.parse::<i32>().ok();
            }
            _ => return Err(InputError::BadYear),
        }
    }
    match (yes, year) {
        (Some(yes), Some(year)) if (MIN_YEAR..=MAX_YEAR).contains(&year) => {
            Ok(Value::InYear { yes, year })
        }
        (Some(_), Some(_)) => Err(InputError::DateOutOfRange),
        _ => Err(InputError::BadYear),
    }
}

/// Reads one answer's JSON text (`"50万"`, `true`, `["software"]`) for a fact, as in `answers`.
pub(crate) fn read_answer(fact: Fact, text: &str) -> Result<Value, InputError> {
    match parse(text) {
        Ok(Node::Null) => Err(InputError::Empty),
        Ok(node) => answer(fact, &node),
        Err(_) => Err(InputError::WrongType),
    }
}

pub mod fields;

#[cfg(test)]
mod tests;
