//! One question, as the input its kind needs: yes/no, one option, several options, or typed text
//! (money, counts, scores, dates) with the engine's messages next to it.

use crate::format::{answer_text, question_text};
use crate::state::Action;
use yc_engine::facts::Kind;
use yc_engine::input::InputError;
use yc_engine::questions::question;
use yc_engine::{Fact, Lang, Value};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub fact: Fact,
    pub value: Option<Value>,
    pub draft: Option<String>,
    /// The error to show (already filtered to touched fields).
    pub error: Option<InputError>,
    /// A contradiction with another answer (shown but not blocking).
    #[prop_or_default]
    pub warning: Option<String>,
    pub lang: Lang,
    /// The assessment year, named by questions about one year.
    pub year: i32,
    /// For money: whether a bare number is read in 万元 (the default) rather than 元.
    #[prop_or(true)]
    pub wan: bool,
    /// The yuan reading of a ledger-looking figure typed into a field read in 万元
    /// (`AppState::yuan_looking`): warned of, with that reading one tap away.
    #[prop_or_default]
    pub yuan_looking: Option<rust_decimal::Decimal>,
    pub on_action: Callback<Action>,
}

/// An amount as text in a field's unit: `150` for 1,500,000 yuan in 万元, `1500000` in 元. An
/// amount with no exact short form in 万元 (150 yuan) is written with its own unit (`150元`), so
/// reading the text back gives the same amount.
fn money_text(yuan: rust_decimal::Decimal, wan: bool) -> String {
    let hundreds = (yuan % rust_decimal::Decimal::ONE_HUNDRED).is_zero();
    if wan && !hundreds {
        format!("{}元", yuan.normalize())
    } else if wan {
        (yuan / rust_decimal::Decimal::from(10_000))
            .normalize()
            .to_string()
    } else {
        yuan.normalize().to_string()
    }
}

/// The id of a question's input (or of its first option), for labels and focus.
pub fn field_id(fact: Fact) -> String {
    format!("q-{}", fact.id())
}

/// One question's field (its kind decides the control).
pub fn field(p: &FieldProps) -> Html {
    let q = question(p.fact);
    let def = p.fact.def();
    let lang = p.lang;
    let text = question_text(p.fact, lang, p.year);
    let id = field_id(p.fact);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let help = q
        .help
        .map(|h| html! { <p class="help" id={help_id.clone()}>{ h.get(lang) }</p> });
    let warning = p
        .warning
        .clone()
        .map(|w| html! { <p class="field-warning" role="status">{ w }</p> });
    // "怎么判断": how to find the answer, in plain words, folded away until asked for.
    let how = q
        .how
        .map(|h| h.get(lang))
        .filter(|h| !h.is_empty())
        .map(|h| {
            html! {
                <details class="how">
                    <summary>{ t!(field.how_tell).get(lang) }</summary>
                    <p>{ h }</p>
                </details>
            }
        });
    let unsure = p.value == Some(Value::Unsure);
    let responded = p.value.is_some() || p.draft.as_ref().is_some_and(|d| !d.trim().is_empty());
    // Every question can be cleared (a chosen radio cannot be unchosen otherwise).
    let clear = responded.then(|| {
        let on_action = p.on_action.clone();
        let fact = p.fact;
        html! {
            <button type="button" class="link-button clear-answer" data-clear={fact.id()}
                aria-label={format!("{}{}", t!(field.clear_answer).get(lang), text)}
                onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::Clear(fact)))}>
                { t!(field.clear_answer_2).get(lang) }</button>
        }
    });
    // For lists and typed answers, "not sure" is a box of its own (yes/no and one-option
    // questions have it among their options).
    let unsure_box = {
        let on_action = p.on_action.clone();
        let fact = p.fact;
        let onchange = Callback::from(move |_: Event| {
            on_action.emit(if unsure {
                Action::Clear(fact)
            } else {
                Action::Answer(fact, Value::Unsure)
            })
        });
        html! {
            <label class={classes!("option", "unsure-option", unsure.then_some("checked"))}>
                <input type="checkbox" id={format!("{id}-unsure")} value="unsure" checked={unsure} {onchange} />
                <span>{ t!(field.not_sure).get(lang) }</span>
            </label>
        }
    };
    let error = p.error.as_ref().map(|e| {
        let kept = p.value.as_ref().map(|v| say!(lang, field.still_using, answer = answer_text(p.fact, v, lang))).unwrap_or_default();
        html! { <p class="error" id={error_id.clone()} role="alert">{ format!("{}{}", e.message(lang), kept) }</p> }
    });
    let described = {
        let mut ids = Vec::new();
        if q.help.is_some() {
            ids.push(help_id.clone());
        }
        if p.error.is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    // Every optional part below (help, warning, error, the unit switch) is one child whether shown
    // or not (`unwrap_or_default()`, `if`), never a `for` over an Option: Yew splices a `for`'s
    // items into the parent's children, and it pairs unkeyed children from the end of the list,
    // so a message appearing at the end would pair every earlier child with another one and
    // rebuild the input under the user's finger: the focus, and a phone's keyboard, would go.
    let parts = Parts {
        text,
        id,
        described,
        help,
        how,
        clear,
        warning,
        unsure_box,
        error,
    };
    match def.kind {
        Kind::Bool | Kind::ThisYear | Kind::Choice => choice_field(p, parts),
        Kind::Set => set_field(p, parts),
        Kind::Money | Kind::Count | Kind::Score | Kind::Date => text_field(p, parts),
    }
}

