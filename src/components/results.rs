//! The results page: the known maximum, then every programme's card grouped by status, the
//! national self-checks, and share / save / print.

use super::calendar::Calendar;
use super::card::{result_card, CardProps};
use super::context::{use_app, Ctx, Intents};
use super::field::field_id;
use super::notice::copy_feedback;
use super::plan;
use super::print::print_summary;
use super::review::answer_view;
use super::selfcheck::self_check;
use super::start::import_button;
use crate::browser;
use crate::format::{group_heading, when_text, whole_dates};
use crate::state::{Action, Notice, View};
use yc_engine::cond::Truth;
use yc_engine::input::format_yuan;
use yc_engine::meta::SOURCE_ID;
use yc_engine::{Fact, Lang, StatusKind};
use yew::prelude::*;

#[function_component(Results)]
pub fn results() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    let link = browser::share_link(&ctx.profile);
    // A file:// link opens on this computer only: said so, and no QR code for others to scan.
    let opens_elsewhere = browser::link_opens_elsewhere();

    let on_answer = {
        let ctx = ctx.clone();
        Callback::from(move |f: Fact| {
            ctx.dispatch(Action::Go(answer_view(f)));
            browser::focus_field_after_render(field_id(f));
        })
    };
    let edit = ctx.go(View::Review);
    let continue_answering = ctx.go(ctx.first_view());

    let outside = a.outside_city;

    let params = yc_engine::params::in_force_shared(ctx.profile.assessment_date);
    let groups = StatusKind::ALL
        .into_iter()
        .filter(|g| a.count(*g) > 0)
        .map(|g| status_group(&ctx, g, &on_answer, &params));

    let todo_list = todo_list(&a, lang);
    // What each next step would open: an evaluation per step, worked out again only when the
    // answers change, not on every render of the page (a copy notice, a menu).
    let scenarios = {
        let (a, params) = (a.clone(), params.clone());
        use_memo(ctx.profile.clone(), move |p| {
            yc_engine::plan::scenarios(p, &a, &params)
        })
    };
    let mut chart = super::markup::Markup::new();
    plan::money_chart(&mut chart, &a, lang, false);

    let tax_cards = a.national_tax().map(|r| {
        html! {
            { result_card(&yew::props!(CardProps { result: r.clone(), lang, year: ctx.profile.assessment_date.year(), on_answer: on_answer.clone(), problems: problems_of(&ctx, r), unsure: unsure_of(&ctx, r), arithmetic: yc_engine::plan::arithmetic(r, &ctx.profile, &params) })) }
        }
    });
    let tax_group = html! {
        <section class="group tax-group" data-group="national-tax" aria-labelledby="tax-heading">
            <h2 id="tax-heading">{ t!(results.national_tax_incentives_nationwide).get(lang) }</h2>
            <p class="summary-note">{ t!(results.these_national_tax_incentives_follow).get(lang) }</p>
            <div class="cards">{ for tax_cards }</div>
        </section>
    };

    let checks: Vec<_> = [&a.national.tsme, &a.national.hnte]
        .into_iter()
        .filter(|c| c.applies == Truth::Met)
        .cloned()
        .collect();

    html! {
        <section class={classes!("results", ctx.print_not_eligible.then_some("print-not-eligible"))} aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t!(results.your_results).get(lang) }</h1>
            { print_summary(&ctx) }
            if outside {
                <p class="notice error" role="status">{ t!(results.your_enterprise_registered_outside_yinchuan).get(lang) }</p>
            }
            { money_lead(&a, lang, continue_answering, &on_answer) }
            // What to do and by when comes right under the money, on a phone's first screen; what
            // the sum means, the other money lines and the counts follow it.
            { todo_list.unwrap_or_default() }
            <Calendar link={AttrValue::from(link.clone())} {opens_elsewhere} />
            { plan::next_steps(&scenarios, &a, lang) }
            { summary_notes(&a, lang) }
            { chart.into_html() }
            if let Some(w) = a.ruleset.stale_warning {
                <p class="notice warning stale" role="note">{ w.get(lang) }</p>
            }
            <p class="meta">{ say!(lang, results.assessed_assessment_date_source_source, assessment_date = a.assessment_date, source_id = SOURCE_ID, rules_as_of = a.ruleset.rules_as_of) }
                { " " }<button type="button" class="link-button no-print" data-action="edit-answers" onclick={edit}>{ t!(results.change_answers).get(lang) }</button>
            </p>
            { parameters_used(&a, lang) }
            { for groups }
            { tax_group }
            if !checks.is_empty() {
                <section class="group checks" data-group="self-checks">
                    <h2>{ t!(results.national_criteria_self_check).get(lang) }</h2>
                    { for checks.iter().map(|c| self_check(c, lang)) }
                </section>
            }
            { save_share(&ctx, link, opens_elsewhere) }
        </section>
    }
}

