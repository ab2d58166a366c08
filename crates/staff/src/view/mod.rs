//! The workbench's page: the file and the date, the columns as mapped, the summary with its
//! chart, the table of enterprises and one enterprise's cards. Each part only displays the state
//! and sends actions to the one reducer.

mod detail;
mod guideline;
mod mapping;
mod summary;
mod table;

use crate::edge;
use crate::state::{Action, Format, Workbench};
use std::rc::Rc;
use yc_engine::list::Encoding;
use yc_engine::{Date, Lang};
use yew::prelude::*;

/// A workbook's media type (the exports and the template).
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub initial: Rc<Workbench>,
}

/// What every part receives: the state and the way to change it.
#[derive(Properties, PartialEq, Clone)]
pub struct PartProps {
    pub state: Rc<Workbench>,
    pub send: Callback<Action>,
}

#[function_component(Root)]
pub fn root(props: &RootProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || (*initial).clone())
    };
    let send = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a: Action| dispatcher.dispatch(a))
    };
    {
        // A screening under way runs its next slice in a task of its own, after the page has
        // drawn the progress: a tap, a scroll or "pause" is answered in between.
        let pending = state.pending();
        let send = send.clone();
        use_effect_with(pending, move |pending| {
            if let Some((id, _)) = *pending {
                wasm_bindgen_futures::spawn_local(async move {
                    yc_calculator::browser::next_task().await;
                    send.emit(Action::Continue(id));
                });
            }
        });
    }
    {
        // The mapping is kept on the device whenever staff change it.
        let remembered = state.remembered.clone();
        use_effect_with(remembered, |pairs| edge::save_mapping(pairs));
    }
    {
        // So are the guideline preview's values (cleared: forgotten).
        let guideline = state.guideline.clone();
        use_effect_with(guideline, |values| {
            yc_calculator::browser::save_guideline(values)
        });
    }
    let part = PartProps {
        state: Rc::new((*state).clone()),
        send,
    };
    let lang = state.lang;
    html! {
        <>
            <Top ..part.clone() />
            <main id="main" class="staff-main">
                if !state.texts {
                    <div class="notice error" role="alert" data-staff="texts-failed">
                        <p>{ t!(page.texts_failed).get(lang) }</p>
                    </div>
                }
                <Load ..part.clone() />
                <guideline::Preview ..part.clone() />
                if state.grid.is_some() {
                    <mapping::Mapping ..part.clone() />
                }
                if state.progress.is_some() {
                    <Screening ..part.clone() />
                }
                if state.screening.is_some() {
                    <summary::Summary ..part.clone() />
                    <table::Rows ..part.clone() />
                }
            </main>
        </>
    }
}

/// The page's title, what it promises about the data, the way back to the calculator and the
/// language switch.
#[function_component(Top)]
fn top(p: &PartProps) -> Html {
    let lang = p.state.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let switch = {
        let send = p.send.clone();
        Callback::from(move |_| edge::switch_language(other, send.clone()))
    };
    html! {
        <header class="staff-top">
            <div class="staff-top-row">
                <a class="staff-back" href={edge::calculator_href()} data-staff="calculator">{ t!(page.back).get(lang) }</a>
                <button type="button" class="secondary" lang={other.code()} data-action="language" onclick={switch}>{ t!(page.other_language).get(lang) }</button>
            </div>
            <h1 id="page-heading" tabindex="-1">{ t!(page.heading).get(lang) }</h1>
            <p class="staff-privacy" data-staff="privacy">{ t!(page.privacy).get(lang) }</p>
        </header>
    }
}

