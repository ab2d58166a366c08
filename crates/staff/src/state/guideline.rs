//! The guideline preview: values a guideline not yet published would set (an amount, a rate),
//! typed by bureau staff to see what they would mean for the enterprises of a list. The values
//! stay on this device until cleared and never travel in a share link; the list's screening and
//! its export keep the published values (the export holds no amount a guideline sets), and an
//! enterprise's cards opened from the table are assessed again with the draft, each card that
//! uses a draft value marked so. The drafts export as lines for `policy/parameters.toml`.

use super::Workbench;
use yc_engine::eval::{evaluate_with, Assessment};
use yc_engine::input::InputError;
use yc_engine::params::{self, Draft, DraftValue, Unit};
use yc_engine::Profile;

/// How a draft value's source is marked (it is no published document).
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

impl Workbench {
    /// A value typed for parameter `id` (empty text removes it). Unknown ids are ignored.
    pub(super) fn type_guideline(&mut self, id: &str, text: String) {
        let Some(def) = params::def(id) else {
            return;
        };
        self.guideline.retain(|(k, _)| *k != def.id);
        if !text.trim().is_empty() {
            self.guideline.push((def.id, text));
        }
    }

    /// The typed values that parse, as an engine draft in force from the assessment date.
    pub fn guideline_draft(&self) -> Draft {
        Draft {
            histories: self
                .guideline
                .iter()
                .filter_map(|(id, text)| {
                    let value = parse_guideline(id, text).ok()?;
                    Some((
                        *id,
                        vec![DraftValue {
                            from: self.date,
                            value: value.to_string(),
                            source: DRAFT_SOURCE.to_string(),
                        }],
                    ))
                })
                .collect(),
        }
    }

    /// Whether draft values are in use.
    pub fn has_draft(&self) -> bool {
        !self.guideline_draft().histories.is_empty()
    }

    /// The typed values refused, with why: those that do not parse, and those the text rules
    /// out (a software-firm rate above the general rate, §2.1), which the engine leaves out.
    pub fn guideline_errors(&self) -> Vec<(&'static str, InputError)> {
        let mut errors: Vec<_> = self
            .guideline
            .iter()
            .filter_map(|(id, text)| parse_guideline(id, text).err().map(|e| (*id, e)))
            .collect();
        errors.extend(params::draft_refusals(self.date, &self.guideline_draft()));
        errors
    }

    /// An enterprise's assessment as its cards show it: the screening's, or with draft values
    /// in use, assessed again with them.
    /// The parameters an opened enterprise is assessed with: the published ones on the list's
    /// date, with the preview's draft values where any are typed.
    pub fn params_for_detail(&self) -> Vec<params::Parameter> {
        params::in_force_with(self.date, &self.guideline_draft())
    }

    pub fn assessment_for(&self, profile: &Profile, screened: &Assessment) -> Assessment {
        let draft = self.guideline_draft();
        if draft.histories.is_empty() {
            screened.clone()
        } else {
            evaluate_with(profile, &params::in_force_with(self.date, &draft))
        }
    }

    /// The draft values as lines for `policy/parameters.toml` (docs/policy-data.md), for the
    /// maintainers. The source is left empty on purpose: the file refuses a value without one,
    /// so whoever enters it must name the guideline's document and article.
    pub fn guideline_snippet(&self) -> String {
        let mut out = format!(
            "# 指南参数草稿（未发布），{} 导出。填入 policy/parameters.toml 对应参数的 values，并写明 source（指南文号和条款）。\n# Draft guideline values (not published), exported {}. Put them in the parameter's values in policy/parameters.toml and fill in the source (the guideline's number and article).\n",
            self.date, self.date
        );
        for (id, values) in self.guideline_draft().histories {
            for v in values {
                out.push_str(&format!(
                    "\n# {id}\n  {{ from = \"{}\", value = \"{}\", source = \"\" }},\n",
                    v.from, v.value
                ));
            }
        }
        out
    }
}
