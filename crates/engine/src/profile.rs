//! The enterprise profile: the answers given so far plus the assessment date. Its versioned JSON
//! format (documented field by field in `docs/profile.md`) is read and written by `document`.

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::factmap::FactMap;
use crate::facts::{Fact, Kind};
use crate::input::{self, InputError};
use rust_decimal::Decimal;
use serde::Serialize;

/// One answer. Serialised as in a profile document's `answers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Choice(&'static str),
    Set(Vec<&'static str>),
    Money(Decimal),
    Count(i64),
    Date(Date),
    /// Yes or no about one calendar year (`Kind::ThisYear`): `{"answer": true, "year": 2026}`.
    InYear {
        #[serde(rename = "answer")]
        yes: bool,
        year: i32,
    },
    /// "不确定 / Not sure", for any kind of question: `"unsure"`. The question counts as
    /// responded (the questionnaire moves on), but every rule sees the fact as unknown, so the
    /// cards that need it say so and name it.
    #[serde(serialize_with = "unsure_text")]
    Unsure,
}

/// How "not sure" is written in a profile document and a share link.
pub const UNSURE: &str = "unsure";

fn unsure_text<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(UNSURE)
}

impl Value {
    /// The value as a number, for comparisons (money and counts).
    pub fn number(&self) -> Option<Decimal> {
        match self {
            Value::Money(d) => Some(*d),
            Value::Count(n) => Some(Decimal::from(*n)),
            _ => None,
        }
    }

    /// A set answer from option codes, in the fact's option order (so equal sets are equal).
    pub(crate) fn set(fact: Fact, codes: Vec<&'static str>) -> Value {
        Value::Set(canonical_set(fact, codes))
    }

    /// Yes or no, whether about a year or not.
    pub fn yes_no(&self) -> Option<bool> {
        match self {
            Value::Bool(b) | Value::InYear { yes: b, .. } => Some(*b),
            _ => None,
        }
    }

    /// Parses the text form of an answer (typed text, a share-link value). For a fact about a
    /// year, `y@2026` is yes about 2026 and a bare `y` is yes about no year yet: the profile
    /// dates it when it is recorded ([`Profile::set`]).
    pub fn parse_text(fact: Fact, text: &str) -> Result<Value, InputError> {
        if matches!(text.trim(), UNSURE | "不确定") {
            return Ok(Value::Unsure);
        }
        let yes_no = |t: &str| match t.trim() {
            "y" | "yes" | "true" | "是" => Ok(true),
            "n" | "no" | "false" | "否" => Ok(false),
            _ => Err(InputError::NotAnOption),
        };
        match fact.def().kind {
            Kind::Money => input::parse_money(text).map(Value::Money),
            Kind::Count => input::parse_count(text).map(Value::Count),
            Kind::Score => input::parse_bounded(text, 0, 100).map(Value::Count),
            Kind::Date => input::parse_date(text).map(Value::Date),
            Kind::Bool => yes_no(text).map(Value::Bool),
            Kind::ThisYear => match text.split_once('@') {
                None => yes_no(text).map(Value::Bool),
                Some((answer, year)) => {
                    let year = year.trim();
                    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(InputError::BadYear);
                    }
                    let year: i32 = year.parse().map_err(|_| InputError::BadYear)?;
                    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                        return Err(InputError::DateOutOfRange);
                    }
                    Ok(Value::InYear {
                        yes: yes_no(answer)?,
                        year,
                    })
                }
            },
            Kind::Choice => fact
                .option(text.trim())
                .map(|o| Value::Choice(o.code))
                .ok_or(InputError::NotAnOption),
            Kind::Set => {
                let mut codes = Vec::new();
                for part in text
                    .split(['+', ','])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                {
                    let opt = fact.option(part).ok_or(InputError::NotAnOption)?;
                    if !codes.contains(&opt.code) {
                        codes.push(opt.code);
                    }
                }
                Ok(Value::Set(canonical_set(fact, codes)))
            }
        }
    }

    /// The value as short text for the share link and the command line (`y`, `n`, `y@2026`, codes
    /// joined by `+`, plain numbers, ISO dates).
    pub fn to_text(&self) -> String {
        match self {
            Value::InYear { yes, year } => format!("{}@{year}", if *yes { "y" } else { "n" }),
            Value::Bool(true) => "y".into(),
            Value::Bool(false) => "n".into(),
            Value::Choice(c) => (*c).into(),
            Value::Set(v) => v.join("+"),
            Value::Money(d) => d.normalize().to_string(),
            Value::Count(n) => n.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Unsure => UNSURE.into(),
        }
    }

    /// Whether the value has the kind the fact expects (a guard for hand-built profiles).
    fn fits(&self, fact: Fact) -> bool {
        let def = fact.def();
        match (self, def.kind) {
            (Value::Unsure, _) => true,
            (Value::Bool(_), Kind::Bool) => true,
            (Value::Choice(c), Kind::Choice) => fact.option(c).is_some(),
            (Value::Set(v), Kind::Set) => v.iter().all(|c| fact.option(c).is_some()),
            (Value::Money(d), Kind::Money) => {
                !d.is_sign_negative()
                    && *d <= Decimal::from(input::MAX_MONEY_YUAN)
                    && d.scale() <= 2
            }
            (Value::Count(n), Kind::Count) => (0..=input::MAX_COUNT).contains(n),
            (Value::Count(n), Kind::Score) => (0..=100).contains(n),
            (Value::Date(_), Kind::Date) => true,
            (Value::InYear { year, .. }, Kind::ThisYear) => (MIN_YEAR..=MAX_YEAR).contains(year),
            _ => false,
        }
    }
}