/// Step 1: the file, the assessment date, the file's encoding or sheet, and the template.
#[function_component(Load)]
fn load(p: &PartProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let on_file = {
        let send = p.send.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The choice is let go once taken (the page names the file it read), so choosing
            // the same file again (after a cancel, or once it was fixed) reads it again.
            input.set_value("");
            let send = send.clone();
            wasm_bindgen_futures::spawn_local(async move {
                send.emit(edge::read_file(file).await);
            });
        })
    };
    let on_date = {
        let send = p.send.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(d) = Date::parse_iso(&input.value()) {
                send.emit(Action::Date(d));
            }
        })
    };
    let template = Callback::from(move |_| {
        let name = say!(lang, load.template_name, lang = lang.code(), ext = "csv");
        edge::download(
            &yc_engine::list::output::template_csv(lang),
            "text/csv;charset=utf-8",
            &name,
        );
    });
    let template_xlsx = Callback::from(move |_| {
        let name = say!(lang, load.template_name, lang = lang.code(), ext = "xlsx");
        if let Ok(bytes) = yc_engine::list::workbook::template_xlsx(lang) {
            edge::download(&bytes, XLSX_MIME, &name);
        }
    });
    let format = s.file.as_ref().map(|f| f.format);
    html! {
        <section class="staff-step" aria-labelledby="load-heading" data-staff="load">
            <h2 id="load-heading">{ t!(load.heading).get(lang) }</h2>
            <p class="hint">{ t!(load.what).get(lang) }</p>
            <div class="staff-fields">
                <label class="staff-field">
                    <span>{ t!(load.file).get(lang) }</span>
                    <input type="file" id="list-file" accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_file} />
                </label>
                <label class="staff-field">
                    <span>{ t!(load.date).get(lang) }</span>
                    <input type="date" id="assessment-date" value={s.date.to_string()} onchange={on_date} />
                </label>
                if format == Some(Format::Csv) {
                    <EncodingChoice ..p.clone() />
                }
                if format == Some(Format::Xlsx) && s.sheets.len() > 1 {
                    <SheetChoice ..p.clone() />
                }
            </div>
            <p>
                <button type="button" class="secondary" data-action="template-xlsx" onclick={template_xlsx}>{ t!(load.template_xlsx).get(lang) }</button>
                { " " }
                <button type="button" class="secondary" data-action="template" onclick={template}>{ t!(load.template).get(lang) }</button>
                <span class="hint">{ " " }{ t!(load.template_hint).get(lang) }</span>
            </p>
            if let Some(file) = &s.file {
                <p class="staff-file" data-staff="file">{ say!(lang, load.reading, name = file.name.as_str()) }</p>
            }
            if let Some(failure) = &s.failure {
                <div class="notice error" role="alert" data-staff="failure">
                    <p>{ failure.message(lang) }</p>
                </div>
            }
        </section>
    }
}

#[function_component(EncodingChoice)]
fn encoding_choice(p: &PartProps) -> Html {
    let lang = p.state.lang;
    let on_change = {
        let send = p.send.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(enc) = Encoding::from_name(&select.value()) {
                send.emit(Action::Encoding(enc));
            }
        })
    };
    let chosen = p.state.encoding;
    let used = p.state.used_encoding.map(|e| e.name()).unwrap_or("");
    let option = |enc: Encoding, code: &'static str, label: &'static str| {
        html! { <option value={code} selected={chosen == enc}>{ label }</option> }
    };
    html! {
        <label class="staff-field">
            <span>{ t!(load.encoding).get(lang) }</span>
            <select id="encoding" data-used={used} onchange={on_change}>
                { option(Encoding::Auto, "auto", t!(load.encoding_auto).get(lang)) }
                { option(Encoding::Utf8, "utf8", "UTF-8") }
                { option(Encoding::Gb18030, "gbk", "GBK / GB18030") }
            </select>
        </label>
    }
}

#[function_component(SheetChoice)]
fn sheet_choice(p: &PartProps) -> Html {
    let lang = p.state.lang;
    let on_change = {
        let send = p.send.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            send.emit(Action::Sheet(select.value()));
        })
    };
    let chosen = p.state.sheet.clone().unwrap_or_default();
    html! {
        <label class="staff-field">
            <span>{ t!(load.sheet).get(lang) }</span>
            <select id="sheet" onchange={on_change}>
                { for p.state.sheets.iter().map(|name| html! {
                    <option value={name.clone()} selected={*name == chosen}>{ name.clone() }</option>
                }) }
            </select>
        </label>
    }
}

/// The screening under way: how far it is, and a button to pause it or go on.
#[function_component(Screening)]
fn screening(p: &PartProps) -> Html {
    let lang = p.state.lang;
    let Some(progress) = &p.state.progress else {
        return html! {};
    };
    let all = progress.list.rows.len();
    let done = progress.evaluated;
    let paused = progress.paused;
    let toggle = {
        let send = p.send.clone();
        Callback::from(move |_| send.emit(Action::Pause(!paused)))
    };
    let cancel = {
        let send = p.send.clone();
        Callback::from(move |_| send.emit(Action::Clear))
    };
    html! {
        <section class="staff-step" aria-labelledby="progress-heading" data-staff="progress" data-done={done.to_string()} data-all={all.to_string()}>
            <h2 id="progress-heading">{ t!(progress.heading).get(lang) }</h2>
            <progress max={all.to_string()} value={done.to_string()} aria-labelledby="progress-heading"></progress>
            <p role="status">{ if paused { say!(lang, progress.paused, done, all) } else { say!(lang, progress.screening, done, all) } }</p>
            <button type="button" class="secondary" data-action={if paused { "resume" } else { "pause" }} onclick={toggle}>
                { if paused { t!(progress.resume).get(lang) } else { t!(progress.pause).get(lang) } }
            </button>
            { " " }
            <button type="button" class="link-button" data-action="cancel-screening" onclick={cancel}>{ t!(progress.cancel).get(lang) }</button>
        </section>
    }
}