/// The parts every kind of field shows, built once in `field`.
struct Parts {
    text: String,
    id: String,
    described: Option<String>,
    help: Option<Html>,
    how: Option<Html>,
    clear: Option<Html>,
    warning: Option<Html>,
    unsure_box: Html,
    error: Option<Html>,
}

/// Yes/no, a yes/no about a year, or one option: radios, "not sure" among them.
fn choice_field(p: &FieldProps, parts: Parts) -> Html {
    let lang = p.lang;
    let def = p.fact.def();
    let id = parts.id.clone();
    let yes_no = def.kind != Kind::Choice;
    // A yes/no about a year is recorded with the assessment year (`Profile::set`).
    let mut options: Vec<(String, String, Value)> = if yes_no {
        vec![
            (
                "y".into(),
                t!(field.yes).get(lang).into(),
                Value::Bool(true),
            ),
            (
                "n".into(),
                t!(field.no).get(lang).into(),
                Value::Bool(false),
            ),
        ]
    } else {
        def.options
            .iter()
            .map(|o| {
                (
                    o.code.to_string(),
                    o.label.get(lang).to_string(),
                    Value::Choice(o.code),
                )
            })
            .collect()
    };
    options.push((
        "unsure".into(),
        t!(field.not_sure).get(lang).into(),
        Value::Unsure,
    ));
    let radios = options.into_iter().enumerate().map(|(i, (code, label, value))| {
        let checked = match (&p.value, yes_no) {
            (Some(v), _) if *v == Value::Unsure || value == Value::Unsure => *v == value,
            (Some(v), true) => v.yes_no() == value.yes_no(),
            (v, false) => v.as_ref() == Some(&value),
            (None, true) => false,
        };
        let on_action = p.on_action.clone();
        let fact = p.fact;
        let input_id = if i == 0 { id.clone() } else { format!("{id}-{code}") };
        let onchange = Callback::from(move |_: Event| on_action.emit(Action::Answer(fact, value.clone())));
        html! {
            <label class={classes!("option", checked.then_some("checked"))} key={code.clone()}>
                <input type="radio" id={input_id} name={id.clone()} value={code} {checked} {onchange} />
                <span>{ label }</span>
            </label>
        }
    });
    let radios: Html = radios.collect();
    options_frame(
        p.fact,
        classes!("field", "choice", yes_no.then_some("yes-no")),
        parts,
        radios,
    )
}

