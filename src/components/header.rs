//! The top bar: the bureau, the tool's name, the language switch and the 长者版 switch.

use super::context::{Ctx, Intents};
use crate::state::{Action, View};
use yc_engine::Lang;
use yew::prelude::*;

pub fn header(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let switch_lang = ctx.send(Action::SetLang(if ctx.lang == Lang::Zh {
        Lang::En
    } else {
        Lang::Zh
    }));
    let switch_senior = ctx.send(Action::SetSenior(!ctx.senior));
    let home = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctx.dispatch(Action::Go(View::Start));
        })
    };
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="#" onclick={home}>
                    <span class="brand-owner">{ t!(header.yinchuan_science_technology_bureau).get(lang) }</span>
                    <span class="brand-name">{ t!(header.tech_enterprise_policy_calculator).get(lang) }</span>
                </a>
                <div class="header-tools">
                    <button type="button" class="tool-button" data-action="switch-language" lang={if lang == Lang::Zh { "en" } else { "zh-CN" }} onclick={switch_lang}>
                        { if lang == Lang::Zh { "English" } else { "中文" } }
                    </button>
                    <button type="button" class="tool-button" data-action="switch-senior" aria-pressed={ctx.senior.to_string()} onclick={switch_senior}>
                        { t!(header.large_text).get(lang) }
                    </button>
                </div>
            </div>
        </header>
    }
}
