//! The wizard's state and its one reducer. Pure: no browser calls here, so it is tested natively.
//! Local storage, the URL fragment, files and the clock sit at the browser edge, in `browser`.
//!
//! Rooms: `settings` (what is remembered besides the answers), `links` (the start page's links),
//! `reducer` (the one `Reducible`), `startup` (which answers the app starts with: the pure
//! decision behind `browser::initial_state`).

mod links;
mod reducer;
mod settings;
pub mod startup;
#[cfg(test)]
mod tests;

pub use links::{example_in_link, example_link, start_in_link, START_LINK};
pub use settings::Settings;

use std::rc::Rc;
use yc_engine::eval::relevant_given;
use yc_engine::eval::{evaluate_with, Assessment};
use yc_engine::factmap::FactMap;
use yc_engine::input::InputError;
use yc_engine::params;
use yc_engine::profile::LoadIssue;
use yc_engine::questions::{question, Step};
use yc_engine::{Date, Fact, Lang, Profile, Value};
use yew::Reducible;

/// Which page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Start,
    Step(Step),
    Review,
    Results,
}

/// Where a loaded profile came from (for the message shown after loading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Link,
    Saved,
    File,
    Example,
}

impl Origin {
    const ALL: [Origin; 4] = [Origin::Link, Origin::Saved, Origin::File, Origin::Example];

    /// A stable name for the origin (the two programs' handover carries it).
    pub fn code(self) -> &'static str {
        match self {
            Origin::Link => "link",
            Origin::Saved => "saved",
            Origin::File => "file",
            Origin::Example => "example",
        }
    }

    /// The origin with this name, if any.
    pub fn from_code(code: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// A message shown at the top of the page until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A profile was loaded; some answers could not be kept.
    Loaded {
        origin: Origin,
        issues: Vec<LoadIssue>,
    },
    /// A document or link could not be read at all; nothing was changed.
    Refused { origin: Origin, cause: Refusal },
    /// The saved answers in this browser were unreadable and were set aside.
    SavedCorrupt,
    /// The share link was copied (or could not be: then the link is shown to copy by hand).
    LinkCopied(bool),
    /// Every answer was cleared; they can be brought back until the next answer.
    Cleared,
    /// The user left a step with questions unanswered: how many, and where to go back to.
    Skipped { step: Step, count: usize },
    /// A chosen file is being opened: the lighter program waits for the whole one, which reads
    /// answer files (`browser::import_file`).
    OpeningFile,
}

/// Why a document or link was refused: the engine's own error, turned into words where the
/// notice is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Document(yc_engine::document::LoadError),
    Link(yc_engine::link::FragmentError),
    /// The browser could not read the chosen file at all.
    Unreadable,
    /// The whole program, which reads answer files, could not be loaded (the lighter program
    /// carries no JSON reader).
    ProgramUnreachable,
}

impl Refusal {
    /// The cause in words.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::Document(e) => e.message(lang),
            Refusal::Link(e) => e.message(lang),
            Refusal::Unreadable => t!(state.file_could_not_read).get(lang).to_string(),
            Refusal::ProgramUnreachable => t!(state.file_program_unreachable).get(lang).to_string(),
        }
    }
}