/// The facts a card waits for that the user marked "not sure" (the card says how to settle them).
fn unsure_of(ctx: &Ctx, r: &yc_engine::ProgrammeResult) -> Vec<Fact> {
    match &r.status {
        yc_engine::Status::NeedsInfo { missing } => missing
            .iter()
            .copied()
            .filter(|f| ctx.profile.is_unsure(*f))
            .collect(),
        _ => Vec::new(),
    }
}

/// The contradictions among the answers a card waits for.
fn problems_of(ctx: &Ctx, r: &yc_engine::ProgrammeResult) -> Vec<yc_engine::Text> {
    match &r.status {
        yc_engine::Status::NeedsInfo { missing } => ctx
            .assessment
            .inconsistencies
            .iter()
            .filter(|i| missing.contains(&i.fact))
            .map(|i| i.message)
            .collect(),
        _ => Vec::new(),
    }
}

/// One status's cards, under its heading, with the next step and the unset amount most of them
/// share said once above them; "not eligible" folded.
fn status_group(
    ctx: &Ctx,
    g: StatusKind,
    on_answer: &Callback<Fact>,
    params: &[yc_engine::params::Parameter],
) -> Html {
    let lang = ctx.lang;
    let a = &ctx.assessment;
    let count = |kind: StatusKind| a.count(kind);
    let mut results: Vec<_> = a.city().filter(|r| r.status.kind() == g).collect();
    results
        .sort_by_key(|r| std::cmp::Reverse(r.ceiling().map(|c| c.remaining).unwrap_or_default()));
    // The next step most of the group's cards share (a channel and a batch date repeated on
    // a dozen cards made the page many screens long), said once above them.
    let step_of = |r: &yc_engine::ProgrammeResult| {
        (
            r.next_step.how.get(lang).to_string(),
            when_text(&r.next_step.when, lang),
        )
    };
    let shared = (g != StatusKind::NotEligible)
        .then(|| {
            let steps: Vec<_> = results.iter().map(|r| step_of(r)).collect();
            steps
                .iter()
                .map(|s| (steps.iter().filter(|t| *t == s).count(), s))
                .filter(|(n, _)| *n >= 2)
                .max_by_key(|(n, _)| *n)
                .map(|(n, s)| (n, s.clone()))
        })
        .flatten();
    // Cards whose amount is the year's guideline's, not published yet: said once too.
    let unset_amount = |r: &yc_engine::ProgrammeResult| {
        r.guideline()
            .as_ref()
            .is_some_and(|gl| gl.parameters.iter().all(|p| p.value.is_none()))
    };
    let unset = (g != StatusKind::NotEligible)
        .then(|| results.iter().filter(|r| unset_amount(r)).count())
        .filter(|n| *n >= 2);
    let all = results.len();
    let group_step = (shared.is_some() || unset.is_some()).then(|| html! {
        <div class="group-step">
            if let Some(n) = unset {
                <p data-group-amount={n.to_string()}><strong>{ if n == all { t!(results.group_amounts).get(lang).to_string() } else { say!(lang, results.group_amounts_some, n) } }</strong>{ t!(results.set_years_application_guideline_not).get(lang) }</p>
            }
            if let Some((n, (how, when))) = shared.as_ref() {
                <p data-group-step={n.to_string()}><strong>{ if *n == all { t!(results.group_next_step).get(lang).to_string() } else { say!(lang, results.group_next_step_some, n) } }</strong>{ how.clone() }</p>
                <p class="when">{ whole_dates(when) }</p>
            }
        </div>
    });
    let cards = results.iter().map(|r| {
        let step_in_group = shared.as_ref().is_some_and(|(_, s)| *s == step_of(r));
        let amount_in_group = unset.is_some() && unset_amount(r);
        html! {
            { result_card(&yew::props!(CardProps { result: (*r).clone(), lang, year: ctx.profile.assessment_date.year(), on_answer: on_answer.clone(), problems: problems_of(ctx, r), unsure: unsure_of(ctx, r), step_in_group, amount_in_group, arithmetic: yc_engine::plan::arithmetic(r, &ctx.profile, params) })) }
        }
    });
    let heading = format!("{} ({})", group_heading(g, lang), count(g));
    let code = g.code();
    if g == StatusKind::NotEligible {
        html! {
            <details class="group not-eligible-group" key={code} data-group={code}>
                <summary><h2>{ heading }</h2></summary>
                <div class="cards">{ for cards }</div>
            </details>
        }
    } else {
        html! {
            <section class="group" key={code} data-group={code}>
                <h2>{ heading }</h2>
                { group_step.unwrap_or_default() }
                <div class="cards">{ for cards }</div>
            </section>
        }
    }
}

