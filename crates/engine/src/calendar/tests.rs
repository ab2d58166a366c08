use super::*;
use crate::eval::evaluate;
use crate::examples::EXAMPLES;

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn example(id: &str, today: Date) -> Profile {
    let e = EXAMPLES.iter().find(|e| e.id == id).unwrap();
    let fragment = format!("{}&d={today}", e.fragment_on(today));
    Profile::from_fragment(&fragment, today).unwrap().0
}

/// The date a result's card shows for its next step, where it shows one.
fn card_date(when: &When) -> Option<(Kind, Date)> {
    match *when {
        When::Cutoff { date } => Some((Kind::Cutoff, date)),
        When::YearClosed { next } => Some((Kind::Cutoff, next)),
        When::From { date } => Some((Kind::Opens, date)),
        When::LastBatchPassed { ends } => Some((Kind::PeriodEnds, ends)),
        _ => None,
    }
}

#[test]
fn every_date_a_card_shows_is_an_event_and_every_event_is_a_date_the_results_name() {
    // Each example on the days around the usual cut-offs (the last day of April and of
    // September, the day after, and the year's end).
    for today in [
        day(2026, 4, 29),
        day(2026, 4, 30),
        day(2026, 5, 1),
        day(2026, 9, 30),
        day(2026, 10, 1),
        day(2026, 12, 31),
        day(2027, 1, 1),
    ] {
        for e in EXAMPLES {
            let p = example(e.id, today);
            let a = evaluate(&p);
            let events = events(&a, &p);
            for r in a
                .results
                .iter()
                .filter(|r| r.status.kind() != StatusKind::NotEligible)
            {
                if let Some((kind, date)) = card_date(&r.next_step.when) {
                    assert!(
                        events.iter().any(|ev| ev.kind == kind
                            && ev.date == date
                            && ev.programmes.contains(&r.programme)),
                        "{} on {today}: {} {kind:?} {date}",
                        e.id,
                        r.id()
                    );
                    assert!(date >= today, "no event in the past");
                }
                for reading in r.readings.iter().filter(|x| x.last >= today) {
                    assert!(events.iter().any(|ev| ev.kind == Kind::ReadingEnds
                        && ev.date == reading.last
                        && ev.programmes.contains(&r.programme)));
                }
            }
            for ev in &events {
                for prog in &ev.programmes {
                    let r = a.result(prog.id).unwrap();
                    assert_ne!(r.status.kind(), StatusKind::NotEligible, "{}", prog.id);
                }
            }
            // One event per date and kind (and reading).
            let mut uids: Vec<String> = events.iter().map(Event::uid).collect();
            uids.sort();
            uids.dedup();
            assert_eq!(uids.len(), events.len(), "{} on {today}", e.id);
            // By date.
            assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
        }
    }
}

#[test]
fn the_cutoff_moves_on_the_day_after() {
    let p = example("software-startup", day(2026, 4, 30));
    let on = events(&evaluate(&p), &p);
    assert!(on
        .iter()
        .any(|e| e.kind == Kind::Cutoff && e.date == day(2026, 4, 30)));
    let p = example("software-startup", day(2026, 5, 1));
    let after = events(&evaluate(&p), &p);
    assert!(after
        .iter()
        .all(|e| e.kind != Kind::Cutoff || e.date == day(2026, 9, 30)));
    assert!(after.iter().any(|e| e.kind == Kind::Cutoff));
    // After the year's last cut-off: next year's first.
    let p = example("software-startup", day(2026, 10, 1));
    let next = events(&evaluate(&p), &p);
    assert!(next
        .iter()
        .any(|e| e.kind == Kind::Cutoff && e.date == day(2027, 4, 30)));
}

#[test]
fn a_recognised_enterprise_gets_both_readings_and_its_certificate() {
    // Recognised on 20 October last year (the new-materials example).
    let today = day(2026, 6, 1);
    let p = example("new-materials-pilot", today);
    let a = evaluate(&p);
    let events = events(&a, &p);
    let ends: Vec<(Date, &str)> = events
        .iter()
        .filter(|e| e.kind == Kind::ReadingEnds)
        .map(|e| (e.date, e.reading.unwrap().0))
        .collect();
    assert!(
        ends.contains(&(day(2027, 12, 31), "calendar_years")),
        "{ends:?}"
    );
    assert!(ends.contains(&(day(2027, 10, 20), "months_24")), "{ends:?}");
    let cert = events
        .iter()
        .find(|e| e.kind == Kind::CertificateExpires)
        .expect("the certificate's end");
    assert_eq!(cert.date, day(2028, 10, 20));
    assert_eq!(cert.issued, Some(day(2025, 10, 20)));
    let text = ics(&a, &p, Lang::Zh, Some("https://example.org/#v=2&p=x"));
    assert!(text.contains("TRIGGER:-P180D"));
    assert!(text.contains("DTSTART;VALUE=DATE:20281020\r\nDTEND;VALUE=DATE:20281021\r\n"));
}

#[test]
fn the_file_is_rfc_5545() {
    let today = day(2026, 6, 1);
    for lang in [Lang::Zh, Lang::En] {
        for e in EXAMPLES {
            let p = example(e.id, today);
            let a = evaluate(&p);
            let link = "https://kjj.yinchuan.gov.cn/calc/#v=2&p=abc,def;ghi";
            let text = ics(&a, &p, lang, Some(link));
            assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
            assert!(text.ends_with("END:VCALENDAR\r\n"));
            assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
            for line in text.split("\r\n") {
                assert!(line.len() <= 75, "{} octets: {line}", line.len());
            }
            // Unfolded, every event has what RFC 5545 asks and the link, escaped.
            let unfolded = text.replace("\r\n ", "");
            let n = unfolded.matches("BEGIN:VEVENT").count();
            assert_eq!(n, events(&a, &p).len());
            assert_eq!(unfolded.matches("\r\nUID:").count(), n);
            assert_eq!(
                unfolded.matches("\r\nDTSTAMP:20260601T000000Z\r\n").count(),
                n
            );
            assert_eq!(unfolded.matches("\r\nDTSTART;VALUE=DATE:").count(), n);
            if n > 0 {
                assert!(unfolded.contains("abc\\,def\\;ghi"), "{lang:?}");
            }
            // The same answers give the same file.
            assert_eq!(text, ics(&a, &p, lang, Some(link)));
        }
    }
}

#[test]
fn text_is_escaped_and_folded_between_characters() {
    assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    let mut out = String::new();
    let line = format!("SUMMARY:{}", "银".repeat(40));
    fold(&line, &mut out);
    for l in out.trim_end_matches("\r\n").split("\r\n") {
        assert!(l.len() <= 75);
    }
    assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    assert_eq!(day(2026, 12, 31).next_day(), day(2027, 1, 1));
    assert_eq!(day(2028, 2, 28).next_day(), day(2028, 2, 29));
    assert_eq!(day(2026, 4, 30).next_day(), day(2026, 5, 1));
}
