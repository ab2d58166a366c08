//! The one reducer: every `Action` and what it does to the state. `reduce` clears what an action
//! ends (the chance to undo, a notice of the moment) and hands the action to the group it
//! belongs to.

use super::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.apply(action);
        Rc::new(s)
    }
}

impl AppState {
    /// What an action does, in place: what it ends (the chance to undo, a notice of the moment),
    /// then its group's handler. An action that leads to another (a link offered over saved
    /// answers loads them first) applies that one here too.
    fn apply(&mut self, action: Action) {
        let s = self;
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
            a @ (Action::Answer(..)
            | Action::Typed(..)
            | Action::Touch(_)
            | Action::Clear(_)
            | Action::SetAssessmentDate(_)
            | Action::SetMoneyUnit(..)
            | Action::MoneyUnitsLoaded(_)) => s.answers(a),
            a @ (Action::Go(_) | Action::Next | Action::Back | Action::HistoryGo(_)) => {
                s.navigate(a)
            }
            a @ (Action::Load { .. }
            | Action::Notify(_)
            | Action::DismissNotice
            | Action::OfferLink { .. }
            | Action::AcceptLink
            | Action::DeclineLink
            | Action::AskStartOver
            | Action::CancelStartOver
            | Action::StartOver(_)
            | Action::Undo) => s.load(a),
            a => s.page(a),
        }
    }
    /// An answer given, typed, cleared or read in another unit.
    fn answers(&mut self, action: Action) {
        let s = self;
        match action {
            Action::Answer(fact, value) => {
                let accepted = s.profile.set(fact, value).is_ok();
                if accepted {
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
            Action::SetMoneyUnit(fact, wan) => {
                s.yuan_fields.retain(|f| *f != fact);
                if !wan {
                    s.yuan_fields.push(fact);
                }
                if let Some(text) = s.drafts.get(fact).cloned() {
                    s.apply(Action::Typed(fact, text));
                }
            }
            Action::MoneyUnitsLoaded(facts) => s.yuan_fields = facts,
            _ => {}
        }
    }

    /// A move to another page: by a link, "Next", "Back" or the browser's history.
    fn navigate(&mut self, action: Action) {
        let s = self;
        match action {
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
                            return;
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
                    View::Results => View::Results,
                };
                s.go(target);
            }
            Action::Back => {
                let target = match s.view {
                    View::Start => View::Start,
                    View::Step(step) => s.previous_view(step),
                    View::Review => s.last_step_view(),
                    View::Results => View::Review,
                };
                s.go(target);
            }
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
            _ => {}
        }
    }

    /// Answers arriving from a file, a link or an example, and starting over (with its undo).
    fn load(&mut self, action: Action) {
        let s = self;
        match action {
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
            Action::OfferLink {
                saved,
                profile,
                issues,
            } => {
                s.apply(*saved);
                s.pending_link = Some(Box::new((profile, issues)));
            }
            Action::AcceptLink => {
                if let Some(link) = s.pending_link.take() {
                    let (profile, issues) = *link;
                    s.apply(Action::Load {
                        profile,
                        issues,
                        origin: Origin::Link,
                        view: Some(View::Results),
                    });
                }
            }
            Action::DeclineLink => s.pending_link = None,
            Action::AskStartOver => s.confirm_start_over = true,
            Action::CancelStartOver => s.confirm_start_over = false,
            Action::StartOver(today) => {
                let fresh = AppState::new(today, s.lang, s.senior);
                let before = std::mem::replace(&mut s.profile, Profile::new(today));
                let had_answers = before.answers().next().is_some();
                *s = AppState {
                    nav_seq: s.nav_seq.wrapping_add(1),
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
            _ => {}
        }
    }

    /// The language, 长者版, the texts file and the page's own switches.
    fn page(&mut self, action: Action) {
        let s = self;
        match action {
            Action::SetLang(lang) => s.switch_lang(lang, yc_engine::text::installed(lang)),
            Action::SetSenior(on) => s.senior = on,
            Action::TextsArrived(lang, outcome) => s.texts_arrived(lang, outcome),
            Action::UpdateReady => s.update_ready = true,
            Action::SetPrintName(name) => s.print_name = name,
            Action::SetPrintNotEligible(on) => s.print_not_eligible = on,
            Action::ShowExport => s.export_shown = true,
            Action::ShowPrintHelp => s.print_help = true,
            Action::RetryTexts => {
                s.pending_lang = None;
                s.texts = Texts::Loading;
                s.texts_attempt = s.texts_attempt.wrapping_add(1);
            }

            _ => {}
        }
    }
}