/// What to do, and by when: what is open now or soon, in the order of its next date, with its
/// money and its channel, before any card (a phone's first screen).
fn todo_list(a: &yc_engine::eval::Assessment, lang: Lang) -> Option<Html> {
    let mut todo: Vec<_> = a
        .city()
        .filter(|r| matches!(r.status.kind(), StatusKind::Eligible | StatusKind::Upcoming))
        .collect();
    todo.sort_by_key(|r| r.next_step.when.urgency());
    let todo_items = todo.iter().map(|r| {
        let name = r.programme.name.get(lang);
        let money = r.ceiling().map(|c| format_yuan(c.remaining, lang));
        let id = r.id();
        let show = Callback::from(move |_: MouseEvent| browser::show_card(id));
        html! {
            <li key={r.id()} data-todo-item={r.id()}>
                <button type="button" class="link-button todo-name" onclick={show}>{ name }</button>
                if let Some(m) = money {
                    <span class="todo-money">{ format!("{}{m}", t!(results.up).get(lang)) }</span>
                }
                <span class="todo-when">{ whole_dates(&when_text(&r.next_step.when, lang)) }</span>
                <span class="todo-how">{ r.next_step.how.get(lang) }</span>
            </li>
        }
    });
    (!todo.is_empty()).then(|| {
        html! {
            <section class="todo" aria-labelledby="todo-heading" data-todo={todo.len().to_string()}>
                <h2 id="todo-heading">{ t!(results.what_do_when).get(lang) }</h2>
                <ol>{ for todo_items }</ol>
            </section>
        }
    })
}

