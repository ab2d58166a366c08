//! The dates an assessment names, as calendar events and as an iCalendar file (RFC 5545) the
//! enterprise adds to its own calendar: the next batch cut-off of each programme it can act on
//! (city practice, so "usually", with its source), the day a window opens, the last day of a
//! support period, the last day of each reading of a "2 years after recognition" window, and the
//! day a 高新技术企业 certificate's three years end (with a reminder ahead of it). Programmes
//! that share a date share one event, which names each of them with its clause.
//!
//! The file is all-day events (dates in Beijing time, `Asia/Shanghai`), each with a UID that
//! stays the same for the same date and kind (so a calendar updates an event rather than doubling
//! it when the file is added again), a DTSTAMP, text escaped and lines folded at 75 octets.

use crate::catalogue::Programme;
use crate::date::Date;
use crate::eval::{Assessment, StatusKind, When};
use crate::profile::Profile;
use crate::text::{Lang, Text};
use crate::Fact;

/// What happens on an event's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A support period's last day whose last batch has passed: ask the bureau at once.
    PeriodEnds,
    /// The usual batch cut-off (the next one; next year's first when this year's have closed).
    Cutoff,
    /// Applications open.
    Opens,
    /// The last day of a window under one reading (`Event::reading`).
    ReadingEnds,
    /// A 高新技术企业 certificate's three years end.
    CertificateExpires,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::PeriodEnds => "period-ends",
            Kind::Cutoff => "cutoff",
            Kind::Opens => "opens",
            Kind::ReadingEnds => "reading-ends",
            Kind::CertificateExpires => "hnte-certificate",
        }
    }
}

/// One date to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    pub kind: Kind,
    /// The programmes the date is for (none for the certificate).
    pub programmes: Vec<&'static Programme>,
    /// For `ReadingEnds`: the reading's id and label.
    pub reading: Option<(&'static str, Text)>,
    /// Where the date comes from when it is the city's practice, not a rule ("usually").
    pub practice: Option<crate::text::Msg>,
    /// For `CertificateExpires`: the certificate's date.
    pub issued: Option<Date>,
}

impl Event {
    /// The same for the same date, kind and reading, whichever programmes it names.
    pub fn uid(&self) -> String {
        let date = self.date.to_string().replace('-', "");
        let reading = self
            .reading
            .map(|(id, _)| format!("-{id}"))
            .unwrap_or_default();
        format!("{date}-{}{reading}@yc-calculator", self.kind.code())
    }

    /// A short title: what happens, and for which programme(s).
    pub fn summary(&self, lang: Lang) -> String {
        let what = match self.kind {
            Kind::PeriodEnds => crate::t!(calendar.period_ends).get(lang).to_string(),
            Kind::Cutoff => crate::t!(calendar.cutoff).get(lang).to_string(),
            Kind::Opens => crate::t!(calendar.opens).get(lang).to_string(),
            Kind::ReadingEnds => {
                let reading = self.reading.map(|(_, l)| l.get(lang)).unwrap_or_default();
                crate::say!(lang, calendar.reading_ends, reading)
            }
            Kind::CertificateExpires => crate::t!(calendar.certificate).get(lang).to_string(),
        };
        match self.programmes.as_slice() {
            [] => what,
            [one] => crate::say!(lang, calendar.summary_one, what, name = one.name.get(lang)),
            [first, ..] => crate::say!(
                lang,
                calendar.summary_many,
                what,
                name = first.name.get(lang),
                count = self.programmes.len()
            ),
        }
    }

    /// What the date is, each programme with its clause, where "usually" comes from, and the
    /// enterprise's results link (`None` where there is no link to give, such as a file page).
    pub fn description(&self, lang: Lang, link: Option<&str>) -> String {
        let mut lines = Vec::new();
        for p in &self.programmes {
            let cites: Vec<String> = p.clauses.iter().map(|c| crate::clauses::cite(c)).collect();
            lines.push(crate::say!(
                lang,
                calendar.programme,
                name = p.name.get(lang),
                clauses = cites.join(", ")
            ));
        }
        if let Some(practice) = &self.practice {
            lines.push(crate::say!(
                lang,
                calendar.usually,
                practice = practice.get(lang)
            ));
        }
        if let Some(issued) = self.issued {
            lines.push(crate::say!(lang, calendar.certificate_detail, issued));
        }
        if let Some(link) = link {
            lines.push(crate::say!(lang, calendar.link, link));
        }
        lines.join("\n")
    }
}

