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
    /// The figures last derived, with their date: the start-up takes them from the page
    /// ([`StartFigures::adopt`]) or derives them in a task of its own before the app's first
    /// render (lib.rs: `start_now`), which then only reads them.
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

    /// The figures as the build writes them into the page (the boot tag's
    /// `data-start-figures`, `keys::START_FIGURES`), with the days they hold on: from `today`,
    /// every day the engine gives the same, up to two years on (`yc-prerender`):
    /// `FROM UNTIL FEWEST MOST ALWAYS IF_ANY`, the facts by id, comma-separated, `-` for none.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn for_page(today: yc_engine::Date) -> String {
        let figures = yc_engine::start_figures(today);
        let mut until = today;
        for _ in 0..PAGE_DAYS {
            let next = until.next_day();
            if yc_engine::start_figures(next) != figures {
                break;
            }
            until = next;
        }
        let ids = |facts: &[yc_engine::Fact]| match facts {
            [] => "-".to_string(),
            _ => facts.iter().map(|f| f.id()).collect::<Vec<_>>().join(","),
        };
        format!(
            "{today} {until} {} {} {} {}",
            figures.fewest,
            figures.most,
            ids(&figures.always),
            ids(&figures.if_any)
        )
    }

    /// Takes the figures the page carries ([`StartFigures::for_page`]) as those of `date`, when
    /// they hold on it: the start-up then evaluates no example enterprise. False, and nothing
    /// taken, when they do not hold on `date` or do not read.
    pub fn adopt(page: &str, date: yc_engine::Date) -> bool {
        let Some(figures) = read_page(page, date) else {
            return false;
        };
        LAST.set(Some((date, StartFigures(figures))));
        true
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

/// How far ahead the build checks the figures it writes into the page: two years.
#[cfg(not(target_arch = "wasm32"))]
const PAGE_DAYS: u32 = 731;

/// The figures a page carries ([`StartFigures::for_page`]), if they hold on `date`.
fn read_page(page: &str, date: yc_engine::Date) -> Option<yc_engine::StartFigures> {
    let mut parts = page.split(' ');
    let from = yc_engine::Date::parse_iso(parts.next()?)?;
    let until = yc_engine::Date::parse_iso(parts.next()?)?;
    if date < from || date > until {
        return None;
    }
    let fewest = parts.next()?.parse().ok()?;
    let most = parts.next()?.parse().ok()?;
    let facts = |ids: &str| -> Option<Vec<yc_engine::Fact>> {
        match ids {
            "-" => Some(Vec::new()),
            _ => ids.split(',').map(yc_engine::Fact::from_id).collect(),
        }
    };
    let always = facts(parts.next()?)?;
    let if_any = facts(parts.next()?)?;
    parts.next().is_none().then_some(yc_engine::StartFigures {
        fewest,
        most,
        always,
        if_any,
    })
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

#[cfg(test)]
mod tests {
    use super::{read_page, StartFigures};
    use yc_engine::Date;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_figures_the_build_writes_are_the_engines_on_every_day_they_hold_on() {
        let today = Date::new(2026, 12, 7).unwrap();
        let page = StartFigures::for_page(today);
        let until = Date::parse_iso(page.split(' ').nth(1).unwrap()).unwrap();
        assert!(until > today.add_years(1), "{page}");
        for day in [today, today.next_day(), until] {
            assert_eq!(
                read_page(&page, day),
                Some(yc_engine::start_figures(day)),
                "{page} on {day}"
            );
        }
        // Not before the build's day, nor after the last day checked.
        let before = Date::new(2026, 12, 6).unwrap();
        assert_eq!(read_page(&page, before), None);
        assert_eq!(read_page(&page, until.next_day()), None);
    }

    #[test]
    fn figures_that_do_not_read_are_not_taken() {
        let day = Date::new(2026, 12, 7).unwrap();
        let good = "2026-12-07 2026-12-08 7 9 employees,revenue -";
        assert!(read_page(good, day).is_some());
        for bad in [
            "",
            "2026-12-07",
            "2026-12-07 2026-12-08 7 9 employees,revenue",
            "2026-12-07 2026-12-08 7 9 employees,revenue - extra",
            "2026-12-07 2026-12-08 x 9 employees -",
            "2026-12-07 2026-12-08 7 9 employees,no_such_fact -",
            "2026-12-07 2026-12-08 7 9 , -",
            "2026-13-07 2026-12-08 7 9 employees -",
            "2026-12-08 2026-12-07 7 9 employees -",
        ] {
            assert_eq!(read_page(bad, day), None, "{bad:?}");
            assert!(!StartFigures::adopt(bad, day), "{bad:?}");
        }
    }

    #[test]
    fn figures_taken_from_the_page_are_the_ones_the_page_shows() {
        let day = Date::new(2026, 12, 7).unwrap();
        assert!(StartFigures::adopt(
            "2026-12-07 2026-12-07 7 9 employees hnte_date",
            day
        ));
        let taken = StartFigures::on(day);
        assert_eq!((taken.fewest, taken.most), (7, 9));
        assert_eq!(taken.always, vec![yc_engine::Fact::Employees]);
        assert_eq!(taken.if_any, vec![yc_engine::Fact::HnteDate]);
        // Another day is derived by the engine.
        let next = StartFigures::on(day.next_day());
        assert_eq!(*next, yc_engine::start_figures(day.next_day()));
    }
}
