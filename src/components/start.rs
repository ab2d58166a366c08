//! The start page: what the tool does and does not do, start or continue, and the example
//! enterprises for demos.

use super::context::{Ctx, Intents};
use crate::browser;
use crate::state::{example_link, Action, Edition, Origin, View};
use wasm_bindgen::JsCast;
use yc_engine::examples::EXAMPLES;
use yc_engine::Lang;
use yc_engine::Profile;
use yew::prelude::*;

/// The start page, drawn by the app's own render (no component of its own: one less to set up
/// when the app starts).
pub fn start_page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let has_answers = ctx.profile.answers().next().is_some();
    let start = ctx.send(Action::Next);
    let start_over = ctx.ask_start_over();
    let examples = EXAMPLES.iter().map(|ex| {
        let ctx = ctx.clone();
        let load = Callback::from(move |e: MouseEvent| {
            // A plain click loads the example here; a click that opens a new tab or window
            // follows the link, which loads it there (`browser::initial_state`).
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            let today = browser::today();
            if let Ok((profile, issues)) = Profile::from_fragment(&ex.fragment_on(today), today) {
                ctx.dispatch(Action::Load {
                    profile,
                    issues,
                    origin: Origin::Example,
                    view: Some(View::Results),
                });
            }
        });
        html! {
            <li key={ex.id}>
                // A real link (`#example=…`), so a tap before the app has started still lands on
                // the example's results once it has.
                <a class="example" href={example_link(ex.id)} data-example={ex.id} onclick={load}>
                    <span class="example-name">{ ex.name.get(lang) }</span>
                    <span class="example-summary">{ ex.summary.get(lang) }</span>
                </a>
            </li>
        }
    });
    // What the example enterprises are asked, evaluated once per assessment date, not on every
    // render (`StartFigures::on` keeps the last).
    let figures = StartFigures::on(ctx.profile.assessment_date);
    let (fewest, most) = (figures.fewest, figures.most);
    let at_hand = figures.at_hand(lang);
    html! {
        <section class="start" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1" class="app-title" lang="zh-CN">{ "银川市科技型企业政策计算器" }</h1>
            if lang == Lang::En {
                <p class="subtitle" lang="en">{ "Yinchuan tech-enterprise policy calculator" }</p>
            }
            <p class="lede">{ t!(start.answer_short_questions_see_which).get(lang) }</p>
            <p class="time-cue" data-fewest-questions={fewest.to_string()} data-most-questions={most.to_string()}>{ figures.time_cue(lang) }</p>
            // 开始 on a 360x640 phone's first screen: right after what it takes.
            <div class="actions">
                // Tapped before the app has started, index.html's boot script follows
                // `#start` for it (`browser::initial_state`), and says the app is on its way.
                <button type="button" class="primary" data-start="true" onclick={start}>
                    { if has_answers { t!(start.continue_filling).get(lang) } else { t!(start.start).get(lang) } }
                </button>
                if has_answers {
                    <button type="button" class="secondary" onclick={start_over}>{ t!(start.clear_start_over).get(lang) }</button>
                }
            </div>
            <p class="edition" data-edition={match ctx.edition { Edition::Web => "web", Edition::Standalone => "standalone" }}>{ format!("{} · {} {}",
                match ctx.edition {
                    Edition::Web => t!(start.online_edition).get(lang),
                    Edition::Standalone => t!(start.single_file_edition_no_network).get(lang),
                },
                t!(start.rules_version).get(lang),
                yc_engine::meta::RULESET_VERSION) }</p>
            if !ctx.can_save {
                <p class="notice warning" role="note" data-no-autosave="true">{ t!(start.browser_does_not_let_page).get(lang) }</p>
            }
            // Generated from what the questionnaire asks (`yc_engine::start_figures`), so it names
            // nothing that is never asked.
            <p class="at-hand">{ at_hand }</p>
            <ul class="promises">
                <li>{ t!(start.everything_computed_your_browser_nothing).get(lang) }</li>
                <li>{ t!(start.amounts_ceilings_policy_text_sets).get(lang) }</li>
                <li>{ t!(start.based_bureaus_reply_cppcc_proposal).get(lang) }</li>
            </ul>
            <p class="import-line">
                { import_button(ctx) }
            </p>
            <h2>{ t!(start.try_example_enterprise).get(lang) }</h2>
            <p class="hint">{ t!(start.load_example_see_results_once).get(lang) }</p>
            <ul class="examples">{ for examples }</ul>
        </section>
    }
}

