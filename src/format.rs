//! Turning engine values into words for people, in either language.

use yc_engine::cond::{Change, Target, Truth};
use yc_engine::eval::{Status, StatusKind, When};
use yc_engine::facts::Kind;
use yc_engine::input::format_yuan;
use yc_engine::{Fact, Lang, Value};

/// An answer as words: 是/否, option labels, amounts, dates.
pub fn answer_text(fact: Fact, value: &Value, lang: Lang) -> String {
    match value {
        Value::Bool(true) => t!(format.yes).get(lang).into(),
        Value::Bool(false) => t!(format.no).get(lang).into(),
        Value::Choice(c) => fact
            .option(c)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_else(|| (*c).into()),
        Value::Set(v) if v.is_empty() => t!(format.none).get(lang).into(),
        Value::Set(v) => v
            .iter()
            .map(|c| fact.option(c).map(|o| o.label.get(lang)).unwrap_or(c))
            .collect::<Vec<_>>()
            .join(t!(punct.list_comma).get(lang)),
        Value::Money(d) => format_yuan(*d, lang),
        Value::Count(n) => n.to_string(),
        Value::Date(d) => d.to_string(),
        // The question already names the year.
        Value::InYear { yes: true, .. } => t!(format.yes).get(lang).into(),
        Value::InYear { yes: false, .. } => t!(format.no).get(lang).into(),
        Value::Unsure => t!(format.not_sure).get(lang).into(),
    }
}

/// A question's text for an assessment made in `year`: questions about one year name it
/// ("2026年是否已获批…"), so a yes given for another year is never mistaken for this one's.
pub fn question_text(fact: Fact, lang: Lang, year: i32) -> String {
    yc_engine::questions::question(fact)
        .text
        .get(lang)
        .replace("{year}", &year.to_string())
}

/// An answer or "not answered".
pub fn maybe_answer(fact: Fact, value: Option<&Value>, lang: Lang) -> String {
    value
        .map(|v| answer_text(fact, v, lang))
        .unwrap_or_else(|| t!(format.not_answered).get(lang).into())
}

pub fn status_label(status: &Status, lang: Lang) -> String {
    match status {
        Status::Eligible => t!(format.eligible_now).get(lang).into(),
        // The project of a coming year (its support year starts on `opens`); the card's next step
        // says when an application is taken, which may be now (the bureau takes them all year).
        Status::Upcoming { opens } => {
            say!(lang, format.upcoming_project, year = opens.year(), opens)
        }
        Status::Possible => t!(format.possible_years_guideline_decides).get(lang).into(),
        Status::NotEligible => t!(format.not_eligible).get(lang).into(),
        Status::NeedsInfo { .. } => t!(format.needs_more_answers).get(lang).into(),
    }
}

/// The heading of a group of cards on the results page.
pub fn group_heading(kind: StatusKind, lang: Lang) -> &'static str {
    match kind {
        StatusKind::Eligible => t!(format.eligible_now).get(lang),
        StatusKind::Upcoming => t!(format.projects_coming_year).get(lang),
        StatusKind::Possible => t!(format.possible).get(lang),
        StatusKind::NeedsInfo => t!(format.need_more_answers).get(lang),
        StatusKind::NotEligible => t!(format.not_eligible).get(lang),
    }
}

pub fn truth_mark(truth: Truth, lang: Lang) -> (&'static str, &'static str, &'static str) {
    match truth {
        Truth::Met => ("met", "✓", t!(format.met).get(lang)),
        Truth::NotMet => ("not-met", "✗", t!(format.not_met).get(lang)),
        Truth::Unknown => ("unknown", "?", t!(format.unknown).get(lang)),
    }
}

/// When to act, with the batch practice it rests on (from the dated parameter, through the
/// engine) where there is one.
pub fn next_step_when(step: &yc_engine::eval::NextAction, lang: Lang) -> String {
    let when = when_text(&step.when, lang);
    match &step.practice {
        Some(p) => format!(
            "{when}{}{}{}",
            t!(punct.open_paren).get(lang),
            p.get(lang),
            t!(punct.close_paren).get(lang)
        ),
        None => when,
    }
}

pub fn when_text(when: &When, lang: Lang) -> String {
    match when {
        When::Cutoff { date } => say!(lang, when.cutoff, date),
        When::YearClosed { next } => say!(lang, when.year_closed, next),
        When::Ongoing => t!(when.ongoing).get(lang).into(),
        When::Announced => t!(when.announced).get(lang).into(),
        When::Unstated => t!(when.unstated).get(lang).into(),
        When::LastBatchPassed { ends } => say!(lang, when.last_batch_passed, ends),
        When::From { date } => say!(lang, when.from, date),
    }
}

