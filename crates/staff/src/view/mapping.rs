//! Step 2: each column of the list with its header, a sample value and what it is read as; staff
//! map a column to a question or leave it out, and the workbench remembers the choice.

use super::PartProps;
use crate::state::{target_from_id, target_id, Action};
use yc_engine::facts::{Kind, FACT_DEFS};
use yc_engine::list::column_letter;
use yc_engine::list::headers::{MoneyUnit, Target};
use yc_engine::Lang;
use yew::prelude::*;

#[function_component(Mapping)]
pub fn mapping(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let Some(grid) = &s.grid else {
        return html! {};
    };
    let sample_row = grid.rows.get(s.header_index + 1);
    let read = s.columns.iter().filter(|c| c.target.is_some()).count();
    let rows = s.columns.iter().enumerate().map(|(i, column)| {
        let sample = sample_row
            .and_then(|r| r.get(i))
            .cloned()
            .unwrap_or_default();
        let on_change = {
            let send = p.send.clone();
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                send.emit(Action::Map {
                    column: i,
                    target: target_from_id(&select.value()),
                });
            })
        };
        let chosen = column.target.map(target_id).unwrap_or("");
        let id = format!("map-{i}");
        let unit = match (column.target, column.unit) {
            (Some(Target::Fact(f)), unit) if f.def().kind == Kind::Money => unit_words(unit, lang),
            _ => "",
        };
        html! {
            <tr data-column={column_letter(i)} data-header={column.header.clone()} data-target={chosen}>
                <th scope="row">{ column_letter(i) }</th>
                <td><label for={id.clone()}>{ column.header.clone() }</label></td>
                <td class="staff-sample">{ sample }</td>
                <td>
                    <select id={id} onchange={on_change}>
                        <option value="" selected={chosen.is_empty()}>{ t!(mapping.ignore).get(lang) }</option>
                        <option value="name" selected={chosen == "name"}>{ t!(mapping.name).get(lang) }</option>
                        <option value="credit_code" selected={chosen == "credit_code"}>{ t!(mapping.credit_code).get(lang) }</option>
                        { for FACT_DEFS.iter().map(|d| {
                            let fid = d.fact.id();
                            html! { <option value={fid} selected={chosen == fid}>{ d.label.get(lang) }</option> }
                        }) }
                    </select>
                    if !unit.is_empty() {
                        <span class="hint">{ " " }{ unit }</span>
                    }
                </td>
            </tr>
        }
    });
    html! {
        <section class="staff-step" aria-labelledby="mapping-heading" data-staff="mapping">
            <h2 id="mapping-heading">{ t!(mapping.heading).get(lang) }</h2>
            <p class="hint">{ say!(lang, mapping.what, header = s.header_index + 1, read, all = s.columns.len()) }</p>
            // Open while the list cannot be screened as mapped; otherwise as staff left it.
            <details open={s.failure.is_some()}>
                <summary>{ t!(mapping.show).get(lang) }</summary>
                <div class="staff-scroll">
                    <table class="staff-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t!(mapping.column).get(lang) }</th>
                                <th scope="col">{ t!(mapping.header).get(lang) }</th>
                                <th scope="col">{ t!(mapping.sample).get(lang) }</th>
                                <th scope="col">{ t!(mapping.read_as).get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}

/// How a money column's bare numbers are read.
fn unit_words(unit: Option<MoneyUnit>, lang: Lang) -> &'static str {
    match unit {
        Some(MoneyUnit::Wan) => t!(mapping.in_wan).get(lang),
        Some(MoneyUnit::Yi) => t!(mapping.in_yi).get(lang),
        Some(MoneyUnit::Yuan) | None => t!(mapping.in_yuan).get(lang),
    }
}