/// The money first: the known maximum, or what can be applied for when the text fixes none.
fn money_lead(
    a: &yc_engine::eval::Assessment,
    lang: Lang,
    continue_answering: Callback<MouseEvent>,
    on_answer: &Callback<Fact>,
) -> Html {
    let count = |kind: StatusKind| a.count(kind);
    let needs = count(StatusKind::NeedsInfo);
    let outside = a.outside_city;
    html! {
        <>
            // Outside Yinchuan the banner leads; no city sum to show.
            if !outside {
            <div class="summary">
                if a.known_maximum.is_zero() {
                    // No ceiling fixed by the text: a large red "0元" read as "you get nothing" at
                    // events. What it can apply for leads instead; the amounts are the guideline's.
                    <p class="summary-label">{ t!(results.no_ceiling_policy_text_fixes).get(lang) }</p>
                    <p class="known-max zero" data-known-maximum="0">{ say!(lang, results.to_apply_and_possible, apply = count(StatusKind::Eligible) + count(StatusKind::Upcoming), possible = count(StatusKind::Possible)) }</p>
                    <p class="summary-note">{ t!(results.their_amounts_set_each_years).get(lang) }</p>
                } else {
                    <p class="summary-label">{ t!(results.ceilings_fixed_policy_text_added).get(lang) }</p>
                    <p class="known-max" data-known-maximum={a.known_maximum.to_string()}>{ format_yuan(a.known_maximum, lang) }</p>
                }
                { plan::range_lines(a, lang, on_answer) }
                if needs > 0 {
                    <button type="button" class="primary" onclick={continue_answering}>{ if needs == 1 { say!(lang, results.continue_one, needs) } else { say!(lang, results.continue_other, needs) } }</button>
                }
            </div>
            }
        </>
    }
}

/// What the sum means, the other money lines and the counts.
fn summary_notes(a: &yc_engine::eval::Assessment, lang: Lang) -> Html {
    let count = |kind: StatusKind| a.count(kind);
    let needs = count(StatusKind::NeedsInfo);
    let outside = a.outside_city;
    html! {
        <div class="summary-notes">
            if !outside {
            <p class="summary-note">{ t!(results.adds_up_upper_bounds_not).get(lang) }</p>
            }
            if let Some(y) = a.known_maximum_project_year {
                <p class="summary-note" data-known-maximum-project-year={y.to_string()}>{ say!(lang, results.first_recognition_post_subsidy_counted, y) }<span class="why-clause cite-print">{ " (§2.1)" }</span></p>
            }
            if let Some(both) = a.known_maximum_if_combined {
                <p class="summary-note" data-known-maximum-if-combined={both.to_string()}>{ say!(lang, results.if_bureau_allows_both_post, both = format_yuan(both, lang)) }<span class="why-clause cite-print">{ " (§2.1)" }</span></p>
            }
            if let Some(tax) = a.tax_saving_up_to {
                <p class="summary-note tax-line" data-tax-saving-up-to={tax.to_string()} data-tax-saving-at-least={a.tax_saving_at_least.map(|v| v.to_string())}>{ match a.tax_saving_at_least {
                    Some(low) if low == tax => say!(lang, results.tax_saving, tax = format_yuan(tax, lang)),
                    Some(low) if !low.is_zero() => say!(lang, results.tax_saving_range, low = format_yuan(low, lang), tax = format_yuan(tax, lang)),
                    _ => say!(lang, results.tax_saving_up_to, tax = format_yuan(tax, lang)),
                } }</p>
            }
            if !a.talent_maximum.is_zero() {
                <p class="summary-note talent-max" data-talent-maximum={a.talent_maximum.to_string()}>{ say!(lang, results.also_funding_your_recognised_leading, talent_maximum = format_yuan(a.talent_maximum, lang)) }<span class="why-clause cite-print">{ " (§2.3)" }</span></p>
            }
            <p class="summary-counts">{ say!(lang, results.counts, eligible = count(StatusKind::Eligible), upcoming = count(StatusKind::Upcoming),
                possible = count(StatusKind::Possible), needs, not_eligible = count(StatusKind::NotEligible)) }</p>
        </div>
    }
}

