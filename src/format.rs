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

/// An English count with its noun in the right number: "1 question", "3 questions".
pub fn en_count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn status_label(status: &Status, lang: Lang) -> String {
    match status {
        Status::Eligible => t!(format.eligible_now).get(lang).into(),
        // The project of a coming year (its support year starts on `opens`); the card's next step
        // says when an application is taken, which may be now (the bureau takes them all year).
        Status::Upcoming { opens } => match lang {
            Lang::Zh => format!("{}年的项目（{} 起）", opens.year(), opens),
            Lang::En => format!("{}'s project (from {opens})", opens.year()),
        },
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
    match (when, lang) {
        (When::Cutoff { date }, Lang::Zh) => format!("全年受理，下一批次通常在 {date} 截止"),
        (When::Cutoff { date }, Lang::En) => format!("Applications are taken all year; the next batch usually closes on {date}"),
        (When::YearClosed { next }, Lang::Zh) => format!("今年的申报批次已全部截止：现在即可提交，计入明年第一批（通常在 {next} 截止），支持的是明年的项目"),
        (When::YearClosed { next }, Lang::En) => format!("This year's batches have all closed: you can submit now, and the application counts for next year's first batch (which usually closes on {next}), for next year's project"),
        (When::Ongoing, Lang::Zh) => "常年开放".into(),
        (When::Ongoing, Lang::En) => "Open all year".into(),
        (When::Announced, Lang::Zh) => "以市科技局发布的通知为准".into(),
        (When::Announced, Lang::En) => "When the bureau announces a call".into(),
        (When::Unstated, Lang::Zh) => "答复没有写明受理时间".into(),
        (When::Unstated, Lang::En) => "The reply gives no dates".into(),
        (When::LastBatchPassed { ends }, Lang::Zh) => format!("支持期至 {ends} 结束，期内最后一个申报批次已截止，请尽快联系市科技局确认能否申报"),
        (When::LastBatchPassed { ends }, Lang::En) => format!("The support period ends on {ends} and its last batch cut-off has passed; contact the bureau at once to confirm whether you can still apply"),
        (When::From { date }, Lang::Zh) => format!("{date} 起可申报"),
        (When::From { date }, Lang::En) => format!("From {date}"),
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
        (Target::Yes, Lang::Zh) => format!("「{label}」为“是”"),
        (Target::Yes, Lang::En) => format!("the answer to “{label}” were yes"),
        (Target::No, Lang::Zh) => format!("「{label}」为“否”"),
        (Target::No, Lang::En) => format!("the answer to “{label}” were no"),
        (Target::Option(c), _) | (Target::Includes(c), _) => {
            let opt = f.option(c).map(|o| o.label.get(lang)).unwrap_or(c);
            match lang {
                Lang::Zh => format!("「{label}」为“{opt}”"),
                Lang::En => format!("“{label}” were “{opt}”"),
            }
        }
        (Target::AtLeast(n), Lang::Zh) => format!("{label}达到 {}", amount(n)),
        (Target::AtLeast(n), Lang::En) => format!("{label} were at least {}", amount(n)),
        (Target::Above(n), Lang::Zh) => format!("{label}高于 {}", amount(n)),
        (Target::Above(n), Lang::En) => format!("{label} were above {}", amount(n)),
        (Target::SumAtLeast(n), Lang::Zh) => format!("{label}（与同类合计）达到 {n}"),
        (Target::SumAtLeast(n), Lang::En) => {
            format!("{label} (with related items) were at least {n}")
        }
    }
}

/// How a row cites its clause: `§2.1` for the 2022 reply (the page names it), the source's own
/// citation for any other source (`《中华人民共和国企业所得税法》第二十八条`).
pub fn clause_ref(id: &str) -> String {
    match yc_engine::clauses::clause(id) {
        Some(c) if c.source != yc_engine::meta::SOURCE_ID => c.cite.to_string(),
        _ => format!("§{id}"),
    }
}

/// A sentence with its ISO dates kept whole: each `2027-12-31` in a `nowrap` span, so a large
/// font (长者版) never breaks a date at its hyphens.
pub fn whole_dates(text: &str) -> yew::Html {
    use yew::html;
    let bytes = text.as_bytes();
    let is_date = |i: usize| {
        bytes.get(i..i + 10).is_some_and(|b| {
            b.iter().enumerate().all(|(k, c)| match k {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
        })
    };
    let mut parts: Vec<yew::Html> = Vec::new();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        if is_date(i) && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            if from < i {
                parts.push(html! { { text[from..i].to_string() } });
            }
            parts.push(html! { <span class="nowrap">{ text[i..i + 10].to_string() }</span> });
            i += 10;
            from = i;
        } else {
            i += 1;
        }
    }
    if from < text.len() {
        parts.push(html! { { text[from..].to_string() } });
    }
    html! { <>{ for parts }</> }
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
