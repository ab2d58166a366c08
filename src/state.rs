//! The wizard's state and its one reducer. Pure: no browser calls here, so it is tested natively.
//! Local storage, the URL fragment, files and the clock sit at the browser edge, in `browser.rs`.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yc_engine::eval::relevant_given;
use yc_engine::eval::{evaluate_with, Assessment};
use yc_engine::facts::FactMap;
use yc_engine::input::InputError;
use yc_engine::params::{self, Draft, DraftValue, Unit};
use yc_engine::profile::LoadIssue;
use yc_engine::questions::{question, Step};
use yc_engine::{Date, Fact, Lang, Profile, Value};
use yew::Reducible;

/// What the app remembers besides the answers: the language and 长者版. Stored as JSON through
/// gloo-storage, `{"lang":"en","senior":true}` (the form earlier releases wrote by hand). Reading
/// is lenient field by field: a missing or unreadable field keeps its default (Chinese, standard),
/// and text that is not an object gives the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Settings {
    pub lang: Lang,
    pub senior: bool,
}

/// Reading settings with one `deserialize_any` visitor instead of the derived one keeps the
/// browser bundle smaller (measured in docs/benchmarks.md): the derive brings serde_json's typed
/// paths and their "invalid type" messages, which nothing else in the app needs.
impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Settings, D::Error> {
        Ok(match d.deserialize_any(Stored)? {
            StoredValue::Object(settings) => settings,
            _ => Settings::default(),
        })
    }
}

/// Any stored JSON value, reduced to what settings can use.
struct Stored;

enum StoredValue {
    Object(Settings),
    Text(String),
    Flag(bool),
    Other,
}

