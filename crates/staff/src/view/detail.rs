//! One enterprise opened from the table: the public app's own result cards for its row, its
//! cells that could not be read, and its share link with a QR code, so staff can send each
//! enterprise its own result.

use crate::edge;
use crate::state::{Action, Workbench};
use std::rc::Rc;
use yc_calculator::components::card::{result_card, CardProps};
use yc_calculator::components::results::ShareQr;
use yc_engine::eval::StatusKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub state: Rc<Workbench>,
    pub send: Callback<Action>,
    pub row: usize,
}

#[function_component(Detail)]
pub fn detail(p: &DetailProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let Some(screening) = &s.screening else {
        return html! {};
    };
    let (Some(row), Some(screened)) = (screening.list.rows.get(p.row), screening.assessment(p.row))
    else {
        return html! {};
    };
    // With guideline values typed in the preview, the cards are assessed again with them.
    let a = &s.assessment_for(&row.profile, screened);
    let draft = s.has_draft();
    let link = edge::calculator_link(&row.profile);
    let on_answer = {
        let link = link.clone();
        Callback::from(move |_| {
            if let Some(link) = &link {
                edge::open(link);
            }
        })
    };
    let close = {
        let send = p.send.clone();
        Callback::from(move |_| send.emit(Action::Open(None)))
    };
    let mut shown: Vec<_> = a
        .results
        .iter()
        .filter(|r| r.status.kind() != StatusKind::NotEligible)
        .collect();
    shown.sort_by_key(|r| StatusKind::ALL.iter().position(|k| *k == r.status.kind()));
    let not_eligible = a.results.len() - shown.len();
    let name = if row.name.is_empty() {
        say!(lang, table.unnamed, line = row.line)
    } else {
        row.name.clone()
    };
    let year = s.date.year();
    let params = s.params_for_detail();
    html! {
        <section class="staff-detail" aria-labelledby="detail-heading" data-staff="detail" data-line={row.line.to_string()}>
            <div class="staff-top-row">
                <h3 id="detail-heading" tabindex="-1">{ name }</h3>
                <button type="button" class="secondary" data-action="close-row" onclick={close}>{ t!(detail.close).get(lang) }</button>
            </div>
            if draft {
                <div class="notice warning draft-banner" role="note" data-draft-banner="true">
                    <p><strong>{ t!(guideline.banner).get(lang) }</strong></p>
                    <p>{ t!(guideline.banner_detail).get(lang) }</p>
                </div>
            }
            if !row.problems.is_empty() {
                <div class="notice" data-staff="row-problems">
                    <ul>{ for row.problems.iter().map(|p| html! { <li>{ p.message(lang) }</li> }) }</ul>
                </div>
            }
            if let Some(link) = &link {
                <div class="staff-share" data-staff="share">
                    <label for="row-link">{ t!(detail.link).get(lang) }</label>
                    <input id="row-link" type="text" readonly=true value={link.clone()} />
                    <ShareQr link={AttrValue::from(link.clone())} {lang} />
                </div>
            } else {
                <p class="hint">{ t!(detail.no_link).get(lang) }</p>
            }
            <p>{ say!(lang, detail.counts, shown = shown.len(), not_eligible) }</p>
            <div class="cards">
                { for shown.into_iter().map(|r| html! {
                    { result_card(&yew::props!(CardProps { result: r.clone(), lang, year, on_answer: on_answer.clone(), arithmetic: yc_engine::plan::arithmetic(r, &row.profile, &params) })) }
                }) }
            </div>
        </section>
    }
}
