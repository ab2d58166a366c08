//! The root: owns the one reducer, shares it through a context, and runs the effects that reach
//! the browser edge (storage, the address and its share link, language, focus).

use super::context::{Ctx, Intents};
#[cfg(not(feature = "results"))]
use super::handoff::{Handoff as Results, Handoff as Review};
use super::header::header;
use super::live::live_summary;
use super::notice::{link_choice, notice_banner, start_over_confirm};
#[cfg(feature = "results")]
use super::results::Results;
#[cfg(feature = "results")]
use super::review::Review;
use super::start::start_page;
use super::wizard::StepPage;
use crate::browser;
use crate::state::{Action, AppState, Settings, Texts, View};
use yew::prelude::*;

/// The page while the words of the page's language are not installed: on its way after "try
/// again", or why they could not be had. Its few words are the compiled-in `boot` texts; the
/// answers stay saved on the device meanwhile.
fn texts_pending(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let body = match ctx.texts {
        Texts::Failed(failure) => html! {
            <div class="notice error" role="alert" data-texts="failed">
                <p>{ failure.message(lang) }</p>
                <button type="button" class="primary" data-action="retry-texts" onclick={ctx.send(Action::RetryTexts)}>{ t!(boot.try_again).get(lang) }</button>
            </div>
        },
        _ => html! {
            <p role="status" data-texts="loading">{ t!(boot.loading).get(lang) }</p>
        },
    };
    html! {
        <section aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t!(boot.app_title).get(lang) }</h1>
            { body }
        </section>
    }
}

/// The state the app starts from: in the browser `browser::initial_state()` (saved answers, the
/// link, the settings), for the build-time render of the start page `AppState::prerender`.
#[derive(Properties)]
pub struct AppProps {
    pub initial: std::rc::Rc<AppState>,
    /// The start page written at build time is on show in the app's place: this render draws
    /// nothing.
    pub beside_prerendered: bool,
}

/// The same start when it is the same state (the app is mounted once; no comparison walks it).
impl PartialEq for AppProps {
    fn eq(&self, other: &AppProps) -> bool {
        std::rc::Rc::ptr_eq(&self.initial, &other.initial)
            && self.beside_prerendered == other.beside_prerendered
    }
}

