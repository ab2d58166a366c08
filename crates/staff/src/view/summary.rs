//! Step 3: the summary. How many rows were read and which cells could not be; per programme the
//! verdicts as a bar chart drawn here (SVG, the same counts beside it as text for screen readers
//! and print); the total of the known maxima; and the smallest changes that would open
//! programmes for the most enterprises. The export sits here too.

use super::PartProps;
use crate::edge;
use crate::state::{counts, eligible_count, smallest_changes, total_known, Screening};
use yc_engine::eval::StatusKind;
use yc_engine::input::format_yuan;
use yc_engine::list::output::{csv, status_word};
use yc_engine::list::Screened;
use yc_engine::Lang;
use yew::prelude::*;

/// How many unreadable cells the page lists (the export names every one).
const PROBLEMS_SHOWN: usize = 300;
/// How many smallest changes the page lists.
const CHANGES_SHOWN: usize = 10;

#[function_component(Summary)]
pub fn summary(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let Some(screening) = &s.screening else {
        return html! {};
    };
    let rows = screening.list.rows.len();
    let with_problems = screening.list.rows_with_problems();
    let eligible_rows = screening
        .assessments()
        .filter(|a| eligible_count(a) > 0)
        .count();
    let total = total_known(screening)
        .map(|t| format_yuan(t, lang))
        .unwrap_or_default();
    let export = |workbook: bool| {
        let screening = screening.clone();
        let date = s.date;
        Callback::from(move |_| export(&screening, lang, date, workbook))
    };
    html! {
        <section class="staff-step" aria-labelledby="summary-heading" data-staff="summary">
            <h2 id="summary-heading">{ t!(summary.heading).get(lang) }</h2>
            <p data-rows={rows.to_string()} data-problem-rows={with_problems.to_string()} data-date={s.date.to_string()} data-staff="read">
                { say!(lang, summary.read, rows, problems = with_problems, date = s.date) }
            </p>
            <p data-eligible-rows={eligible_rows.to_string()} data-staff="totals">
                { say!(lang, summary.totals, eligible = eligible_rows, total = total.as_str()) }
            </p>
            <p>
                <button type="button" class="primary" data-action="export-xlsx" onclick={export(true)}>{ t!(summary.export_xlsx).get(lang) }</button>
                { " " }
                <button type="button" class="secondary" data-action="export-csv" onclick={export(false)}>{ t!(summary.export_csv).get(lang) }</button>
                <span class="hint">{ " " }{ t!(summary.export_hint).get(lang) }</span>
            </p>
            { problems(screening, lang) }
            { chart(screening, lang) }
            { changes(screening, lang) }
        </section>
    }
}

/// Offers the screened list as a workbook or as CSV, the same bytes `yc-eval --batch` writes.
fn export(s: &Screening, lang: Lang, date: yc_engine::Date, workbook: bool) {
    let rows = s
        .list
        .rows
        .iter()
        .zip(s.assessments())
        .map(|(row, a)| Screened {
            row,
            assessment: std::borrow::Cow::Borrowed(a),
        });
    let name = say!(lang, summary.export_name, date, lang = lang.code());
    if workbook {
        // Writing into memory fails only on a bug: nothing is offered then.
        if let Ok(bytes) = yc_engine::list::workbook::xlsx(rows, lang, date) {
            edge::download(&bytes, super::XLSX_MIME, &format!("{name}.xlsx"));
        }
    } else {
        edge::download(
            &csv(rows, lang, date),
            "text/csv;charset=utf-8",
            &format!("{name}.csv"),
        );
    }
}

fn problems(s: &Screening, lang: Lang) -> Html {
    let all: Vec<_> = s.list.rows.iter().flat_map(|r| &r.problems).collect();
    if all.is_empty() {
        return html! {};
    }
    let more = all.len().saturating_sub(PROBLEMS_SHOWN);
    html! {
        <details class="staff-problems" data-staff="problems" data-count={all.len().to_string()}>
            <summary>{ say!(lang, summary.problems, n = all.len()) }</summary>
            <ul>
                { for all.iter().take(PROBLEMS_SHOWN).map(|p| html! {
                    <li data-row={p.row.to_string()} data-column={p.column.clone()}>{ p.message(lang) }</li>
                }) }
            </ul>
            if more > 0 {
                <p class="hint">{ say!(lang, summary.problems_more, n = more) }</p>
            }
        </details>
    }
}

/// The verdicts per programme: one stacked bar each, and the counts as text.
fn chart(s: &Screening, lang: Lang) -> Html {
    let total = s.list.rows.len().max(1);
    let rows = counts(s).into_iter().map(|(prog, n)| {
        let mut x = 0usize;
        let bars = StatusKind::ALL.iter().zip(n).filter(|(_, c)| *c > 0).map(|(kind, c)| {
            let at = x;
            x += c;
            html! {
                <rect class={format!("bar-{}", kind.code())} x={(at * 1000 / total).to_string()} y="0" width={(c * 1000 / total).max(1).to_string()} height="10" />
            }
        });
        let words = StatusKind::ALL
            .iter()
            .zip(n)
            .filter(|(_, c)| *c > 0)
            .map(|(kind, c)| format!("{} {c}", status_word(*kind, lang)))
            .collect::<Vec<_>>()
            .join(" · ");
        let counts_attr = n.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(",");
        html! {
            <tr data-programme={prog.id} data-counts={counts_attr}>
                <th scope="row">{ prog.name.get(lang) }</th>
                <td class="staff-bar">
                    <svg viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">{ for bars }</svg>
                </td>
                <td>{ words }</td>
            </tr>
        }
    });
    html! {
        <figure class="staff-chart" data-staff="chart">
            <figcaption>{ t!(summary.chart).get(lang) }</figcaption>
            <p class="staff-legend" aria-hidden="true">
                { for StatusKind::ALL.iter().map(|k| html! {
                    <span class={format!("legend-{}", k.code())}>{ status_word(*k, lang) }</span>
                }) }
            </p>
            <div class="staff-scroll">
                <table class="staff-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t!(summary.programme).get(lang) }</th>
                            <th scope="col">{ t!(summary.bar).get(lang) }</th>
                            <th scope="col">{ t!(summary.counts).get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </figure>
    }
}

fn changes(s: &Screening, lang: Lang) -> Html {
    let all = smallest_changes(s, lang);
    if all.is_empty() {
        return html! {};
    }
    html! {
        <div data-staff="changes">
            <h3>{ t!(summary.changes).get(lang) }</h3>
            <ul>
                { for all.iter().take(CHANGES_SHOWN).map(|(change, n)| html! {
                    <li data-count={n.to_string()}>{ say!(lang, summary.change, n = *n, change = change.as_str()) }</li>
                }) }
            </ul>
        </div>
    }
}