/// Orders set codes as the fact's option list does, so equal sets serialise equally.
fn canonical_set(fact: Fact, codes: Vec<&'static str>) -> Vec<&'static str> {
    fact.def()
        .options
        .iter()
        .map(|o| o.code)
        .filter(|c| codes.contains(c))
        .collect()
}

/// What an enterprise has said about itself, and the date the assessment is made for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub assessment_date: Date,
    answers: FactMap<Value>,
}

/// One answer that was dropped while loading, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadIssue {
    pub key: String,
    pub error: Option<InputError>,
}

impl LoadIssue {
    pub fn message(&self, lang: crate::text::Lang) -> String {
        match self.key.as_str() {
            "v" => return crate::t!(profile.issue.other_version).get(lang).into(),
            "d" => return crate::t!(profile.issue.bad_date).get(lang).into(),
            _ => {}
        }
        let label = Fact::from_id(&self.key).map(|f| f.def().label.get(lang));
        match &self.error {
            None => crate::say!(lang, profile.issue.unknown_item, key = self.key),
            Some(e) => format!("{}: {}", label.unwrap_or(&self.key), e.message(lang)),
        }
    }
}

impl Profile {
    /// An empty profile (nothing answered) assessed on `date`.
    pub fn new(assessment_date: Date) -> Profile {
        Profile {
            assessment_date,
            answers: FactMap::new(),
        }
    }

    /// The answer to a fact that holds for this assessment, if given. An answer about another
    /// year than the assessment's (last year's "already granted") does not: the fact counts as
    /// unanswered, so the question is asked again and no verdict rests on a stale answer. "Not
    /// sure" is no answer here either: every rule sees the fact as unknown.
    pub fn get(&self, fact: Fact) -> Option<&Value> {
        self.response(fact).filter(|v| **v != Value::Unsure)
    }

    /// What the user responded for this assessment: an answer, or "not sure" ([`Value::Unsure`]).
    /// For the questionnaire and its displays, never for rules.
    pub fn response(&self, fact: Fact) -> Option<&Value> {
        self.answers.get(fact).filter(|v| match v {
            Value::InYear { year, .. } => *year == self.assessment_date.year(),
            _ => true,
        })
    }

    /// Whether the user said "not sure" to this question.
    pub fn is_unsure(&self, fact: Fact) -> bool {
        self.response(fact) == Some(&Value::Unsure)
    }

    /// Whether the question has a response (an answer or "not sure"): the questionnaire does not
    /// ask it again.
    pub fn is_responded(&self, fact: Fact) -> bool {
        self.response(fact).is_some()
    }

    /// The answer as recorded, even when it is about another year (for saving and links).
    pub fn stored(&self, fact: Fact) -> Option<&Value> {
        self.answers.get(fact)
    }