/// Every date the assessment names, by date (then kind): one event per date and kind, naming
/// each programme it is for. Programmes ruled out ("not eligible") give none.
pub fn events(a: &Assessment, p: &Profile) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut add = |date: Date,
                   kind: Kind,
                   programme: Option<&'static Programme>,
                   reading: Option<(&'static str, Text)>,
                   practice: Option<crate::text::Msg>| {
        let same = out.iter_mut().find(|e| {
            e.date == date && e.kind == kind && e.reading.map(|r| r.0) == reading.map(|r| r.0)
        });
        match same {
            Some(e) => {
                if let Some(p) = programme {
                    if !e.programmes.contains(&p) {
                        e.programmes.push(p);
                    }
                }
                if e.practice.is_none() {
                    e.practice = practice;
                }
            }
            None => out.push(Event {
                date,
                kind,
                programmes: programme.into_iter().collect(),
                reading,
                practice,
                issued: None,
            }),
        }
    };
    for r in &a.results {
        if r.status.kind() == StatusKind::NotEligible {
            continue;
        }
        let step = &r.next_step;
        let practice = step.practice.as_deref().cloned();
        match step.when {
            When::Cutoff { date } => add(date, Kind::Cutoff, Some(r.programme), None, practice),
            When::YearClosed { next } => add(next, Kind::Cutoff, Some(r.programme), None, practice),
            When::From { date } => add(date, Kind::Opens, Some(r.programme), None, None),
            When::LastBatchPassed { ends } => {
                add(ends, Kind::PeriodEnds, Some(r.programme), None, None)
            }
            When::Ongoing | When::Announced | When::Unstated => {}
        }
        for reading in &r.readings {
            if reading.last >= a.assessment_date {
                add(
                    reading.last,
                    Kind::ReadingEnds,
                    Some(r.programme),
                    Some((reading.id, reading.label)),
                    None,
                );
            }
        }
    }
    if let Some(issued) = certificate_date(p) {
        let ends = crate::eval::certificate_last_day(issued);
        if ends >= a.assessment_date {
            out.push(Event {
                date: ends,
                kind: Kind::CertificateExpires,
                programmes: Vec::new(),
                reading: None,
                practice: None,
                issued: Some(issued),
            });
        }
    }
    out.sort_by_key(|e| (e.date, e.kind));
    out
}

/// The date of a valid 高新技术企业 certificate, where the answers give one.
fn certificate_date(p: &Profile) -> Option<Date> {
    matches!(p.choice(Fact::HnteStatus)?, "first" | "again")
        .then(|| p.date(Fact::HnteDate))
        .flatten()
}

/// How many days before a certificate's end its reminder rings.
pub const CERTIFICATE_REMINDER_DAYS: u32 = 180;

/// The events as an iCalendar file (RFC 5545), lines ending in CRLF. `link` is the enterprise's
/// results link, written into every event.
pub fn ics(a: &Assessment, p: &Profile, lang: Lang, link: Option<&str>) -> String {
    let stamp = format!("{}T000000Z", a.assessment_date.to_string().replace('-', ""));
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Yinchuan S&T Bureau//yc-calculator//ZH".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!(
            "X-WR-CALNAME:{}",
            escape(crate::t!(calendar.name).get(lang))
        ),
        "X-WR-TIMEZONE:Asia/Shanghai".into(),
    ];
    for e in events(a, p) {
        let day = |d: Date| d.to_string().replace('-', "");
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", e.uid()),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", day(e.date)),
            format!("DTEND;VALUE=DATE:{}", day(e.date.next_day())),
            format!("SUMMARY:{}", escape(&e.summary(lang))),
            format!("DESCRIPTION:{}", escape(&e.description(lang, link))),
            "TRANSP:TRANSPARENT".into(),
        ]);
        if let Some(link) = link {
            lines.push(format!("URL:{link}"));
        }
        if e.kind == Kind::CertificateExpires {
            lines.extend([
                "BEGIN:VALARM".into(),
                "ACTION:DISPLAY".into(),
                format!("TRIGGER:-P{CERTIFICATE_REMINDER_DAYS}D"),
                format!(
                    "DESCRIPTION:{}",
                    escape(&crate::say!(lang, calendar.reminder, date = e.date))
                ),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// TEXT as RFC 5545 writes it: backslash, semicolon and comma escaped, line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded so that no line is longer than 75 octets (a continuation begins with
/// one space), never inside a character, and ended with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests;
