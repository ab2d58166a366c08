//! The results' dates in the enterprise's own calendar: an `.ics` file (the engine's
//! `calendar`, RFC 5545) with every date the results name, each with its programme, clause and
//! the enterprise's results link. Where downloads do nothing (the mini-program's web-view,
//! WeChat's in-app browser) the dates are shown as text to copy, with the way to add them all.

use super::context::use_app;
use crate::browser;
use yc_engine::calendar::{events, ics};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalendarProps {
    /// The enterprise's results link.
    pub link: AttrValue,
    /// Whether the link opens on another device (not a file on this computer): only then is it
    /// written into the events.
    pub opens_elsewhere: bool,
}

#[function_component(Calendar)]
pub fn calendar(props: &CalendarProps) -> Html {
    let ctx = use_app();
    let shown = use_state(|| false);
    let lang = ctx.lang;
    let dates = events(&ctx.assessment, &ctx.profile);
    if dates.is_empty() {
        return html! {};
    }
    let in_wechat = ctx.mini_program || ctx.wechat_browser;
    let link = props.opens_elsewhere.then(|| props.link.to_string());
    let onclick = {
        let ctx = ctx.clone();
        let shown = shown.clone();
        let link = link.clone();
        Callback::from(move |_| {
            if in_wechat {
                shown.set(true);
            } else {
                let text = ics(&ctx.assessment, &ctx.profile, ctx.lang, link.as_deref());
                let date = ctx.profile.assessment_date;
                browser::download(
                    &text,
                    "text/calendar;charset=utf-8",
                    &format!("yinchuan-policy-dates-{date}.ics"),
                );
            }
        })
    };
    html! {
        <div class="calendar no-print" data-calendar={dates.len().to_string()}>
            <button type="button" class="secondary" data-action="calendar" {onclick}>{ say!(lang, results.calendar_add, count = dates.len()) }</button>
            <span class="hint">{ " " }{ t!(results.calendar_hint).get(lang) }</span>
            if *shown {
                <div class="export-text" data-mini-program="calendar">
                    <p class="notice info">{ if ctx.mini_program { t!(results.calendar_mini_program).get(lang) } else { t!(results.calendar_wechat).get(lang) } }</p>
                    <ul class="calendar-dates">
                        { for dates.iter().map(|e| html! {
                            <li data-date={e.date.to_string()}><strong class="nowrap">{ e.date.to_string() }</strong>{ " " }{ e.summary(lang) }</li>
                        }) }
                    </ul>
                    <label for="calendar-text">{ t!(results.calendar_copy).get(lang) }</label>
                    <textarea id="calendar-text" readonly=true rows="6" value={plain_text(&dates, lang, link.as_deref())} />
                </div>
            }
        </div>
    }
}

/// Every date with its title and details, to copy where the file cannot be downloaded (written
/// only once the text is asked for).
fn plain_text(
    dates: &[yc_engine::calendar::Event],
    lang: yc_engine::Lang,
    link: Option<&str>,
) -> String {
    let texts: Vec<String> = dates
        .iter()
        .map(|e| {
            format!(
                "{} {}\n{}",
                e.date,
                e.summary(lang),
                e.description(lang, link)
            )
        })
        .collect();
    texts.join("\n\n")
}
