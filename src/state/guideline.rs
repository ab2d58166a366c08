//! The staff's draft guideline values: how a typed value is read and how the drafts are
//! written out for `policy/parameters.toml`.

use super::AppState;
use yc_engine::input::InputError;
use yc_engine::params::{self, Unit};

/// How the preview marks a draft value's source (it is no published document).
pub const DRAFT_SOURCE: &str = "指南参数草稿（未发布） / draft guideline value (not published)";

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