    /// Records an answer. A value of the wrong kind is refused and changes nothing. A plain yes
    /// or no to a fact about a year is an answer about the assessment year.
    pub fn set(&mut self, fact: Fact, value: Value) -> Result<(), InputError> {
        let value = match value {
            Value::Bool(yes) if fact.def().kind == Kind::ThisYear => Value::InYear {
                yes,
                year: self.assessment_date.year(),
            },
            other => other,
        };
        if !value.fits(fact) {
            return Err(InputError::WrongType);
        }
        self.answers.insert(fact, value);
        Ok(())
    }

    /// Forgets an answer.
    pub fn clear(&mut self, fact: Fact) {
        self.answers.remove(fact);
    }

    /// The answers as recorded, in questionnaire order (answers about another year included:
    /// they are saved and shared as they are, dated).
    pub fn answers(&self) -> impl Iterator<Item = (Fact, &Value)> {
        self.answers.iter()
    }

    /// Whether the fact has an answer that holds for this assessment (see [`Profile::get`]).
    pub fn is_answered(&self, fact: Fact) -> bool {
        self.get(fact).is_some()
    }

    /// A yes/no answer; for a fact about a year, only an answer about the assessment year.
    pub fn bool(&self, fact: Fact) -> Option<bool> {
        self.get(fact).and_then(Value::yes_no)
    }

    pub fn number(&self, fact: Fact) -> Option<Decimal> {
        self.get(fact).and_then(Value::number)
    }

    pub fn date(&self, fact: Fact) -> Option<Date> {
        match self.get(fact) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        }
    }

    pub fn choice(&self, fact: Fact) -> Option<&'static str> {
        match self.get(fact) {
            Some(Value::Choice(c)) => Some(c),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{LoadError, MAX_PROFILE_BYTES};

    fn today() -> Date {
        Date::new(2026, 11, 26).unwrap()
    }

    #[test]
    fn round_trip() {
        let mut p = Profile::new(today());
        p.set(Fact::Location, Value::Choice("jinfeng")).unwrap();
        p.set(Fact::Revenue, Value::Money(Decimal::new(3_500_000_000, 2)))
            .unwrap();
        p.set(
            Fact::Industries,
            Value::Set(vec!["new_materials", "software"]),
        )
        .unwrap();
        p.set(Fact::Employees, Value::Count(120)).unwrap();
        p.set(Fact::StateOwned, Value::Bool(false)).unwrap();
        let text = p.to_json_string();
        let (back, issues) = Profile::from_json_lenient(&text, today()).unwrap();
        assert!(issues.is_empty());
        assert_eq!(back, p);
    }

    #[test]
    fn lenient_load_keeps_good_answers() {
        let text = r#"{"format":"yc-profile","version":1,"answers":{
            "employees":"１２０","revenue":"50万","location":"mars","bogus":1,"rd_expense":"-3","sme":true}}"#;
        let (p, issues) = Profile::from_json_lenient(text, today()).unwrap();
        assert_eq!(p.assessment_date, today());
        assert_eq!(p.get(Fact::Employees), Some(&Value::Count(120)));
        assert_eq!(p.number(Fact::Revenue), Some(Decimal::from(500_000)));
        assert_eq!(p.bool(Fact::Sme), Some(true));
        assert_eq!(issues.len(), 3);
        assert!(!p.is_answered(Fact::Location));
    }

    #[test]
    fn refuses_what_is_not_a_profile() {
        assert_eq!(
            Profile::from_json_lenient("[]", today()),
            Err(LoadError::NotAnObject)
        );
        assert!(matches!(
            Profile::from_json_lenient("{", today()),
            Err(LoadError::NotJson(_))
        ));
        assert_eq!(
            Profile::from_json_lenient(r#"{"format":"yc-profile","version":9}"#, today()),
            Err(LoadError::UnsupportedVersion(9))
        );
        let big = " ".repeat(MAX_PROFILE_BYTES + 1);
        assert_eq!(
            Profile::from_json_lenient(&big, today()),
            Err(LoadError::TooLarge)
        );
    }

    #[test]
    fn set_refuses_wrong_kind() {
        let mut p = Profile::new(today());
        assert!(p.set(Fact::Employees, Value::Bool(true)).is_err());
        assert!(p
            .set(Fact::Revenue, Value::Money(Decimal::from(-1)))
            .is_err());
        assert!(p.set(Fact::Location, Value::Choice("mars")).is_err());
        assert!(!p.is_answered(Fact::Employees));
    }
}