/// A suggested change as a sentence fragment: "高新技术企业认定情况 → 首次认定".
pub fn change_text(change: &Change, lang: Lang) -> String {
    let f = change.fact;
    let label = f.def().label.get(lang);
    let money = f.def().kind == Kind::Money;
    let amount = |n: &rust_decimal::Decimal| {
        if money {
            format_yuan(*n, lang)
        } else {
            n.to_string()
        }
    };
    match (&change.to, lang) {
        (Target::Yes, _) => say!(lang, change.yes, label),
        (Target::No, _) => say!(lang, change.no, label),
        (Target::Option(c), _) | (Target::Includes(c), _) => {
            let opt = f.option(c).map(|o| o.label.get(lang)).unwrap_or(c);
            say!(lang, format.label_were_opt, label, opt)
        }
        (Target::AtLeast(n), _) => say!(lang, change.at_least, label, n = amount(n)),
        (Target::Above(n), _) => say!(lang, change.above, label, n = amount(n)),
        (Target::SumAtLeast(n), _) => say!(lang, change.sum_at_least, label, n),
    }
}

/// How a row cites its clause: `§2.1` for the 2022 reply (the page names it), the source's own
/// citation for any other source (`《中华人民共和国企业所得税法》第二十八条`).
pub fn clause_ref(id: &str) -> String {
    yc_engine::clauses::cite(id)
}

/// A sentence with its ISO dates kept whole: each `2027-12-31` in a `nowrap` span, so a large
/// font (长者版) never breaks a date at its hyphens.
pub fn whole_dates(text: &str) -> yew::Html {
    use yew::html;
    let parts = date_parts(text).map(|(part, is_date)| {
        if is_date {
            html! { <span class="nowrap">{ part.to_string() }</span> }
        } else {
            html! { { part.to_string() } }
        }
    });
    html! { <>{ for parts }</> }
}

/// `text` cut into its ISO dates (`2026-09-30`, not inside a longer number) and the text
/// between them: (part, whether it is a date), in order.
pub fn date_parts(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let bytes = text.as_bytes();
    let is_date = move |i: usize| {
        (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i..i + 10).is_some_and(|b| {
                b.iter().enumerate().all(|(k, c)| match k {
                    4 | 7 => *c == b'-',
                    _ => c.is_ascii_digit(),
                })
            })
    };
    let (mut from, mut i) = (0, 0);
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if is_date(i) {
                if from < i {
                    let part = &text[from..i];
                    from = i;
                    return Some((part, false));
                }
                i += 10;
                from = i;
                return Some((&text[i - 10..i], true));
            }
            i += 1;
        }
        (from < bytes.len()).then(|| {
            let part = &text[from..];
            from = bytes.len();
            (part, false)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn questions_about_a_year_show_the_assessment_year() {
        assert_eq!(
            question_text(Fact::HnteSupportedThisYear, Lang::Zh, 2026),
            "2026年是否已获批高企后补助项目？"
        );
        assert_eq!(
            question_text(Fact::GiantSupportedThisYear, Lang::En, 2027),
            "Has 2027's little-giant post-subsidy project already been granted?"
        );
        for f in Fact::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let text = question_text(*f, lang, 2026);
                assert!(!text.contains('{'), "{}: {text}", f.id());
            }
        }
    }

    #[test]
    fn answers_read_naturally() {
        assert_eq!(
            answer_text(
                Fact::Revenue,
                &Value::Money(Decimal::from(500_000)),
                Lang::Zh
            ),
            "50万元"
        );
        assert_eq!(
            answer_text(Fact::Location, &Value::Choice("jinfeng"), Lang::En),
            "Jinfeng District"
        );
        assert_eq!(
            answer_text(
                Fact::Industries,
                &Value::Set(vec!["software", "wine"]),
                Lang::Zh
            ),
            "软件开发、葡萄酒"
        );
        assert_eq!(maybe_answer(Fact::Sme, None, Lang::Zh), "未回答");
        assert_eq!(
            answer_text(
                Fact::HnteSupportedThisYear,
                &Value::InYear {
                    yes: false,
                    year: 2026
                },
                Lang::En
            ),
            "No"
        );
        let c = Change {
            fact: Fact::HnteStatus,
            to: Target::Option("first"),
        };
        assert_eq!(
            change_text(&c, Lang::Zh),
            "「高新技术企业认定情况」为“首次认定（证书有效）”"
        );
    }
}