/// What the browser keeps of the app's state (the answers, the fields in 元, the language and
/// 长者版), and the page's language and mode.
#[hook]
fn use_kept_in_browser(state: &Ctx) {
    use_effect_with(state.profile.clone(), browser::persist_profile);
    use_effect_with(state.yuan_fields.clone(), |units| {
        browser::save_yuan_fields(units)
    });
    use_effect_with((state.lang, state.senior), |(lang, senior)| {
        browser::save_settings(Settings {
            lang: *lang,
            senior: *senior,
        });
        browser::apply_language(*lang);
        browser::apply_mode(*senior);
    });
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        Ctx::new(use_reducer(move || (*initial).clone()))
    };

    use_kept_in_browser(&state);
    // On the results page the address is the share link of the answers shown.
    let link = (state.view == View::Results).then(|| state.profile.to_fragment());
    // Whether the page has recorded its first view: that one replaces the entry the page was
    // opened with (also when answers loaded at start already moved `nav_seq` on), so a reload
    // adds no entry.
    let recorded = use_mut_ref(|| false);
    {
        let (view, from_history, seq) = (state.view, state.from_history, state.nav_seq);
        let link = link.clone();
        use_effect_with(seq, move |seq| {
            let first = !recorded.replace(true);
            browser::record_view(view, from_history, first, link.as_deref());
            if *seq > 0 {
                browser::focus_heading();
            }
        });
    }
    use_effect_with(link, |link| {
        if let Some(fragment) = link {
            browser::show_link(fragment);
        }
    });
    {
        // Back and Forward, a link followed in the running tab, a new deployment downloaded: the
        // app listens while it lives.
        let send = state.actions();
        use_effect_with((), move |_| {
            let listeners = (
                browser::on_history(send.clone()),
                browser::on_link_followed(send.clone()),
                browser::on_update_ready(send),
            );
            move || drop(listeners)
        });
    }
    {
        let send = state.actions();
        // The page's language, or the one asked for; installed already: reported at once. The
        // page already showing them (the first render, mostly) has nothing to report: that would
        // only draw the page again.
        let wanted = state.pending_lang.unwrap_or(state.lang);
        let shown = state.texts == Texts::Ready && wanted == state.lang;
        use_effect_with((state.texts_attempt, wanted), move |(_, lang)| {
            if !shown {
                browser::load_texts(*lang, send)
            }
        });
    }
    #[cfg(not(feature = "results"))]
    {
        super::handoff::use_whole_ahead(&state);
    }
    // The first render beside the start page written at build time draws nothing (lib.rs:
    // `mount_state`): that page stays on show while the app sets itself up, and the app's own
    // (the same markup) takes its place in the next task. Only then is the app ready (until then
    // index.html's boot script answers a tap on 开始 or an example).
    use_effect_with(props.beside_prerendered, |beside| {
        if !*beside {
            browser::mark_ready();
        }
    });
    if props.beside_prerendered {
        return Html::default();
    }

    if state.texts != Texts::Ready {
        return boot_page(&state);
    }
    let lang = state.lang;
    let with_side = matches!(state.view, View::Step(_) | View::Review);
    let page = match state.view {
        View::Start => start_page(&state),
        View::Step(step) => html! { <StepPage {step} /> },
        View::Review => html! { <Review /> },
        View::Results => html! { <Results /> },
    };
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
            <div class={classes!("page", state.senior.then_some("senior"))}>
                <a class="skip-link" href="#main">{ t!(app.skip_main_content).get(lang) }</a>
                { header(&state) }
                <div class={classes!("layout", with_side.then_some("with-side"))}>
                    <main id="main" class="content">
                        if state.update_ready {
                            <div class="notice info update-ready no-print" role="status" data-update="ready">
                                <p>{ t!(app.new_version_available_your_answers).get(lang) }</p>
                                <button type="button" class="primary" data-action="reload" onclick={Callback::from(|_| browser::apply_update())}>{ t!(app.reload).get(lang) }</button>
                            </div>
                        }
                        { notice_banner(&state) }
                        { start_over_confirm(&state) }
                        { link_choice(&state) }
                        { page }
                    </main>
                    if with_side {
                        { live_summary(&state) }
                    }
                </div>
                { footer(&state) }
            </div>
        </ContextProvider<Ctx>>
    }
}

/// The whole page while the words of its language are not installed ([`texts_pending`]).
fn boot_page(state: &Ctx) -> Html {
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
            <div class={classes!("page", state.senior.then_some("senior"))}>
                <div class="layout">
                    <main id="main" class="content">{ texts_pending(state) }</main>
                </div>
            </div>
        </ContextProvider<Ctx>>
    }
}

/// The page's foot: where it runs, and behind a fold the versions and the staff's tool (printed
/// at the top of the summary instead, components/print.rs).
fn footer(state: &Ctx) -> Html {
    let lang = state.lang;
    html! {
        <footer class="site-footer">
            <p>{ t!(app.tool_runs_your_browser_your).get(lang) }</p>
            // The versions and the staff's tool are for those who ask: behind a fold
            // (printed at the top of the summary instead, components/print.rs).
            <details class="about no-print">
                <summary>{ t!(app.versions_staffs_tool).get(lang) }</summary>
                <p data-versions="true">{ format!("{} {} · {} {} · {} {} · {} ({})", t!(app.rules_version).get(lang), yc_engine::meta::RULESET_VERSION, t!(app.parameters).get(lang), yc_engine::params::FILE_VERSION, t!(app.content_hash).get(lang), yc_engine::meta::combined_hash(), yc_engine::meta::SOURCE_ID, yc_engine::meta::rules_as_of()) }</p>
                // The workbench (with the guideline preview) is a page beside this one; beside
                // the single file, its own single file (scripts/standalone.mjs builds both).
                <p><a href={workbench_href(state.edition)} data-open="staff">{ t!(app.staff_workbench).get(lang) }</a></p>
            </details>
        </footer>
    }
}

/// Where the staff workbench is: `staff.html` beside the served page, or the workbench's single
/// file beside this single file.
fn workbench_href(edition: crate::state::Edition) -> &'static str {
    match edition {
        crate::state::Edition::Web => "staff.html",
        crate::state::Edition::Standalone => "yinchuan-policy-workbench.html",
    }
}
