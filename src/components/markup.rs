//! Display-only markup written as text: for parts of a page that have no input, no listener and
//! no state of their own (the print summary, a card's fold), one `String` written by a few calls
//! compiles to far less Wasm than the same elements through `html!`, which expands every element,
//! attribute and child into its own code (docs/benchmarks.md, "Eighth session"). Yew mounts the
//! text as it is (`Html::from_html_unchecked`) and replaces it only when it changes.
//!
//! Every text and attribute value goes through [`escape`]: nothing typed or loaded reaches the
//! page as markup.

use yew::{AttrValue, Html};

/// Markup being written.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag a="v" …>`; an attribute whose value is `None` is left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(value, &mut self.0);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    /// `<tag class="class">`, the common case.
    pub fn open_class(&mut self, tag: &str, class: &str) -> &mut Self {
        self.open(tag, &[("class", Some(class))])
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(text, &mut self.0);
        self
    }

    /// `<tag class="class">text</tag>` (no class attribute when `class` is empty).
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, &[("class", (!class.is_empty()).then_some(class))])
            .text(text)
            .close(tag)
    }

    /// Text in which every ISO date (`2026-09-30`) is kept on one line, as
    /// `crate::format::whole_dates` does for `html!`.
    pub fn dates(&mut self, text: &str) -> &mut Self {
        for (part, is_date) in crate::format::date_parts(text) {
            if is_date {
                self.el("span", "nowrap", part);
            } else {
                self.text(part);
            }
        }
        self
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }

    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references.
pub fn escape(text: &str, out: &mut String) {
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let with = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        out.push_str(with);
        from = i + 1;
    }
    out.push_str(&text[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.open("p", &[("class", Some("a\"b")), ("data-x", None)])
            .text("<script>&'")
            .close("p");
        assert_eq!(
            m.as_str(),
            "<p class=\"a&quot;b\">&lt;script&gt;&amp;&#39;</p>"
        );
    }

    #[test]
    fn dates_stay_whole() {
        let mut m = Markup::new();
        m.dates("截至2026-09-30，或 2027-04-30。");
        assert_eq!(
            m.as_str(),
            "截至<span class=\"nowrap\">2026-09-30</span>，或 <span class=\"nowrap\">2027-04-30</span>。"
        );
    }
}