impl<'de> de::DeserializeSeed<'de> for Stored {
    type Value = StoredValue;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<StoredValue, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Stored {
    type Value = StoredValue;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("settings")
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<StoredValue, E> {
        Ok(StoredValue::Flag(b))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<StoredValue, E> {
        Ok(StoredValue::Text(s.to_string()))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<StoredValue, E> {
        Ok(StoredValue::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StoredValue, A::Error> {
        while seq.next_element_seed(Stored)?.is_some() {}
        Ok(StoredValue::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredValue, A::Error> {
        let mut settings = Settings::default();
        while let Some(key) = map.next_key::<String>()? {
            match (key.as_str(), map.next_value_seed(Stored)?) {
                ("lang", StoredValue::Text(l)) if l == "en" => settings.lang = Lang::En,
                ("lang", StoredValue::Text(l)) if l == "zh" => settings.lang = Lang::Zh,
                ("senior", StoredValue::Flag(on)) => settings.senior = on,
                _ => {}
            }
        }
        Ok(StoredValue::Object(settings))
    }
}

/// Which page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Start,
    Step(Step),
    Review,
    Results,
    /// The guideline preview (for bureau staff): try the values of a guideline not published yet.
    Guideline,
}

/// Where a loaded profile came from (for the message shown after loading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Link,
    Saved,
    File,
    Example,
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
}

/// Why a document or link was refused: the engine's own error, turned into words where the
/// notice is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Document(yc_engine::profile::LoadError),
    Link(yc_engine::link::FragmentError),
    /// The browser could not read the chosen file at all.
    Unreadable,
}

impl Refusal {
    /// The cause in words.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::Document(e) => e.message(lang),
            Refusal::Link(e) => e.message(lang),
            Refusal::Unreadable => t!(state.file_could_not_read).get(lang).to_string(),
        }
    }
}

/// The link of an example enterprise (`#example=<id>`): the start page's examples are real links,
/// so one followed before the app has started, or opened in a new tab, still ends on the
/// example's results. Its answers are filled in on the day it is opened (relative years), which a
/// share link written at build time could not do.
pub fn example_link(id: &str) -> String {
    format!("#example={id}")
}

/// The link the start page's 开始 button follows when it is tapped before the app has started
/// (index.html's boot script): the app opens the questionnaire where it would have, once it runs.
pub const START_LINK: &str = "#start";

/// Whether a link is the start page's 开始 (`#start`, with or without the `#`).
pub fn start_in_link(hash: &str) -> bool {
    hash.strip_prefix('#').unwrap_or(hash) == &START_LINK[1..]
}

/// The example a link names (`#example=<id>`, with or without the `#`), if any.
pub fn example_in_link(hash: &str) -> Option<&'static yc_engine::examples::Example> {
    let id = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("example=")?;
    yc_engine::examples::EXAMPLES.iter().find(|ex| ex.id == id)
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
    /// Guideline values typed on the preview page, as typed (parameter id, text). They stay in
    /// this browser until cleared and never travel in a share link.
    pub guideline: Vec<(&'static str, String)>,
    /// Guideline values that were refused, with why.
    pub guideline_errors: Vec<(&'static str, InputError)>,
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
    /// Whether the engine's long texts (notes, next steps, clause texts) can be read in the
    /// page's language: the results and the guideline preview wait for them.
    pub texts: Texts,
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
            TextsFailure::Unreachable => t!(state.policy_texts_could_not_loaded).get(lang),
            TextsFailure::Refused(e) => e.message(lang),
        }
    }
}

/// How the preview marks a draft value's source (it is no published document).
pub const DRAFT_SOURCE: &str = "指南参数草稿（未发布） / draft guideline value (not published)";

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
    /// A guideline value was typed on the preview page (empty text removes it).
    GuidelineTyped(&'static str, String),
    /// Replace every guideline value (restored from this browser).
    GuidelineLoaded(Vec<(&'static str, String)>),
    /// Forget every guideline value.
    ClearGuideline,
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
            guideline: Vec::new(),
            guideline_errors: Vec::new(),
            confirm_start_over: false,
            yuan_fields: Vec::new(),
            pending_link: None,
            from_history: false,
            undo: None,
            texts: texts_for(lang),
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

    /// The guideline values that parse, as an engine draft in force from the assessment date.
    pub fn guideline_draft(&self) -> Draft {
        let from = self.profile.assessment_date;
        Draft {
            histories: self
                .guideline
                .iter()
                .filter_map(|(id, text)| {
                    let value = parse_guideline(id, text).ok()?;
                    Some((
                        *id,
                        vec![DraftValue {
                            from,
                            value: value.to_string(),
                            source: DRAFT_SOURCE.to_string(),
                        }],
                    ))
                })
                .collect(),
        }
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

    /// Whether draft guideline values are in use (every result then says so).
    pub fn has_draft(&self) -> bool {
        !self.guideline_draft().histories.is_empty()
    }

    fn reassess(&mut self) {
        let draft = self.guideline_draft();
        self.guideline_errors = self
            .guideline
            .iter()
            .filter_map(|(id, text)| parse_guideline(id, text).err().map(|e| (*id, e)))
            .collect();
        // Values the text rules out (a software-firm rate above the general rate, §2.1): the
        // engine leaves them out of the evaluation; the preview says why next to the field.
        self.guideline_errors
            .extend(params::draft_refusals(self.profile.assessment_date, &draft));
        let params = params::in_force_with(self.profile.assessment_date, &draft);
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

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        // Answering again ends the chance to undo a "start over".
        if matches!(
            action,
            Action::Answer(..) | Action::Typed(..) | Action::Clear(_) | Action::Load { .. }
        ) {
            s.undo = None;
            if s.notice == Some(Notice::Cleared) {
                s.notice = None;
            }
        }
        // A notice that only said what just happened ("restored from the link", "copied") does
        // not follow the person to another page; warnings and what is still to be done stay.
        if matches!(
            action,
            Action::Go(_) | Action::Next | Action::Back | Action::HistoryGo(_)
        ) {
            let of_the_moment = matches!(&s.notice, Some(Notice::Loaded { issues, .. }) if issues.is_empty())
                || matches!(s.notice, Some(Notice::LinkCopied(_)));
            if of_the_moment {
                s.notice = None;
            }
        }
        match action {
            Action::Answer(fact, value) => {
                if s.profile.set(fact, value).is_ok() {
                    s.errors.remove(fact);
                    s.drafts.remove(fact);
                    s.reassess();
                }
            }
            Action::Typed(fact, text) => {
                s.confirmed.remove(fact);
                if text.trim().is_empty() {
                    s.drafts.remove(fact);
                    s.errors.remove(fact);
                    s.profile.clear(fact);
                } else {
                    match s.parse_typed(fact, &text) {
                        Ok(v) => {
                            s.errors.remove(fact);
                            let _ = s.profile.set(fact, v);
                        }
                        Err(e) => {
                            s.errors.insert(fact, e);
                        }
                    }
                    s.drafts.insert(fact, text);
                }
                s.reassess();
            }
            Action::Touch(fact) => {
                s.touched.insert(fact, ());
            }
            Action::Clear(fact) => {
                s.profile.clear(fact);
                s.drafts.remove(fact);
                s.errors.remove(fact);
                s.reassess();
            }
            Action::SetAssessmentDate(d) => {
                s.profile.assessment_date = d;
                s.reassess();
            }
            Action::Go(view) => s.go(view),
            Action::Next => {
                let target = match s.view {
                    View::Start => s.first_view(),
                    View::Step(step) => {
                        // A refused text blocks; a ledger-looking amount stops "Next" once (it
                        // is then confirmed, and the next "Next" moves on).
                        let check = s.to_check(step);
                        if !check.is_empty() {
                            for f in check {
                                s.touched.insert(f, ());
                                if !s.errors.contains(f) {
                                    s.confirmed.insert(f, ());
                                }
                            }
                            return Rc::new(s);
                        }
                        // Say how many were left, with a way back (the next page shows it).
                        let count = s
                            .questions_of(step)
                            .into_iter()
                            .filter(|f| !s.profile.is_responded(*f))
                            .count();
                        if count > 0 {
                            s.notice = Some(Notice::Skipped { step, count });
                        } else if matches!(s.notice, Some(Notice::Skipped { .. })) {
                            s.notice = None;
                        }
                        s.next_view(step)
                    }
                    View::Review => View::Results,
                    View::Results | View::Guideline => View::Results,
                };
                s.go(target);
            }
            Action::Back => {
                let target = match s.view {
                    View::Start => View::Start,
                    View::Step(step) => s.previous_view(step),
                    View::Review => s
                        .steps()
                        .last()
                        .copied()
                        .map(View::Step)
                        .unwrap_or(View::Start),
                    View::Results => View::Review,
                    View::Guideline => View::Results,
                };
                s.go(target);
            }
            Action::Load {
                profile,
                issues,
                origin,
                view,
            } => {
                s.profile = profile;
                s.drafts.clear();
                s.errors.clear();
                s.touched.clear();
                s.reassess();
                s.notice = (origin != Origin::Example || !issues.is_empty())
                    .then_some(Notice::Loaded { origin, issues });
                let view = view.unwrap_or_else(|| s.first_view());
                s.go(view);
            }
            Action::Notify(n) => s.notice = Some(n),
            Action::DismissNotice => s.notice = None,
            Action::HistoryGo(view) => {
                // A step with no question any more (answers changed since) falls back to the
                // nearest page that has one.
                let view = match view {
                    View::Step(step) if s.questions_of(step).is_empty() => s.first_view(),
                    other => other,
                };
                s.go(view);
                s.from_history = true;
            }
            Action::OfferLink {
                saved,
                profile,
                issues,
            } => {
                let loaded = Rc::new(s).reduce(*saved);
                s = (*loaded).clone();
                s.pending_link = Some(Box::new((profile, issues)));
            }
            Action::AcceptLink => {
                if let Some(link) = s.pending_link.take() {
                    let (profile, issues) = *link;
                    let loaded = Rc::new(s).reduce(Action::Load {
                        profile,
                        issues,
                        origin: Origin::Link,
                        view: Some(View::Results),
                    });
                    s = (*loaded).clone();
                }
            }
            Action::DeclineLink => s.pending_link = None,
            Action::SetMoneyUnit(fact, wan) => {
                s.yuan_fields.retain(|f| *f != fact);
                if !wan {
                    s.yuan_fields.push(fact);
                }
                if let Some(text) = s.drafts.get(fact).cloned() {
                    return Rc::new(s).reduce(Action::Typed(fact, text));
                }
            }
            Action::MoneyUnitsLoaded(facts) => s.yuan_fields = facts,
            Action::AskStartOver => s.confirm_start_over = true,
            Action::CancelStartOver => s.confirm_start_over = false,
            Action::StartOver(today) => {
                let fresh = AppState::new(today, s.lang, s.senior);
                // Staff's draft guideline values are not answers: they stay.
                let guideline = std::mem::take(&mut s.guideline);
                let before = std::mem::replace(&mut s.profile, Profile::new(today));
                let had_answers = before.answers().next().is_some();
                s = AppState {
                    nav_seq: s.nav_seq.wrapping_add(1),
                    guideline,
                    undo: had_answers.then(|| Box::new(before)),
                    notice: Some(Notice::Cleared),
                    ..fresh
                };
                s.reassess();
            }
            Action::Undo => {
                if let Some(before) = s.undo.take() {
                    s.profile = *before;
                    s.notice = None;
                    s.reassess();
                    let view = s.first_view();
                    s.go(view);
                }
            }
            Action::GuidelineTyped(id, text) => {
                s.guideline.retain(|(k, _)| *k != id);
                if !text.trim().is_empty() {
                    s.guideline.push((id, text));
                }
                s.reassess();
            }
            Action::GuidelineLoaded(values) => {
                s.guideline = values;
                s.reassess();
            }
            Action::ClearGuideline => {
                s.guideline.clear();
                s.reassess();
            }
            Action::SetLang(lang) => {
                s.lang = lang;
                s.texts = texts_for(lang);
            }
            Action::SetSenior(on) => s.senior = on,
            // A file that arrives after the language changed again is installed all the same,
            // but says nothing about the page's language.
            Action::TextsArrived(lang, outcome) if lang == s.lang => {
                s.texts = match outcome {
                    Ok(()) => Texts::Ready,
                    Err(failure) => Texts::Failed(failure),
                };
            }
            Action::TextsArrived(..) => {}
            Action::UpdateReady => s.update_ready = true,
            Action::SetPrintName(name) => s.print_name = name,
            Action::SetPrintNotEligible(on) => s.print_not_eligible = on,
            Action::ShowExport => s.export_shown = true,
            Action::ShowPrintHelp => s.print_help = true,
            Action::RetryTexts => {
                s.texts = Texts::Loading;
                s.texts_attempt = s.texts_attempt.wrapping_add(1);
            }
        }
        Rc::new(s)
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
            View::Guideline => "guideline".into(),
        }
    }

    /// The view with this name, if any.
    pub fn from_code(code: &str) -> Option<View> {
        Some(match code {
            "start" => View::Start,
            "review" => View::Review,
            "results" => View::Results,
            "guideline" => View::Guideline,
            other => View::Step(Step::from_code(other.strip_prefix("step:")?)?),
        })
    }
}

/// Parses a guideline value as the questionnaire parses money (`50万`, `1,234.5`) or a
/// percentage (`10`, `12.5%`), by the parameter's unit.
pub fn parse_guideline(id: &str, text: &str) -> Result<rust_decimal::Decimal, InputError> {
    match params::def(id).map(|d| d.unit) {
        Some(Unit::Yuan) => yc_engine::input::parse_money(text),
        Some(Unit::Percent) => yc_engine::input::parse_percent(text),
        _ => Err(InputError::WrongType),
    }
}

/// The draft values as lines for `policy/parameters.toml` (docs/policy-data.md), for the
/// maintainers. The source is left empty on purpose: the file refuses a value without one, so
/// whoever enters it must name the guideline's document and article.
pub fn guideline_snippet(state: &AppState) -> String {
    let mut out = format!(
        "# 指南参数草稿（未发布），{} 导出。填入 policy/parameters.toml 对应参数的 values，并写明 source（指南文号和条款）。\n# Draft guideline values (not published), exported {}. Put them in the parameter's values in policy/parameters.toml and fill in the source (the guideline's number and article).\n",
        state.profile.assessment_date, state.profile.assessment_date
    );
    for (id, values) in state.guideline_draft().histories {
        for v in values {
            out.push_str(&format!(
                "\n# {id}\n  {{ from = \"{}\", value = \"{}\", source = \"\" }},\n",
                v.from, v.value
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 26).unwrap()
    }

    fn run(actions: Vec<Action>) -> Rc<AppState> {
        let mut s = Rc::new(AppState::new(today(), Lang::Zh, false));
        for a in actions {
            s = s.reduce(a);
        }
        s
    }

    #[test]
    fn a_ledger_figure_in_a_wan_field_stops_next_once_and_reads_in_yuan_in_one_tap() {
        use yc_engine::questions::question;
        let step = question(Fact::RdExpense).step;
        let typed = run(vec![
            Action::Go(View::Step(step)),
            Action::Typed(Fact::RdExpense, "2600000".into()),
        ]);
        assert_eq!(
            typed.yuan_looking(Fact::RdExpense),
            Some(rust_decimal::Decimal::from(2_600_000))
        );
        assert_eq!(typed.to_check(step), vec![Fact::RdExpense]);
        // The first "Next" stays; the second, with nothing changed, moves on.
        let once = typed.clone().reduce(Action::Next);
        assert_eq!(once.view, View::Step(step));
        assert!(once.to_check(step).is_empty());
        let twice = once.clone().reduce(Action::Next);
        assert_ne!(twice.view, View::Step(step));
        // Typing again asks again.
        let retyped = once.reduce(Action::Typed(Fact::RdExpense, "26000000".into()));
        assert_eq!(retyped.to_check(step), vec![Fact::RdExpense]);
        // One tap reads it in yuan: 2,600,000 yuan, nothing more to check.
        let fixed = typed.reduce(Action::SetMoneyUnit(Fact::RdExpense, false));
        assert_eq!(
            fixed.profile.get(Fact::RdExpense),
            Some(&Value::Money(rust_decimal::Decimal::from(2_600_000)))
        );
        assert_eq!(fixed.yuan_looking(Fact::RdExpense), None);
        assert!(fixed.to_check(step).is_empty());
        // An amount with its unit is what it says.
        let with_unit = run(vec![Action::Typed(Fact::RdExpense, "260000万".into())]);
        assert_eq!(with_unit.yuan_looking(Fact::RdExpense), None);
    }

    #[test]
    fn a_notice_of_what_just_happened_does_not_follow_to_another_page() {
        let mut s = AppState::new(today(), Lang::Zh, false);
        s.notice = Some(Notice::Loaded {
            origin: Origin::Link,
            issues: Vec::new(),
        });
        s.view = View::Results;
        let s = Rc::new(s).reduce(Action::Go(View::Review));
        assert_eq!(
            s.notice, None,
            "restored-from is said once, where it happened"
        );
        let mut t = (*s).clone();
        t.notice = Some(Notice::SavedCorrupt);
        let t = Rc::new(t).reduce(Action::Go(View::Results));
        assert_eq!(
            t.notice,
            Some(Notice::SavedCorrupt),
            "a warning stays until dismissed"
        );
    }

    #[test]
    fn the_start_link_is_only_start_and_leads_where_start_does() {
        assert!(start_in_link("#start") && start_in_link("start"));
        assert!(
            !start_in_link("#started") && !start_in_link("#example=start") && !start_in_link("")
        );
        assert!(example_in_link(START_LINK).is_none());
        // What browser::initial_state does with it: back to the start page, then 开始.
        let fresh = run(vec![Action::Go(View::Start), Action::Next]);
        assert_eq!(fresh.view, fresh.first_view());
        assert!(matches!(fresh.view, View::Step(_)));
    }

    #[test]
    fn not_sure_counts_as_responded_and_clearing_takes_it_back() {
        let s = run(vec![Action::Answer(
            Fact::Location,
            Value::Choice("jinfeng"),
        )]);
        let (before, _) = s.progress();
        let f = *s
            .relevant
            .iter()
            .find(|f| !s.profile.is_responded(**f))
            .expect("an open question");
        let s = s.reduce(Action::Answer(f, Value::Unsure));
        assert_eq!(s.progress().0, before + 1, "a “not sure” is a response");
        assert!(s.profile.is_unsure(f) && !s.profile.is_answered(f));
        assert_ne!(
            s.relevant.iter().find(|g| !s.profile.is_responded(**g)),
            Some(&f),
            "the questionnaire moves on"
        );
        let s = s.reduce(Action::Clear(f));
        assert!(!s.profile.is_responded(f));
        assert_eq!(s.progress().0, before);
    }

    #[test]
    fn a_failed_texts_file_keeps_the_answers_and_can_be_fetched_again() {
        let s = run(vec![
            Action::Answer(Fact::Location, Value::Choice("jinfeng")),
            Action::TextsArrived(Lang::Zh, Err(TextsFailure::Unreachable)),
        ]);
        assert_eq!(s.texts, Texts::Failed(TextsFailure::Unreachable));
        assert!(
            s.profile.get(Fact::Location).is_some(),
            "nothing entered is lost"
        );
        assert!(!TextsFailure::Unreachable.message(Lang::En).is_empty());
        let attempt = s.texts_attempt;
        let again = s.reduce(Action::RetryTexts);
        assert_eq!(again.texts, Texts::Loading);
        assert_eq!(again.texts_attempt, attempt + 1);
        let ready = again.reduce(Action::TextsArrived(Lang::Zh, Ok(())));
        assert_eq!(ready.texts, Texts::Ready);
    }

    #[test]
    fn a_texts_file_of_another_language_than_the_page_changes_nothing() {
        let s = run(vec![Action::TextsArrived(
            Lang::Zh,
            Err(TextsFailure::Unreachable),
        )]);
        let late = s.clone().reduce(Action::TextsArrived(Lang::En, Ok(())));
        assert_eq!(
            late.texts, s.texts,
            "the English file does not make Chinese ready"
        );
        let english = s.reduce(Action::SetLang(Lang::En));
        // Natively every text is compiled in, so the other language is ready at once; in the
        // browser it is `Loading` until its file arrives (tests/e2e/texts.test.mjs).
        assert_eq!(english.texts, Texts::Ready);
        let failed = english.reduce(Action::TextsArrived(
            Lang::En,
            Err(TextsFailure::Unreachable),
        ));
        assert_eq!(failed.texts, Texts::Failed(TextsFailure::Unreachable));
        let back = failed.reduce(Action::SetLang(Lang::Zh));
        assert_eq!(back.lang, Lang::Zh);
        assert_eq!(back.texts, Texts::Ready);
    }

    #[test]
    fn money_fields_read_bare_numbers_in_wan_and_can_switch_to_yuan() {
        let s = run(vec![Action::Typed(Fact::Revenue, "150".into())]);
        assert_eq!(
            s.profile.number(Fact::Revenue),
            Some(rust_decimal::Decimal::from(1_500_000))
        );
        // Switching the field to 元 reads the same text again.
        let s = s.reduce(Action::SetMoneyUnit(Fact::Revenue, false));
        assert_eq!(
            s.profile.number(Fact::Revenue),
            Some(rust_decimal::Decimal::from(150))
        );
        assert!(!s.in_wan(Fact::Revenue));
        // An explicit unit always wins; counts are not money.
        let s = s
            .reduce(Action::SetMoneyUnit(Fact::Revenue, true))
            .reduce(Action::Typed(Fact::Revenue, "800元".into()))
            .reduce(Action::Typed(Fact::Employees, "30".into()));
        assert_eq!(
            s.profile.number(Fact::Revenue),
            Some(rust_decimal::Decimal::from(800))
        );
        assert_eq!(
            s.profile.number(Fact::Employees),
            Some(rust_decimal::Decimal::from(30))
        );
    }

    #[test]
    fn a_link_opened_over_other_answers_waits_for_the_users_choice() {
        let mut mine = Profile::new(today());
        mine.set(Fact::Location, Value::Choice("xixia")).unwrap();
        let mut theirs = Profile::new(today());
        theirs
            .set(Fact::Location, Value::Choice("jinfeng"))
            .unwrap();
        let offer = Action::OfferLink {
            saved: Box::new(Action::Load {
                profile: mine,
                issues: vec![],
                origin: Origin::Saved,
                view: None,
            }),
            profile: theirs,
            issues: vec![],
        };
        let s = run(vec![offer.clone()]);
        assert_eq!(s.profile.choice(Fact::Location), Some("xixia"), "mine stay");
        assert!(s.pending_link.is_some());
        let kept = s.clone().reduce(Action::DeclineLink);
        assert_eq!(kept.profile.choice(Fact::Location), Some("xixia"));
        assert!(kept.pending_link.is_none());
        let opened = s.reduce(Action::AcceptLink);
        assert_eq!(opened.profile.choice(Fact::Location), Some("jinfeng"));
        assert_eq!(opened.view, View::Results);
        assert!(opened.pending_link.is_none());
    }

    #[test]
    fn leaving_a_step_with_unanswered_questions_says_how_many() {
        let s = run(vec![
            Action::Go(View::Step(Step::Basics)),
            Action::Answer(Fact::Location, Value::Choice("jinfeng")),
            Action::Next,
        ]);
        let left = s
            .questions_of(Step::Basics)
            .into_iter()
            .filter(|f| !s.profile.is_answered(*f))
            .count();
        assert!(left > 0);
        assert_eq!(
            s.notice,
            Some(Notice::Skipped {
                step: Step::Basics,
                count: left
            })
        );
        assert_ne!(s.view, View::Step(Step::Basics), "it does move on");
    }

    #[test]
    fn views_have_stable_names_and_history_never_lands_on_an_empty_step() {
        for view in [View::Start, View::Review, View::Results, View::Guideline]
            .into_iter()
            .chain(Step::ALL.iter().map(|s| View::Step(*s)))
        {
            assert_eq!(View::from_code(&view.code()), Some(view));
        }
        assert_eq!(View::from_code("step:nowhere"), None);
        // Outside Yinchuan no later step has questions: Back/Forward to one falls back.
        let s = run(vec![
            Action::Answer(Fact::Location, Value::Choice("outside")),
            Action::HistoryGo(View::Step(Step::Talent)),
        ]);
        assert_ne!(s.view, View::Step(Step::Talent));
        assert!(s.from_history);
        let s = s.reduce(Action::Go(View::Results));
        assert!(!s.from_history);
    }

    #[test]
    fn start_over_asks_first_and_can_be_undone_until_the_next_answer() {
        let s = run(vec![
            Action::Answer(Fact::Location, Value::Choice("jinfeng")),
            Action::AskStartOver,
        ]);
        assert!(s.confirm_start_over);
        let s = s.reduce(Action::CancelStartOver);
        assert!(!s.confirm_start_over);
        assert!(s.profile.is_answered(Fact::Location));
        let s = s
            .reduce(Action::AskStartOver)
            .reduce(Action::StartOver(today()));
        assert!(!s.confirm_start_over);
        assert!(!s.profile.is_answered(Fact::Location));
        assert_eq!(s.notice, Some(Notice::Cleared));
        let undone = s.clone().reduce(Action::Undo);
        assert_eq!(undone.profile.choice(Fact::Location), Some("jinfeng"));
        assert!(undone.undo.is_none());
        // A new answer ends the chance to undo.
        let s = s.reduce(Action::Answer(Fact::Sme, Value::Bool(true)));
        assert!(s.undo.is_none());
        assert!(!s.reduce(Action::Undo).profile.is_answered(Fact::Location));
    }

    #[test]
    fn guideline_values_re_evaluate_at_once_and_stay_out_of_the_profile() {
        let s = run(vec![
            Action::Answer(Fact::Location, Value::Choice("jinfeng")),
            Action::Answer(Fact::PilotProject, Value::Bool(true)),
            Action::Typed(Fact::PilotInvestment, "1000万".into()),
            Action::Typed(Fact::PilotLand, "0".into()),
            Action::Typed(Fact::PilotBuildings, "0".into()),
            Action::Typed(Fact::PilotEngineering, "0".into()),
            Action::GuidelineTyped("pilot_rate", "10%".into()),
        ]);
        assert!(s.has_draft());
        let pilot = s.assessment.result("pilot-maturation").unwrap();
        let base = pilot.pilot.as_ref().unwrap();
        assert_eq!(base.amount, Some(rust_decimal::Decimal::from(1_000_000)));
        assert!(base.parameter.draft);
        // The profile (and so the share link and the autosave) carries no guideline value.
        assert!(!s.profile.to_readable_fragment().contains("pilot_rate"));
        let (linked, _) = Profile::from_fragment(&s.profile.to_fragment(), today()).unwrap();
        assert_eq!(
            linked, s.profile,
            "the link carries the answers and nothing else"
        );
        assert!(!s.profile.to_json_string().contains("pilot_rate"));
        assert!(guideline_snippet(&s).contains("value = \"10\""));
        // A bad value is refused with a message and changes nothing.
        let s = s.reduce(Action::GuidelineTyped("sme_innovation", "abc".into()));
        assert_eq!(
            s.guideline_errors,
            vec![("sme_innovation", InputError::NotANumber)]
        );
        let s = s.reduce(Action::ClearGuideline);
        assert!(!s.has_draft());
        assert!(s.guideline_errors.is_empty());
    }

    #[test]
    fn a_bad_value_keeps_the_text_and_the_earlier_answer() {
        let s = run(vec![
            Action::Typed(Fact::Employees, "120".into()),
            Action::Answer(Fact::Location, Value::Choice("jinfeng")),
            Action::Typed(Fact::Employees, "12o".into()),
        ]);
        assert_eq!(s.profile.get(Fact::Employees), Some(&Value::Count(120)));
        assert_eq!(
            s.drafts.get(Fact::Employees).map(String::as_str),
            Some("12o")
        );
        assert_eq!(s.errors.get(Fact::Employees), Some(&InputError::NotACount));
        assert_eq!(s.profile.choice(Fact::Location), Some("jinfeng"));
        assert!(
            s.visible_error(Fact::Employees).is_none(),
            "shown only once the field is left"
        );
        let s = s.reduce(Action::Touch(Fact::Employees));
        assert!(s.visible_error(Fact::Employees).is_some());
    }

    #[test]
    fn next_is_refused_while_the_step_has_an_error() {
        let s = run(vec![
            Action::Go(View::Step(Step::Size)),
            Action::Typed(Fact::Revenue, "-5".into()),
            Action::Next,
        ]);
        assert_eq!(s.view, View::Step(Step::Size));
        assert!(s.visible_error(Fact::Revenue).is_some());
        let s = s
            .reduce(Action::Typed(Fact::Revenue, "50万".into()))
            .reduce(Action::Next);
        assert!(
            matches!(s.view, View::Step(step) if step > Step::Size),
            "{:?}",
            s.view
        );
    }

    #[test]
    fn outside_yinchuan_goes_straight_to_review() {
        let s = run(vec![
            Action::Go(View::Step(Step::Basics)),
            Action::Answer(Fact::Location, Value::Choice("outside")),
        ]);
        assert_eq!(s.steps(), vec![Step::Basics]);
        assert_eq!(s.questions_of(Step::Basics), vec![Fact::Location]);
        let s = s.reduce(Action::Next);
        assert_eq!(s.view, View::Review);
        assert!(s.reduce(Action::Next).view == View::Results);
    }

    #[test]
    fn clearing_the_text_clears_the_answer() {
        let s = run(vec![
            Action::Typed(Fact::Employees, "120".into()),
            Action::Typed(Fact::Employees, " ".into()),
        ]);
        assert!(!s.profile.is_answered(Fact::Employees));
        assert!(s.drafts.is_empty() && s.errors.is_empty());
    }

    #[test]
    fn a_yes_about_this_year_is_recorded_with_the_assessment_year() {
        let s = run(vec![Action::Answer(
            Fact::HnteSupportedThisYear,
            Value::Bool(true),
        )]);
        let dated = Value::InYear {
            yes: true,
            year: 2026,
        };
        assert_eq!(s.profile.stored(Fact::HnteSupportedThisYear), Some(&dated));
        assert!(s
            .profile
            .to_json_string()
            .contains("\"hnte_supported_this_year\": {"));
        // Assessed for the next year, last year's yes no longer answers the question.
        let s = s.reduce(Action::SetAssessmentDate(Date::new(2027, 3, 1).unwrap()));
        assert!(!s.profile.is_answered(Fact::HnteSupportedThisYear));
        assert_eq!(s.profile.bool(Fact::HnteSupportedThisYear), None);
    }

    #[test]
    fn settings_are_stored_as_before_and_unreadable_ones_give_the_defaults() {
        let s = Settings {
            lang: Lang::En,
            senior: true,
        };
        // The same JSON as the hand-written format of earlier releases, so nothing is lost.
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"lang":"en","senior":true}"#
        );
        let read = |t: &str| serde_json::from_str::<Settings>(t).unwrap_or_default();
        assert_eq!(read(r#"{"lang":"en","senior":true}"#), s);
        // Field by field: an unreadable field keeps its default, the other is still read.
        let lenient = read(r#"{"senior":true,"lang":"fr","extra":[{"a":1}]}"#);
        assert_eq!(lenient.lang, Lang::Zh);
        assert!(lenient.senior);
        assert_eq!(read(r#"{"lang":"en","senior":"yes"}"#).lang, Lang::En);
        for bad in [
            r#"{"lang":"fr"}"#,
            r#"{"senior":"yes"}"#,
            "[]",
            "",
            "{",
            "true",
            "null",
        ] {
            assert_eq!(read(bad), Settings::default(), "{bad}");
        }
    }

    #[test]
    fn start_over_keeps_language_and_mode() {
        let s = run(vec![
            Action::SetLang(Lang::En),
            Action::SetSenior(true),
            Action::Typed(Fact::Employees, "5".into()),
            Action::StartOver(today()),
        ]);
        assert_eq!(s.lang, Lang::En);
        assert!(s.senior);
        assert!(!s.profile.is_answered(Fact::Employees));
        assert_eq!(s.view, View::Start);
    }
}