/// The amounts, rates and dates this result used, with their sources.
fn parameters_used(a: &yc_engine::eval::Assessment, lang: Lang) -> Html {
    html! {
        <>
            if !a.parameters_used.is_empty() {
                <details class="parameters" data-parameters-used={a.parameters_used.len().to_string()}>
                    <summary>{ say!(lang, results.amounts_rates_dates_result_used, parameters_used = a.parameters_used.len()) }</summary>
                    <p class="why-clause">{ say!(lang, results.parameters_version_parameters_version, parameters_version = a.ruleset.parameters_version) }</p>
                    <ul>{ for a.parameters_used.iter().map(|param| html! {
                        <li key={param.id} data-parameter={param.id}>
                            { param.name.get(lang) }{ t!(punct.colon).get(lang) }
                            <strong class="nowrap">{ parameter_value(param, lang) }</strong>
                            { whole_dates(&param.as_of.map(|d| say!(lang, results.param_from, d)).unwrap_or_default()) }
                            <span class="why-clause">{ format!(" — {}", param.source.as_deref().unwrap_or_default()) }</span>
                        </li>
                    }) }</ul>
                </details>
            }
        </>
    }
}

/// Save and share: the share link (and its QR code), the answers as a file, print, start over.
fn save_share(ctx: &Ctx, link: String, opens_elsewhere: bool) -> Html {
    let lang = ctx.lang;
    let copy = {
        let ctx = ctx.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let ctx = ctx.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(link).await;
                ctx.dispatch(Action::Notify(Notice::LinkCopied(ok)));
                browser::reveal_after_render("[data-copy-result]");
            });
        })
    };
    // In the mini-program's web-view and in WeChat's in-app browser downloads and printing do
    // nothing: the answers are shown as text to copy, and print says how to open the page in a
    // browser.
    let in_wechat = ctx.mini_program || ctx.wechat_browser;
    let export = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            if in_wechat {
                ctx.dispatch(Action::ShowExport);
            } else {
                browser::export_file(&ctx.profile);
            }
        })
    };
    let print = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            if in_wechat {
                ctx.dispatch(Action::ShowPrintHelp);
            } else {
                browser::print();
            }
        })
    };
    let start_over = ctx.ask_start_over();
    html! {
    <details class="save-share no-print" data-menu="save-share">
        <summary><h2>{ t!(results.save_share).get(lang) }</h2></summary>
        if ctx.mini_program {
            <p class="notice info" data-mini-program="share">{ t!(results.share_inside_mini_program_tap).get(lang) }</p>
        }
        <div class="actions toolbar">
            <button type="button" class="secondary" data-action="copy-link" onclick={copy}>{ t!(results.copy_share_link).get(lang) }</button>
            // What copying did, right under the button (a line of its own in the row).
            { copy_feedback(ctx) }
            <button type="button" class="secondary" data-action="export" onclick={export}>{ t!(results.export_answers_json).get(lang) }</button>
            { import_button(ctx) }
            <button type="button" class="secondary" data-action="print" onclick={print}>{ t!(results.print_save_pdf).get(lang) }</button>
            <button type="button" class="link-button" data-action="start-over" onclick={start_over}>{ t!(results.start_over).get(lang) }</button>
        </div>
        if ctx.export_shown {
            <div class="export-text" data-mini-program="export">
                <label for="export-json">{ if ctx.mini_program { t!(results.files_cannot_downloaded_inside_mini).get(lang) } else { t!(results.wechats_browser_does_not_download).get(lang) } }</label>
                <textarea id="export-json" readonly=true rows="8" value={ctx.profile.to_json_string()} />
            </div>
        }
        if ctx.print_help {
            <p class="notice info" data-mini-program="print">{ if ctx.mini_program { t!(results.printing_not_available_inside_mini).get(lang) } else { t!(results.wechats_browser_cannot_print_tap).get(lang) } }</p>
        }
        <div class="print-options">
            <label for="print-name">{ t!(results.printed_heading_enterprises_name_optional).get(lang) }</label>
            <input id="print-name" type="text" autocomplete="organization" value={ctx.print_name.clone()}
                oninput={ctx.send_with(|e: InputEvent| Action::SetPrintName(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
            <label class="option">
                <input type="checkbox" id="print-not-eligible" checked={ctx.print_not_eligible}
                    onchange={ { let on = !ctx.print_not_eligible; ctx.send(Action::SetPrintNotEligible(on)) } } />
                <span>{ t!(results.also_print_programmes_do_not).get(lang) }</span>
            </label>
        </div>
        <div class="share">
            <label for="share-link">{ t!(results.share_link_answers_sit_after).get(lang) }</label>
            <input id="share-link" type="text" readonly=true value={link.clone()} />
            if !opens_elsewhere {
                <p class="notice warning" data-link-local="true">{ t!(results.single_file_edition_link_above).get(lang) }</p>
            }
        </div>
        if opens_elsewhere {
            <ShareQr link={link} {lang} />
        }
    </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareQrProps {
    pub link: AttrValue,
    pub lang: Lang,
}

/// The share link as a QR code, drawn in the page from the link (no image service), with a button
/// that shows it over the whole screen: at an event, staff project it and enterprises scan it
/// into WeChat.
#[function_component(ShareQr)]
pub fn share_qr(props: &ShareQrProps) -> Html {
    let lang = props.lang;
    let enlarged = use_state(|| false);
    let qr = use_memo(props.link.clone(), |link| crate::qr::encode(link));
    let Some(qr) = qr.as_ref() else {
        return html! {
            <p class="summary-note">{ t!(results.link_too_long_qr_code).get(lang) }</p>
        };
    };
    let on_key = {
        let close = enlarge::<()>(&enlarged, false);
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => close.emit(()),
            // Close is the view's only control: Tab keeps the focus on it, not on the page hidden
            // behind.
            "Tab" => e.prevent_default(),
            _ => {}
        })
    };
    let label = t!(results.qr_code_share_link_scan).get(lang);
    let side = qr.side.to_string();
    let view_box = format!("0 0 {side} {side}");
    let svg = html! {
        <svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox={view_box} role="img" aria-label={label} shape-rendering="crispEdges" data-qr="share-link" data-qr-version={qr.version.to_string()}>
            <rect width={side.clone()} height={side} fill="#fff" />
            <path d={qr.path.clone()} fill="#000" />
        </svg>
    };
    if *enlarged {
        html! {
            <div class="qr-overlay" role="dialog" aria-modal="true" aria-label={label} onkeydown={on_key} onclick={enlarge(&enlarged, false)}>
                { svg }
                <p class="qr-caption">{ t!(results.scan_phone_wechats_scan_works).get(lang) }</p>
                <button type="button" id="qr-close" class="secondary" data-action="qr-close" onclick={enlarge(&enlarged, false)}>{ t!(results.close).get(lang) }</button>
            </div>
        }
    } else {
        html! {
            <figure class="qr-box">
                { svg }
                <figcaption>
                    { t!(results.scan_qr_code_phone_open).get(lang) }
                    <button type="button" id="qr-enlarge" class="secondary" data-action="qr-enlarge" onclick={enlarge(&enlarged, true)}>{ t!(results.enlarge_qr_code_projector).get(lang) }</button>
                </figcaption>
            </figure>
        }
    }
}

/// Shows the QR code enlarged, or back in the menu, and moves the focus to the button that undoes
/// it.
fn enlarge<E: 'static>(enlarged: &UseStateHandle<bool>, on: bool) -> Callback<E> {
    let enlarged = enlarged.clone();
    Callback::from(move |_| {
        enlarged.set(on);
        browser::focus_field_after_render(if on { "qr-close" } else { "qr-enlarge" }.into());
    })
}

/// A parameter's value in force, in words: an amount, a percentage or days of the year.
fn parameter_value(param: &yc_engine::params::Parameter, lang: Lang) -> String {
    use yc_engine::params::Unit;
    match (param.unit, param.value, param.text.as_deref()) {
        (Unit::Yuan, Some(v), _) => format_yuan(v, lang),
        (Unit::Percent, Some(v), _) => format!("{}%", v.normalize()),
        (_, _, Some(text)) => text.to_string(),
        _ => String::new(),
    }
}