/// What the start page derives from the engine on a date (`yc_engine::start_figures`): how many
/// questions the example enterprises are asked (the one source of the time it takes) and the
/// figures to have at hand, with the sentences the page makes of them. The prerender golden files
/// hold placeholders for these (`golden`), so a new question changes no golden file.
#[derive(Debug, Clone, PartialEq)]
pub struct StartFigures(yc_engine::StartFigures);

impl std::ops::Deref for StartFigures {
    type Target = yc_engine::StartFigures;
    fn deref(&self) -> &yc_engine::StartFigures {
        &self.0
    }
}

thread_local! {
    /// The figures last derived, with their date: the start-up derives them in a task of its own
    /// before the app's first render (lib.rs: `start_now`), which then only reads them.
    static LAST: std::cell::RefCell<Option<(yc_engine::Date, StartFigures)>> = const { std::cell::RefCell::new(None) };
}

impl StartFigures {
    pub fn on(date: yc_engine::Date) -> StartFigures {
        let last = LAST.with_borrow(|last| {
            last.as_ref()
                .filter(|(on, _)| *on == date)
                .map(|(_, figures)| figures.clone())
        });
        last.unwrap_or_else(|| {
            let figures = StartFigures(yc_engine::start_figures(date));
            LAST.set(Some((date, figures.clone())));
            figures
        })
    }

    /// How many questions and about how long (ten seconds a question, whole minutes up).
    pub fn time_cue(&self, lang: Lang) -> String {
        let (fewest, most) = (self.fewest, self.most);
        let (quickest, longest) = ((fewest * 10).div_ceil(60), (most * 10).div_ceil(60));
        say!(
            lang,
            start.most_enterprises_answer_fewest_most,
            fewest,
            most,
            quickest,
            longest
        )
    }

    /// The figures to have at hand, and those to have if the enterprise has them.
    pub fn at_hand(&self, lang: Lang) -> String {
        let labels = |facts: &[yc_engine::Fact]| {
            facts
                .iter()
                .map(|f| lower_first(f.def().label.get(lang)))
                .collect::<Vec<_>>()
                .join(t!(punct.list_comma).get(lang))
        };
        if self.if_any.is_empty() {
            say!(lang, start.have_at_hand, needed = labels(&self.always))
        } else {
            say!(
                lang,
                start.have_at_hand_and,
                needed = labels(&self.always),
                optional = labels(&self.if_any)
            )
        }
    }
}

/// A label inside an English sentence: "Employees" becomes "employees", "HNTE" stays.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_ascii_uppercase() => {
            a.to_ascii_lowercase().to_string() + &label[1..]
        }
        _ => label.to_string(),
    }
}

/// "Import answers": reads a profile file chosen by the user (on the start and results pages).
pub fn import_button(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let import = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let ctx = ctx.clone();
            // The lighter program hands the file to the whole one, which may still have to load.
            if cfg!(not(feature = "results")) {
                ctx.dispatch(crate::state::Action::Notify(
                    crate::state::Notice::OpeningFile,
                ));
            }
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(action) = browser::import_file(file, browser::today()).await {
                    ctx.dispatch(action);
                }
            });
        })
    };
    html! {
        <label class="secondary file-button">
            { t!(results.import_answers_json_file).get(lang) }
            <input type="file" accept=".json,application/json" class="visually-hidden" data-import="profile" onchange={import} />
        </label>
    }
}
