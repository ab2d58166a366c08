//! Which answers the app starts with, decided without the browser: the link in the address (an
//! example's, a share link, 开始 tapped before start-up) weighed against the answers saved in this
//! browser. `browser::initial_state` and a link followed in a running tab ask this, with the
//! saved answers read lazily (reading them may set aside an unreadable save).

use super::{Action, Notice, Origin, Refusal, View};
use yc_engine::link::FragmentError;
use yc_engine::{Date, Profile};

/// What a link asks for: the actions, in order, and whether the address loses its fragment (the
/// link's answers now live in this browser).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub actions: Vec<Action>,
    pub clear_fragment: bool,
}

impl Plan {
    fn clearing(actions: Vec<Action>) -> Plan {
        Plan {
            actions,
            clear_fragment: true,
        }
    }
}

/// A notice that something could not be read, and why.
pub fn refusal(origin: Origin, cause: Refusal) -> Action {
    Action::Notify(Notice::Refused { origin, cause })
}

/// What the link in the address asks for (`hash`, as `location_hash` gives it), or `None` when
/// it is no link (empty, or a place in the page such as `#main`): 开始 tapped before start-up
/// (`#start`), an example's link, or a share link, each weighed against the answers saved in this
/// browser. Read when the app starts, and when a link is followed in a tab where it runs.
pub fn link_actions(
    hash: &str,
    today: Date,
    load_saved: impl FnOnce() -> Option<Action>,
) -> Option<Plan> {
    // The answers a link in the address carries: an example's (`#example=…`, followed from the
    // start page, perhaps before the app had started, or opened in a new tab) or a share link's.
    let start = super::start_in_link(hash);
    let linked = match super::example_in_link(hash) {
        Some(example) => Some((
            Profile::from_fragment(&example.fragment_on(today), today),
            Origin::Example,
        )),
        None if start => None,
        None if hash.len() > 1 => Some((Profile::from_fragment(hash, today), Origin::Link)),
        None => None,
    };
    Some(match linked {
        // 开始 tapped on the prerendered start page before the app had started: the saved
        // answers as on any visit, then the questionnaire where 开始 (or 继续填写) leads.
        None if start => Plan::clearing(
            load_saved()
                .into_iter()
                .chain([Action::Go(View::Start), Action::Next])
                .collect(),
        ),
        None => return None,
        // Not a link at all but a place in the page (the skip link's `#main`): no link, nothing
        // to say. (`#key=value` that is not a link of this tool is refused below, with its
        // message.)
        Some((Err(FragmentError::NotALink), _)) if !hash.contains('=') => return None,
        // A damaged or foreign link: said so, and the saved answers stay (the autosave must not
        // overwrite them with nothing).
        Some((Err(e), origin)) => Plan::clearing(
            load_saved()
                .into_iter()
                .chain([refusal(origin, Refusal::Link(e))])
                .collect(),
        ),
        // The link's answers now live in this browser; the address bar holds a link again only
        // on the results page, and then the answers shown (`record_view`, `show_link`).
        Some((Ok((profile, issues)), origin)) => Plan::clearing(vec![match load_saved() {
            // This browser already holds other answers: keep them, and ask before the link's
            // answers replace them.
            Some(Action::Load {
                profile: saved,
                issues: saved_issues,
                origin: saved_origin,
                view,
            }) if saved.answers().ne(profile.answers()) => Action::OfferLink {
                saved: Box::new(Action::Load {
                    profile: saved,
                    issues: saved_issues,
                    origin: saved_origin,
                    view,
                }),
                profile,
                issues,
            },
            // The link holds this browser's own answers: a reload of the results page, whose
            // address is its share link. Nothing to ask: the saved answers come back as on
            // any reload (assessed as of today), on the results the link stands for.
            Some(Action::Load {
                profile: saved,
                issues: saved_issues,
                origin: saved_origin,
                ..
            }) => Action::Load {
                profile: saved,
                issues: saved_issues,
                origin: saved_origin,
                view: Some(View::Results),
            },
            _ => Action::Load {
                profile,
                issues,
                origin,
                view: Some(View::Results),
            },
        }]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use yc_engine::{Fact, Value};

    fn today() -> Date {
        Date::new(2026, 11, 26).unwrap()
    }

    fn profile(employees: i64) -> Profile {
        let mut p = Profile::new(today());
        p.set(Fact::Location, Value::Choice("jinfeng")).unwrap();
        p.set(Fact::Employees, Value::Count(employees)).unwrap();
        p
    }

    fn saved(p: Profile) -> Option<Action> {
        Some(Action::Load {
            profile: p,
            issues: vec![],
            origin: Origin::Saved,
            view: Some(View::Review),
        })
    }

    fn never() -> Option<Action> {
        panic!("the saved answers were read for a link that does not need them")
    }

    #[test]
    fn no_link_or_a_place_in_the_page_asks_nothing_and_reads_nothing() {
        for hash in ["", "#", "#main"] {
            assert_eq!(link_actions(hash, today(), never), None, "{hash}");
        }
    }

    #[test]
    fn start_tapped_before_start_up_resumes_the_saved_answers_then_opens_the_questionnaire() {
        let plan = link_actions("#start", today(), || saved(profile(20))).unwrap();
        assert!(plan.clear_fragment);
        assert_eq!(plan.actions.len(), 3);
        assert!(matches!(
            plan.actions[0],
            Action::Load {
                origin: Origin::Saved,
                ..
            }
        ));
        assert_eq!(plan.actions[1..], [Action::Go(View::Start), Action::Next]);
    }

    #[test]
    fn an_examples_link_opens_its_results() {
        let plan = link_actions("#example=software-startup", today(), || None).unwrap();
        assert!(matches!(
            &plan.actions[..],
            [Action::Load {
                origin: Origin::Example,
                view: Some(View::Results),
                ..
            }]
        ));
    }

    #[test]
    fn a_share_link_opens_its_results_when_nothing_else_is_saved() {
        let hash = format!("#{}", profile(20).to_fragment());
        let plan = link_actions(&hash, today(), || None).unwrap();
        assert!(plan.clear_fragment);
        match &plan.actions[..] {
            [Action::Load {
                profile: p,
                origin: Origin::Link,
                view: Some(View::Results),
                ..
            }] => {
                assert_eq!(
                    p.answers().collect::<Vec<_>>(),
                    profile(20).answers().collect::<Vec<_>>()
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_share_link_never_overwrites_other_saved_answers_without_asking() {
        let hash = format!("#{}", profile(20).to_fragment());
        let plan = link_actions(&hash, today(), || saved(profile(35))).unwrap();
        match &plan.actions[..] {
            [Action::OfferLink {
                saved, profile: p, ..
            }] => {
                assert!(matches!(
                    **saved,
                    Action::Load {
                        origin: Origin::Saved,
                        ..
                    }
                ));
                assert_eq!(
                    p.answers().collect::<Vec<_>>(),
                    profile(20).answers().collect::<Vec<_>>()
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_share_link_of_the_saved_answers_is_a_reload_of_the_results() {
        let hash = format!("#{}", profile(20).to_fragment());
        let plan = link_actions(&hash, today(), || saved(profile(20))).unwrap();
        assert!(matches!(
            &plan.actions[..],
            [Action::Load {
                origin: Origin::Saved,
                view: Some(View::Results),
                ..
            }]
        ));
    }

    #[test]
    fn a_damaged_or_foreign_link_is_refused_and_the_saved_answers_stay() {
        for hash in ["#v=2&p=not-a-payload", "#key=value"] {
            let plan = link_actions(hash, today(), || saved(profile(20))).unwrap();
            assert!(plan.clear_fragment, "{hash}");
            assert!(
                matches!(
                    &plan.actions[..],
                    [
                        Action::Load {
                            origin: Origin::Saved,
                            ..
                        },
                        Action::Notify(Notice::Refused {
                            origin: Origin::Link,
                            ..
                        })
                    ]
                ),
                "{hash}: {:?}",
                plan.actions
            );
        }
    }
}