/// Everything the app shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub profile: Profile,
    /// The assessment, recomputed whenever the profile changes.
    pub assessment: Rc<Assessment>,
    /// The questions worth showing for the profile, in order.
    pub relevant: Rc<Vec<Fact>>,
    /// Text typed into number and date fields, kept exactly as typed.
    pub drafts: FactMap<String>,
    /// Typed text that was refused; the previous valid answer (if any) stays in use.
    pub errors: FactMap<InputError>,
    /// Fields whose errors are shown (left or submitted once).
    pub touched: FactMap<()>,
    /// Money fields whose ledger-looking figure (`yuan_looking`) the person has been warned of
    /// once by "Next" and kept: the next "Next" moves on. Typing in the field asks again.
    pub confirmed: FactMap<()>,
    pub view: View,
    /// Whether the user reached the review page once (the wizard then offers "back to review").
    pub reviewed: bool,
    pub lang: Lang,
    /// 长者版: larger text, higher contrast, simpler layout.
    pub senior: bool,
    pub notice: Option<Notice>,
    /// Bumped on every navigation, so the page can move focus to the new heading.
    pub nav_seq: u32,
    /// "Start over" was asked for and waits for confirmation.
    pub confirm_start_over: bool,
    /// Money fields switched from 万元 (the default) to 元; remembered in this browser.
    pub yuan_fields: Vec<Fact>,
    /// A share link's answers waiting for the user's choice (this browser holds other answers).
    pub pending_link: Option<Box<(Profile, Vec<LoadIssue>)>>,
    /// Whether the last navigation came from the browser's Back or Forward (then it must not
    /// add a history entry of its own).
    pub from_history: bool,
    /// The answers as they were before "start over", until the next answer.
    pub undo: Option<Box<Profile>>,
    /// Whether the words of the page's language (its texts file) are installed: until they are,
    /// or when they cannot be had, the app shows only its boot page (loading, or why not and
    /// "try again"), whose few words are compiled in.
    pub texts: Texts,
    /// A language asked for whose texts file is on its way: the page stays in `lang` until it
    /// has arrived, then switches (or shows the boot page in it, when it cannot be had).
    pub pending_lang: Option<Lang>,
    /// Bumped by "try again", so the page fetches the texts file once more.
    pub texts_attempt: u32,
    /// The served app or the single-file edition (the start page says which).
    pub edition: Edition,
    /// Whether this browser keeps the autosave (the start page says when it does not).
    pub can_save: bool,
    /// A new deployment has been downloaded and waits to be switched to.
    pub update_ready: bool,
    /// The enterprise's name for the printed summary (typed in the save-and-share menu; never
    /// saved, never in a link).
    pub print_name: String,
    /// Whether print includes the programmes that do not apply.
    pub print_not_eligible: bool,
    /// The page runs in a WeChat mini-program's web-view (凤城科技通): sharing goes through its
    /// ··· menu, and downloads and printing are not available there.
    pub mini_program: bool,
    /// The page runs in WeChat's own in-app browser (a link opened in a chat, not the
    /// mini-program): it ignores downloads and printing too.
    pub wechat_browser: bool,
    /// The exported answers shown as text to copy (where downloads are blocked).
    pub export_shown: bool,
    /// "How to print from the mini-program" was asked for.
    pub print_help: bool,
}

/// Which build of the app this page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// Served from a web host.
    Web,
    /// The single file (`dist/standalone/yinchuan-policy-calculator.html`), opened from disk.
    Standalone,
}

/// Where the long texts of the page's language stand. In the browser they come from
/// `texts-<lang>-<hash>.txt`, fetched beside the Wasm (index.html preloads the file of the
/// visitor's language, so it is usually there before the app starts); switching the language
/// fetches the other file the first time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    Loading,
    Ready,
    Failed(TextsFailure),
}

/// Where the long texts of `lang` stand before anything is fetched.
fn texts_for(lang: Lang) -> Texts {
    if yc_engine::text::installed(lang) {
        Texts::Ready
    } else {
        Texts::Loading
    }
}

/// Why the long texts could not be installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextsFailure {
    /// The file did not arrive (no network, blocked, not found).
    Unreachable,
    /// The file arrived but is not this build's (a stale cache) or is damaged.
    Refused(yc_engine::text::DataError),
}

impl TextsFailure {
    /// What went wrong, and what the user can do, in words.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            TextsFailure::Unreachable => t!(boot.texts_unreachable).get(lang),
            TextsFailure::Refused(e) => e.message(lang),
        }
    }
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A choice was made (yes/no, option, set).
    Answer(Fact, Value),
    /// Text was typed into a number or date field.
    Typed(Fact, String),
    /// A field lost focus: show its error, if any.
    Touch(Fact),
    /// Remove an answer.
    Clear(Fact),
    SetAssessmentDate(Date),
    Go(View),
    /// Next step; refused (errors shown) while a field of the current step has an error.
    Next,
    Back,
    /// Replace the profile with a loaded one.
    /// Replace the profile with a loaded one and show `view` (`None`: resume where the answers
    /// stop, at the step of the next unanswered question).
    Load {
        profile: Profile,
        issues: Vec<LoadIssue>,
        origin: Origin,
        view: Option<View>,
    },
    Notify(Notice),
    DismissNotice,
    /// Ask to forget every answer: a confirmation is shown first.
    AskStartOver,
    /// Keep the answers after all.
    CancelStartOver,
    /// Forget every answer (keeps language and mode); they can be brought back with `Undo`.
    StartOver(Date),
    /// Bring back the answers cleared by the last "start over".
    Undo,
    /// A share link was opened in a browser that holds other answers: load those (`saved`) and
    /// keep the link's aside until the user chooses.
    OfferLink {
        saved: Box<Action>,
        profile: Profile,
        issues: Vec<LoadIssue>,
    },
    /// Open the link's answers, replacing this browser's.
    AcceptLink,
    /// A money field's unit: 万元 (`true`, the default) or 元. Text already typed is read again.
    SetMoneyUnit(Fact, bool),
    /// The money fields in 元, restored from this browser.
    MoneyUnitsLoaded(Vec<Fact>),
    /// Keep this browser's answers and forget the link's.
    DeclineLink,
    /// The browser's Back or Forward reached a view of this app's history.
    HistoryGo(View),
    SetLang(Lang),
    SetSenior(bool),
    /// A language's long-text file was installed, or could not be.
    TextsArrived(Lang, Result<(), TextsFailure>),
    /// Fetch the long-text file again.
    RetryTexts,
    /// The service worker has downloaded a new deployment.
    UpdateReady,
    /// The enterprise's name for the printed summary.
    SetPrintName(String),
    /// Print the programmes that do not apply too.
    SetPrintNotEligible(bool),
    /// Show the exported answers as text (the mini-program blocks downloads).
    ShowExport,
    /// Say how to print from the mini-program.
    ShowPrintHelp,
}

