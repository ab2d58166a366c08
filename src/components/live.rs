//! Provisional results while answering: a side panel on wide screens, a sticky bar on phones.

use super::app::{use_app, Intents};
use crate::format::tr;
use crate::state::View;
use yc_engine::input::format_yuan;
use yc_engine::{Lang, StatusKind};
use yew::prelude::*;

#[function_component(LiveSummary)]
pub fn live_summary() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let (eligible, upcoming, possible, needs) = (
        a.count(StatusKind::Eligible),
        a.count(StatusKind::Upcoming),
        a.count(StatusKind::Possible),
        a.count(StatusKind::NeedsInfo),
    );
    let counts = [
        ("可申报", "Eligible", eligible),
        ("明年起", "coming year", upcoming),
        ("可能", "possible", possible),
        ("待补充", "need answers", needs),
    ];
    let show = ctx.go(View::Results);
    html! {
        <aside class="live" aria-label={tr(lang, "当前结果", "Results so far")}>
            <div class="live-inner" aria-live="polite">
                <p class="live-title">{ tr(lang, "当前结果（随回答更新）", "Results so far (update as you answer)") }</p>
                <p class="live-max">
                    <span class="live-label">{ tr(lang, "已知最高可获", "Known maximum") }</span>
                    <strong data-known-maximum={a.known_maximum.to_string()}>{ format_yuan(a.known_maximum, lang) }</strong>
                </p>
                <p class="live-counts">
                    { for counts.iter().enumerate().map(|(i, (zh, en, n))| html! {
                        <>
                            if i > 0 { { " · " } }
                            <span class="nowrap">{ format!("{} {n}", if lang == Lang::Zh { *zh } else { *en }) }</span>
                        </>
                    }) }
                </p>
            </div>
            <button type="button" class="secondary live-button" onclick={show}>{ tr(lang, "查看完整结果", "See full results") }</button>
        </aside>
    }
}
