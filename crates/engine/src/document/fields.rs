//! The fields of the profile document, in the words of its data contract (`docs/profile.md`).

use crate::facts::{Kind, FACT_DEFS};
use crate::questions::question;
use crate::text::Lang;

/// The profile fields as a Markdown table: `docs/profile.md` holds it as written here
/// (`yc-eval --fields` prints it; a test compares, and `YC_BLESS=1` rewrites the doc's table).
pub fn table() -> String {
    let mut out = String::from(
        "| key | type | step | meaning | 中文 | values |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for def in FACT_DEFS {
        let kind = match def.kind {
            Kind::Bool => "boolean",
            Kind::ThisYear => "boolean for a year: `{\"answer\": true, \"year\": 2026}`",
            Kind::Choice => "string (one code)",
            Kind::Set => "array of codes",
            Kind::Money => "money: string, yuan",
            Kind::Count => "integer ≥ 0",
            Kind::Score => "integer 0–100",
            Kind::Date => "date: string YYYY-MM-DD",
        };
        let values = def
            .options
            .iter()
            .map(|o| format!("`{}` {}", o.code, o.label.get(Lang::En)))
            .collect::<Vec<_>>()
            .join("; ");
        let q = question(def.fact);
        out.push_str(&format!(
            "| `{}` | {} | {:?} | {} | {} | {} |\n",
            def.fact.id(),
            kind,
            q.step,
            def.label.get(Lang::En),
            def.label.get(Lang::Zh),
            values
        ));
    }
    out
}
