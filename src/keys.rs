//! The names the app shares with its page, its scripts and its tests, written once: what it keeps
//! in this browser's local storage, and where a language's texts are (the file beside the Wasm,
//! or the inline block of the single-file edition).
//!
//! The build writes them into index.html as `<meta name="yc-boot" data-…>` (`boot_meta`, by
//! `yc-prerender`): the page's boot script reads the settings and preloads the texts file from
//! there, `scripts/standalone.mjs` names the inline blocks from there, and the E2E harness reads
//! the storage keys from the built page. None of them writes a name of its own.

use yc_engine::text::Part;
use yc_engine::Lang;

/// The autosaved answers, in the readable share-link form (`v=1&d=…&location=…`; earlier
/// releases saved a profile JSON document there, which the whole program still reads).
pub const PROFILE: &str = "yc-calculator/profile";
/// How the autosave's text begins ([`PROFILE`]): the readable share link's version pair, as
/// `yc_engine::Profile::to_readable_fragment` writes it. index.html's loader starts the whole
/// program for saved answers that begin otherwise (a JSON document).
pub const SAVED_FORM: &str = "v=1&";
/// Where autosaved answers that cannot be read are set aside.
pub const CORRUPT: &str = "yc-calculator/profile-unreadable";
/// The language and 长者版 switches.
pub const SETTINGS: &str = "yc-calculator/settings";
/// Money fields the user switched to 元 (ids).
pub const UNITS: &str = "yc-calculator/yuan-fields";
/// The page last shown, so reopening resumes there.
pub const VIEW: &str = "yc-calculator/view";
/// Staff's draft guideline values (the workbench's guideline preview, staff.html); never in a
/// link.
pub const GUIDELINE: &str = "yc-calculator/guideline-draft";
/// The staff workbench's column mapping (staff.html): one `header<TAB>target` line per column
/// staff mapped by hand.
pub const STAFF_MAPPING: &str = "yc-calculator/staff-mapping";
/// Written and removed to learn whether this browser keeps what a page saves.
pub const PROBE: &str = "yc-calculator/probe";

/// The id of the `<script type="text/plain">` that carries a language's texts of one part in
/// the single-file edition.
pub const fn inline_texts_id(lang: Lang, part: Part) -> &'static str {
    match (lang, part) {
        (Lang::Zh, Part::First) => "yc-texts-zh",
        (Lang::En, Part::First) => "yc-texts-en",
        (Lang::Zh, Part::Rest) => "yc-texts-rest-zh",
        (Lang::En, Part::Rest) => "yc-texts-rest-en",
    }
}

/// The marker index.html holds until the build writes [`boot_meta`] in its place.
pub const BOOT_MARKER: &str = r#"<meta name="yc-boot">"#;

/// The boot tag's attribute with the start page's figures, as the build derived them
/// (`components::start::StartFigures::for_page`), so the app need not derive them again.
pub const START_FIGURES: &str = "data-start-figures";

/// The `<meta name="yc-boot">` tag with every name above, the texts files of this build and
/// `start_figures` (as [`START_FIGURES`]).
pub fn boot_meta(start_figures: &str) -> String {
    let mut out = String::from(r#"<meta name="yc-boot""#);
    let storage = [
        ("profile", PROFILE),
        ("corrupt", CORRUPT),
        ("settings", SETTINGS),
        ("units", UNITS),
        ("view", VIEW),
        ("guideline", GUIDELINE),
        ("probe", PROBE),
        ("saved-form", SAVED_FORM),
    ];
    for (name, key) in storage {
        out.push_str(&format!(r#" data-{name}="{key}""#));
    }
    for lang in [Lang::Zh, Lang::En] {
        let code = lang.code();
        for (part, name) in [(Part::First, ""), (Part::Rest, "rest-")] {
            out.push_str(&format!(
                r#" data-texts-{name}{code}="{}" data-inline-{name}{code}="{}""#,
                yc_engine::text::data_file(lang, part),
                inline_texts_id(lang, part)
            ));
        }
    }
    out.push_str(&format!(r#" {START_FIGURES}="{start_figures}""#));
    out.push('>');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_autosave_begins_as_the_readable_link_does() {
        assert_eq!(
            SAVED_FORM,
            format!("v={}&", yc_engine::link::READABLE_VERSION)
        );
        let p = yc_engine::Profile::new(yc_engine::Date::new(2026, 11, 26).unwrap());
        assert!(p.to_readable_fragment().starts_with(SAVED_FORM));
        assert!(boot_meta("").contains(r#" data-saved-form="v=1&""#));
    }

    #[test]
    fn the_boot_tag_names_every_key_and_both_texts_files() {
        let tag = boot_meta("");
        for key in [PROFILE, CORRUPT, SETTINGS, UNITS, VIEW, GUIDELINE, PROBE] {
            assert!(tag.contains(&format!("=\"{key}\"")), "{key}");
        }
        for lang in [Lang::Zh, Lang::En] {
            for part in [Part::First, Part::Rest] {
                assert!(tag.contains(yc_engine::text::data_file(lang, part)));
                assert!(tag.contains(&format!("=\"{}\"", inline_texts_id(lang, part))));
            }
        }
        assert!(tag.starts_with(&BOOT_MARKER[..BOOT_MARKER.len() - 1]));
        assert!(!tag.contains('\'') && tag.matches('"').count().is_multiple_of(2));
    }

    #[test]
    fn the_keys_are_distinct() {
        let keys = [PROFILE, CORRUPT, SETTINGS, UNITS, VIEW, GUIDELINE, PROBE];
        for (i, a) in keys.iter().enumerate() {
            assert!(keys[i + 1..].iter().all(|b| b != a), "{a}");
        }
    }
}