/// The frame of a field of options: the question as the legend, its help, the options, how to
/// find the answer, "clear" and the warning.
fn options_frame(fact: Fact, class: Classes, parts: Parts, options: Html) -> Html {
    html! {
        <fieldset {class} data-fact={fact.id()} aria-describedby={parts.described}>
            <legend>{ parts.text }</legend>
            { parts.help.unwrap_or_default() }
            <div class="options">{ options }</div>
            { parts.how.unwrap_or_default() }
            { parts.clear.unwrap_or_default() }
            { parts.warning.unwrap_or_default() }
        </fieldset>
    }
}

/// Several options: checkboxes, and "not sure" as a box of its own.
fn set_field(p: &FieldProps, mut parts: Parts) -> Html {
    let lang = p.lang;
    let def = p.fact.def();
    let id = parts.id.clone();
    let unsure_box = std::mem::take(&mut parts.unsure_box);
    let chosen: Vec<&'static str> = match &p.value {
        Some(Value::Set(v)) => v.clone(),
        _ => Vec::new(),
    };
    let boxes = def.options.iter().enumerate().map(|(i, o)| {
        let checked = chosen.contains(&o.code);
        let on_action = p.on_action.clone();
        let fact = p.fact;
        let current = chosen.clone();
        let code = o.code;
        let onchange = Callback::from(move |_: Event| {
            let mut next: Vec<&'static str> =
                current.iter().copied().filter(|c| *c != code).collect();
            if !checked {
                next.push(code);
            }
            let ordered = fact
                .def()
                .options
                .iter()
                .map(|o| o.code)
                .filter(|c| next.contains(c))
                .collect();
            on_action.emit(Action::Answer(fact, Value::Set(ordered)));
        });
        let input_id = if i == 0 {
            id.clone()
        } else {
            format!("{id}-{code}")
        };
        html! {
            <label class={classes!("option", checked.then_some("checked"))} key={code}>
                <input type="checkbox" id={input_id} value={code} {checked} {onchange} />
                <span>{ o.label.get(lang) }</span>
            </label>
        }
    });
    let options = html! { <>{ for boxes }{ unsure_box }</> };
    options_frame(p.fact, classes!("field", "choice", "multi"), parts, options)
}

/// An amount, a count, a score or a date, typed; an amount echoed as read, with its unit switch
/// and its warnings.
fn text_field(p: &FieldProps, parts: Parts) -> Html {
    let lang = p.lang;
    let def = p.fact.def();
    let Parts {
        text,
        id,
        described,
        help,
        how,
        clear,
        warning,
        unsure_box,
        error,
    } = parts;
    let typed = p
        .draft
        .clone()
        .or_else(|| {
            p.value.as_ref().map(|v| match v {
                Value::Money(d) => money_text(*d, p.wan),
                Value::Unsure => String::new(),
                other => other.to_text(),
            })
        })
        .unwrap_or_default();
    let (inputmode, placeholder) = match def.kind {
        Kind::Money => ("decimal", t!(field.e_g_3500).get(lang)),
        Kind::Date => ("numeric", t!(field.yyyy_mm_dd).get(lang)),
        _ => ("numeric", ""),
    };
    let oninput = {
        let on_action = p.on_action.clone();
        let fact = p.fact;
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::Typed(fact, input.value()));
        })
    };
    let onblur = {
        let on_action = p.on_action.clone();
        let fact = p.fact;
        Callback::from(move |_: FocusEvent| on_action.emit(Action::Touch(fact)))
    };
    let money = def.kind == Kind::Money;
    // Echo how a typed amount was read ("50万" is 500,000 yuan), unless the text is refused.
    let read = |d: &str| {
        if money && p.wan {
            yc_engine::input::parse_money_in_wan(d)
                .map(Value::Money)
                .ok()
        } else {
            Value::parse_text(p.fact, d).ok()
        }
    };
    let text_is_value = p.draft.as_ref().is_none_or(|d| read(d) == p.value);
    let MoneyExtras {
        implausible,
        switch,
        ledger,
        echo,
    } = money_extras(p, text_is_value);
    html! {
        <div class={classes!("field", "text", p.error.is_some().then_some("invalid"))} data-fact={p.fact.id()}>
            <label for={id.clone()}>{ text.clone() }</label>
            { help.clone().unwrap_or_default() }
            <div class="input-row">
                <input type="text" id={id.clone()} name={id.clone()} value={typed} {inputmode} {placeholder}
                    autocomplete="off" aria-invalid={p.error.is_some().then_some("true")} aria-describedby={described}
                    {oninput} {onblur} />
                { switch.unwrap_or_default() }
            </div>
            if let Some(echo) = echo {
                <p class="echo" aria-live="polite">{ echo }</p>
            }
            if let Some(w) = implausible {
                <p class="field-warning implausible" role="status">{ w }</p>
            }
            { ledger.unwrap_or_default() }
            <div class="options">{ unsure_box }</div>
            { how.clone().unwrap_or_default() }
            { clear.clone().unwrap_or_default() }
            { error.unwrap_or_default() }
            { warning.clone().unwrap_or_default() }
        </div>
    }
}