impl AppState {
    pub fn new(today: Date, lang: Lang, senior: bool) -> AppState {
        let profile = Profile::new(today);
        let assessment = Rc::new(evaluate_with(
            &profile,
            &params::in_force(profile.assessment_date),
        ));
        let relevant = Rc::new(relevant_given(&profile, &assessment));
        AppState {
            profile,
            assessment,
            relevant,
            drafts: FactMap::new(),
            errors: FactMap::new(),
            touched: FactMap::new(),
            confirmed: FactMap::new(),
            view: View::Start,
            reviewed: false,
            lang,
            senior,
            notice: None,
            nav_seq: 0,
            confirm_start_over: false,
            yuan_fields: Vec::new(),
            pending_link: None,
            from_history: false,
            undo: None,
            texts: texts_for(lang),
            pending_lang: None,
            texts_attempt: 0,
            edition: Edition::Web,
            can_save: true,
            update_ready: false,
            print_name: String::new(),
            print_not_eligible: false,
            mini_program: false,
            wechat_browser: false,
            export_shown: false,
            print_help: false,
        }
    }

    /// The state the start page is prerendered from (`yc-prerender`, at build time): a first visit
    /// to the served app in Chinese, nothing saved, on `today`.
    pub fn prerender(today: Date) -> AppState {
        AppState::new(today, Lang::Zh, false)
    }

    /// Whether a money field reads bare numbers in 万元 (the default) rather than 元.
    pub fn in_wan(&self, fact: Fact) -> bool {
        fact.def().kind == yc_engine::facts::Kind::Money && !self.yuan_fields.contains(&fact)
    }

    /// Reads typed text for a fact: money in the field's unit, anything else as the engine reads it.
    pub fn parse_typed(&self, fact: Fact, text: &str) -> Result<Value, InputError> {
        if self.in_wan(fact) {
            yc_engine::input::parse_money_in_wan(text).map(Value::Money)
        } else {
            Value::parse_text(fact, text)
        }
    }

    /// Switches the page to `lang` at once when its words are `installed`, or asks for its texts
    /// file first (`pending_lang`). The answers are assessed again on a switch: a message of the
    /// results is written in both languages when it is made, and a language whose file was not
    /// yet installed then reads empty.
    pub(crate) fn switch_lang(&mut self, lang: Lang, installed: bool) {
        if installed {
            self.pending_lang = None;
            if self.lang != lang || self.texts != Texts::Ready {
                self.lang = lang;
                self.texts = Texts::Ready;
                self.reassess();
            }
        } else if lang == self.lang {
            // The page's own language is the one missing (it failed): fetch it again.
            self.pending_lang = None;
            self.texts = Texts::Loading;
            self.texts_attempt = self.texts_attempt.wrapping_add(1);
        } else {
            self.pending_lang = Some(lang);
        }
    }

    /// A texts file arrived (or did not) for `lang`.
    pub(crate) fn texts_arrived(&mut self, lang: Lang, outcome: Result<(), TextsFailure>) {
        if self.pending_lang == Some(lang) || (self.pending_lang.is_none() && self.lang == lang) {
            let was_ready = self.texts == Texts::Ready && self.lang == lang;
            self.pending_lang = None;
            self.lang = lang;
            self.texts = match outcome {
                Ok(()) => Texts::Ready,
                Err(failure) => Texts::Failed(failure),
            };
            if self.texts == Texts::Ready && !was_ready {
                self.reassess();
            }
        }
        // Otherwise a file the page no longer waits for: installed all the same (a later switch
        // to that language is then immediate), but it changes nothing on the page.
    }

    pub(crate) fn reassess(&mut self) {
        let params = params::in_force_shared(self.profile.assessment_date);
        self.assessment = Rc::new(evaluate_with(&self.profile, &params));
        self.relevant = Rc::new(relevant_given(&self.profile, &self.assessment));
    }

    /// The relevant questions of a step.
    pub fn questions_of(&self, step: Step) -> Vec<Fact> {
        self.relevant
            .iter()
            .copied()
            .filter(|f| question(*f).step == step)
            .collect()
    }

