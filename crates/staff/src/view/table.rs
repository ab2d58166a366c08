//! Step 4: the enterprises, filtered by programme, verdict and district and sorted (who to
//! contact first, the known maximum, the nearest deadline, or as in the file); a row opens its
//! cards.

use super::detail::Detail;
use super::PartProps;
use crate::state::{district, eligible_count, nearest_deadline, Action, Sort, TABLE_ROWS};
use yc_engine::catalogue::CATALOGUE;
use yc_engine::eval::StatusKind;
use yc_engine::facts::Fact;
use yc_engine::input::format_yuan;
use yc_engine::list::output::{known_amount, status_word};
use yc_engine::Lang;
use yew::prelude::*;

#[function_component(Rows)]
pub fn rows(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let Some(screening) = &s.screening else {
        return html! {};
    };
    let shown = s.shown_rows();
    let programme = s
        .filter
        .programme
        .and_then(|id| CATALOGUE.iter().find(|p| p.id == id));
    let body = shown.iter().take(TABLE_ROWS).map(|&i| {
        let row = &screening.list.rows[i];
        let Some(a) = screening.assessment(i) else {
            return html! {};
        };
        let open = {
            let send = p.send.clone();
            Callback::from(move |_| send.emit(Action::Open(Some(i))))
        };
        let place = district(row)
            .and_then(|code| Fact::Location.def().options.iter().find(|o| o.code == code))
            .map(|o| o.label.get(lang))
            .unwrap_or("");
        let deadline = nearest_deadline(a).map(|d| d.to_string()).unwrap_or_default();
        let chosen = programme.and_then(|prog| a.results.iter().find(|r| r.programme.id == prog.id));
        let name = if row.name.is_empty() {
            say!(lang, table.unnamed, line = row.line)
        } else {
            row.name.clone()
        };
        html! {
            <tr data-line={row.line.to_string()} data-known={a.known_maximum.to_string()}>
                <td>{ row.line }</td>
                <th scope="row">
                    <button type="button" class="link" data-action="open-row" onclick={open}>{ name }</button>
                    if !row.problems.is_empty() {
                        <span class="staff-flag" title={t!(table.has_problems).get(lang)}>{ " ⚠" }</span>
                    }
                </th>
                <td>{ place }</td>
                <td>{ eligible_count(a) }</td>
                <td class="num">{ format_yuan(a.known_maximum, lang) }</td>
                <td>{ deadline }</td>
                if let Some(r) = chosen {
                    <td data-verdict={r.status.kind().code()}>{ status_word(r.status.kind(), lang) }</td>
                    <td class="num">{ known_amount(r).map(|v| format_yuan(v, lang)).unwrap_or_default() }</td>
                }
            </tr>
        }
    });
    let more = shown.len().saturating_sub(TABLE_ROWS);
    html! {
        <section class="staff-step" aria-labelledby="rows-heading" data-staff="rows">
            <h2 id="rows-heading">{ t!(table.heading).get(lang) }</h2>
            <Filters ..p.clone() />
            <p role="status" data-shown={shown.len().to_string()}>{ say!(lang, table.shown, n = shown.len(), all = screening.list.rows.len()) }</p>
            if let Some(i) = s.open {
                <Detail state={p.state.clone()} send={p.send.clone()} row={i} />
            }
            <div class="staff-scroll">
                <table class="staff-table" data-staff="table">
                    <thead>
                        <tr>
                            <th scope="col">{ t!(table.line).get(lang) }</th>
                            <th scope="col">{ t!(table.name).get(lang) }</th>
                            <th scope="col">{ t!(table.district).get(lang) }</th>
                            <th scope="col">{ t!(table.eligible).get(lang) }</th>
                            <th scope="col">{ t!(table.known).get(lang) }</th>
                            <th scope="col">{ t!(table.deadline).get(lang) }</th>
                            if let Some(prog) = programme {
                                <th scope="col">{ say!(lang, table.verdict_of, name = prog.name.get(lang)) }</th>
                                <th scope="col">{ t!(table.amount).get(lang) }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            if more > 0 {
                <p class="hint">{ say!(lang, table.more, n = more) }</p>
            }
        </section>
    }
}

/// The filters and the sort: each a select that sends its action at once.
#[function_component(Filters)]
fn filters(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let f = &s.filter;
    let on = |make: fn(&str) -> Action| {
        let send = p.send.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            send.emit(make(&select.value()));
        })
    };
    let any = t!(table.any).get(lang);
    html! {
        <div class="staff-fields" data-staff="filters">
            <label class="staff-field">
                <span>{ t!(table.programme).get(lang) }</span>
                <select id="filter-programme" onchange={on(|v| Action::Programme(CATALOGUE.iter().find(|p| p.id == v).map(|p| p.id)))}>
                    <option value="" selected={f.programme.is_none()}>{ any }</option>
                    { for CATALOGUE.iter().map(|prog| html! {
                        <option value={prog.id} selected={f.programme == Some(prog.id)}>{ prog.name.get(lang) }</option>
                    }) }
                </select>
            </label>
            <label class="staff-field">
                <span>{ t!(table.status).get(lang) }</span>
                <select id="filter-status" onchange={on(|v| Action::Status(StatusKind::ALL.into_iter().find(|k| k.code() == v)))}>
                    <option value="" selected={f.status.is_none()}>{ any }</option>
                    { for StatusKind::ALL.iter().map(|k| html! {
                        <option value={k.code()} selected={f.status == Some(*k)}>{ status_word(*k, lang) }</option>
                    }) }
                </select>
            </label>
            <label class="staff-field">
                <span>{ t!(table.district).get(lang) }</span>
                <select id="filter-district" onchange={on(|v| Action::District(Fact::Location.def().options.iter().find(|o| o.code == v).map(|o| o.code)))}>
                    <option value="" selected={f.district.is_none()}>{ any }</option>
                    { for Fact::Location.def().options.iter().map(|o| html! {
                        <option value={o.code} selected={f.district == Some(o.code)}>{ o.label.get(lang) }</option>
                    }) }
                </select>
            </label>
            <label class="staff-field">
                <span>{ t!(table.sort).get(lang) }</span>
                <select id="sort" onchange={on(|v| Action::Sort(Sort::from_code(v)))}>
                    { for Sort::ALL.iter().map(|o| html! {
                        <option value={o.code()} selected={f.sort == *o}>{ sort_words(*o, lang) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

fn sort_words(sort: Sort, lang: Lang) -> &'static str {
    match sort {
        Sort::ContactFirst => t!(table.sort_contact).get(lang),
        Sort::KnownMaximum => t!(table.sort_maximum).get(lang),
        Sort::Deadline => t!(table.sort_deadline).get(lang),
        Sort::Line => t!(table.sort_line).get(lang),
    }
}