/// What a typed amount adds: how it was read, the 万元/元 switch, and the warnings of a figure
/// that looks typed in the wrong unit.
struct MoneyExtras {
    implausible: Option<String>,
    switch: Option<Html>,
    ledger: Option<Html>,
    echo: Option<String>,
}

fn money_extras(p: &FieldProps, text_is_value: bool) -> MoneyExtras {
    let lang = p.lang;
    let def = p.fact.def();
    let money = def.kind == Kind::Money;
    // A year's business figure of a few hundred yuan is most likely 万元 typed in 元.
    let implausible = match (&p.value, text_is_value) {
        (Some(Value::Money(d)), true) if yc_engine::input::implausibly_small(p.fact, *d) => {
            Some(say!(
                lang,
                field.implausibly_small,
                label = p.fact.def().label.get(lang),
                amount = yc_engine::input::format_yuan(*d, lang),
                wan = d.normalize(),
                in_yuan =
                    yc_engine::input::format_yuan(*d * rust_decimal::Decimal::from(10_000), lang),
            ))
        }
        _ => None,
    };
    let switch = money.then(|| {
        let to = |wan: bool| {
            let on_action = p.on_action.clone();
            let fact = p.fact;
            Callback::from(move |_: MouseEvent| on_action.emit(Action::SetMoneyUnit(fact, wan)))
        };
        html! {
            <span class="unit-switch" role="group" aria-label={t!(field.unit).get(lang)}>
                <button type="button" class="unit-option" data-unit="wan" aria-pressed={p.wan.to_string()} onclick={to(true)}>{ t!(field.unit_wan).get(lang) }</button>
                <button type="button" class="unit-option" data-unit="yuan" aria-pressed={(!p.wan).to_string()} onclick={to(false)}>{ t!(field.yuan).get(lang) }</button>
            </span>
        }
    });
    // A ledger figure in yuan typed into a field read in 万元: 2600000 would be 260亿元.
    let ledger = p.yuan_looking.map(|yuan| {
        let as_typed = match &p.value {
            Some(Value::Money(d)) if text_is_value => yc_engine::input::format_yuan(*d, lang),
            _ => String::new(),
        };
        let read_in_yuan = yc_engine::input::format_yuan(yuan, lang);
        let on_action = p.on_action.clone();
        let fact = p.fact;
        let to_yuan = Callback::from(move |_: MouseEvent| on_action.emit(Action::SetMoneyUnit(fact, false)));
        html! {
            <div class="field-warning ledger" role="status" data-yuan-looking={yuan.to_string()}>
                <p>{ say!(lang, field.read_typed_ledger_figure_yuan, as_typed, read_in_yuan) }</p>
                <button type="button" class="secondary" data-read-in-yuan="true" onclick={to_yuan}>{ say!(lang, field.read_yuan_read_yuan, read_in_yuan) }</button>
            </div>
        }
    });
    let echo = match (&p.value, def.kind, text_is_value) {
        (Some(Value::Money(d)), Kind::Money, true) => Some(format!(
            "{}{}",
            t!(field.read).get(lang),
            yc_engine::input::format_yuan(*d, lang)
        )),
        _ => None,
    };
    MoneyExtras {
        implausible,
        switch,
        ledger,
        echo,
    }
}