    /// The steps that have at least one question worth showing.
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL
            .iter()
            .copied()
            .filter(|s| !self.questions_of(*s).is_empty())
            .collect()
    }

    /// Where a step stands in the questionnaire, counted over the steps that can still hold a
    /// question for these answers (one whose routing has not been ruled out): "step 2 of 8". A
    /// step the answers leave empty for now is passed over but still counted, so the total does
    /// not shrink under the user's eyes as verdicts settle; it changes only when an answer rules
    /// a whole step out (an enterprise outside Yinchuan).
    pub fn step_position(&self, step: Step) -> (usize, usize) {
        let possible: Vec<Step> = Step::ALL
            .iter()
            .copied()
            .filter(|s| {
                *s == step
                    || yc_engine::questions::QUESTIONS.iter().any(|q| {
                        q.step == *s
                            && q.ask_if.is_none_or(|c| {
                                c.truth(&self.profile) != yc_engine::cond::Truth::NotMet
                            })
                    })
            })
            .collect();
        let position = possible
            .iter()
            .position(|s| *s == step)
            .map_or(1, |i| i + 1);
        (position, possible.len().max(position))
    }

    /// The number of relevant questions answered, and of relevant questions.
    pub fn progress(&self) -> (usize, usize) {
        let answered = self
            .relevant
            .iter()
            .filter(|f| self.profile.is_responded(**f))
            .count();
        (answered, self.relevant.len())
    }

    /// The yuan reading of a money field's typed text, when that text looks like a ledger figure
    /// in yuan typed into a field read in 万元 (`2600000` would be 260亿元): the field offers the
    /// yuan reading in one tap, and "Next" stops once on it.
    pub fn yuan_looking(&self, fact: Fact) -> Option<rust_decimal::Decimal> {
        if !self.in_wan(fact) {
            return None;
        }
        yc_engine::input::yuan_looking(self.drafts.get(fact)?)
    }

    /// The fields of a step that "Next" should stop on once: a refused text, or a ledger-looking
    /// amount not yet confirmed.
    pub fn to_check(&self, step: Step) -> Vec<Fact> {
        self.questions_of(step)
            .into_iter()
            .filter(|f| {
                self.errors.contains(*f)
                    || (self.yuan_looking(*f).is_some() && !self.confirmed.contains(*f))
            })
            .collect()
    }

    /// The error to show next to a field, if any.
    pub fn visible_error(&self, fact: Fact) -> Option<&InputError> {
        self.errors
            .get(fact)
            .filter(|_| self.touched.contains(fact))
    }

    fn go(&mut self, view: View) {
        self.from_history = false;
        if view == View::Review {
            self.reviewed = true;
        }
        self.view = view;
        self.nav_seq = self.nav_seq.wrapping_add(1);
    }

    fn next_view(&self, from: Step) -> View {
        self.steps()
            .into_iter()
            .find(|s| *s > from)
            .map(View::Step)
            .unwrap_or(View::Review)
    }

    /// The questionnaire's last step (where Back from the review page goes), or the start page
    /// when no step has a question.
    pub fn last_step_view(&self) -> View {
        self.steps()
            .last()
            .copied()
            .map(View::Step)
            .unwrap_or(View::Start)
    }

    fn previous_view(&self, from: Step) -> View {
        self.steps()
            .into_iter()
            .rev()
            .find(|s| *s < from)
            .map(View::Step)
            .unwrap_or(View::Start)
    }

    /// The first step to show: the step of the next question without a response, else the
    /// first step.
    pub fn first_view(&self) -> View {
        let next = self
            .relevant
            .iter()
            .find(|f| !self.profile.is_responded(**f));
        match next {
            Some(f) => View::Step(question(*f).step),
            None if self.profile.answers().next().is_some() => View::Review,
            None => self
                .steps()
                .first()
                .copied()
                .map(View::Step)
                .unwrap_or(View::Review),
        }
    }
}

impl View {
    /// A stable name for the view, kept in the browser's history and with the autosave.
    pub fn code(self) -> String {
        match self {
            View::Start => "start".into(),
            View::Step(step) => format!("step:{}", step.code()),
            View::Review => "review".into(),
            View::Results => "results".into(),
        }
    }

    /// The view with this name, if any.
    pub fn from_code(code: &str) -> Option<View> {
        Some(match code {
            "start" => View::Start,
            "review" => View::Review,
            "results" => View::Results,
            // The guideline preview, a page of this app until it moved to the staff workbench:
            // a saved visit to it comes back to the results.
            "guideline" => View::Results,
            other => View::Step(Step::from_code(other.strip_prefix("step:")?)?),
        })
    }
}
