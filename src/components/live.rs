//! Provisional results while answering: a side panel on wide screens, a sticky bar on phones.

use super::context::{Ctx, Intents};
use crate::state::View;
use yc_engine::input::format_yuan;
use yc_engine::StatusKind;
use yew::prelude::*;

pub fn live_summary(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let (eligible, upcoming, possible, needs) = (
        a.count(StatusKind::Eligible),
        a.count(StatusKind::Upcoming),
        a.count(StatusKind::Possible),
        a.count(StatusKind::NeedsInfo),
    );
    // Plain words ("等你回答", not "待补充"), with the unit; a count of none is left out, except
    // what can be applied for now.
    let counts = [
        (t!(live.eligible), eligible),
        (t!(live.coming_year), upcoming),
        (t!(live.possible), possible),
        (t!(live.waiting), needs),
    ];
    let counts: Vec<_> = counts
        .into_iter()
        .enumerate()
        .filter(|(i, (_, n))| *i == 0 || *n > 0)
        .map(|(_, c)| c)
        .collect();
    let show = ctx.go(View::Results);
    html! {
        <aside class="live" aria-label={t!(live.results_so_far).get(lang)}>
            <div class="live-inner" aria-live="polite">
                <p class="live-title">{ t!(live.results_so_far_update_you).get(lang) }</p>
                <p class="live-max">
                    <span class="live-label">{ t!(live.known_maximum).get(lang) }</span>
                    // Not a red "0元" while nothing is fixed yet: it reads as "you get nothing".
                    <strong data-known-maximum={a.known_maximum.to_string()} class={classes!(a.known_maximum.is_zero().then_some("zero"))}>{
                        if a.known_maximum.is_zero() { t!(live.none_fixed_yet).get(lang).to_string() } else { format_yuan(a.known_maximum, lang) }
                    }</strong>
                </p>
                <p class="live-counts">
                    { for counts.iter().enumerate().map(|(i, (label, n))| html! {
                        <>
                            if i > 0 { { " · " } }
                            <span class="nowrap">{ say!(lang, live.count, label = label.get(lang), n) }</span>
                        </>
                    }) }
                </p>
            </div>
            <button type="button" class="secondary live-button" data-action="see-full-results" onclick={show}>{ t!(live.see_full_results).get(lang) }</button>
        </aside>
    }
}
