//! Checks of the catalogue as data: ids, citations, quotes, fixed amounts and parameters.

use yc_engine::clauses::clause_text;
use yc_engine::{Lang, CATALOGUE};

#[test]
fn ids_are_unique_and_stable_in_form() {
    let mut seen = std::collections::HashSet::new();
    for p in CATALOGUE {
        assert!(seen.insert(p.id), "duplicate id {}", p.id);
        assert!(
            p.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            p.id
        );
        assert!(!p.name.get(Lang::Zh).is_empty() && !p.name.get(Lang::En).is_empty());
    }
}

#[test]
fn every_rule_cites_a_clause_and_quotes_it_verbatim() {
    for p in CATALOGUE {
        assert!(!p.clauses.is_empty(), "{} cites nothing", p.id);
        for c in p.clauses {
            assert!(
                clause_text(c).is_some(),
                "{} cites unknown clause {c}",
                p.id
            );
        }
        let main = clause_text(p.clauses[0]).unwrap();
        assert!(
            yc_engine::clauses::clause(p.clauses[0]).unwrap().verbatim,
            "{}: the main clause must be a verbatim text, not a summary",
            p.id
        );
        assert!(
            main.contains(p.quote),
            "{}: quote is not in clause {}",
            p.id,
            p.clauses[0]
        );
        for cr in p.criteria {
            assert!(
                clause_text(cr.clause).is_some(),
                "{}.{} cites unknown clause {}",
                p.id,
                cr.id,
                cr.clause
            );
        }
        // Every next step names a channel or place its clause names.
        let c = p
            .next_step
            .clause
            .unwrap_or_else(|| panic!("{}: the next step cites no clause", p.id));
        assert!(
            clause_text(c).is_some(),
            "{}: next step cites unknown clause {c}",
            p.id
        );
        // A card's notes are kept as one bit each of a 64-bit word (`eval::Notes`).
        assert!(p.notes.len() <= 64, "{}: more than 64 notes", p.id);
        for n in p.notes {
            assert!(
                clause_text(n.clause).is_some(),
                "{}: note cites unknown clause {}",
                p.id,
                n.clause
            );
        }
    }
}

#[test]
fn the_fixed_amounts_are_those_of_the_text() {
    let text = clause_text("2.1").unwrap();
    assert!(
        text.contains("高新技术企业累计最高补助50万元")
            && text.contains("科技小巨人企业累计最高补助30万元")
    );
    assert!(clause_text("2.3")
        .unwrap()
        .contains("分别给予30万和50万元的经费支持"));
}

#[test]
fn every_parameter_the_catalogue_names_is_in_the_parameters_file() {
    use yc_engine::catalogue::Benefit;
    for p in CATALOGUE {
        // Typed ids (`params::id`) name only entries of the file; this checks that each is a
        // guideline parameter (not a national threshold).
        let ids: Vec<yc_engine::params::ParamId> = match &p.benefit {
            Benefit::Guideline { params, .. } => params.to_vec(),
            Benefit::PilotBase { param } => vec![*param],
            Benefit::FirstRecognition { cap, .. } => vec![*cap],
            Benefit::PerRecognised { per, .. } => vec![*per],
            Benefit::TaxDeduction { rate, .. } => vec![*rate],
            Benefit::TaxRate { reduced, standard } => vec![*reduced, *standard],
            Benefit::Access { .. } | Benefit::Service { .. } => vec![],
        };
        for id in ids {
            assert!(
                yc_engine::params::def(id.as_str()).is_some(),
                "{}: no parameter {id} in policy/parameters.toml",
                p.id
            );
        }
    }
}

/// Every text of the catalogue, the clauses and the parameters is in the data file
/// the browser fetches: showing a text checks it in a debug build (`Text::get`), and showing the
/// tables shows every one of them. The self-checks and the evaluated notes are shown by the
/// fixture and citation tests, which evaluate every programme.
#[test]
fn every_long_text_of_the_tables_is_in_the_data_file() {
    let shown = format!(
        "{:?}{:?}{:?}",
        CATALOGUE,
        yc_engine::clauses::CLAUSES,
        yc_engine::params::DEFS
    );
    assert!(shown.contains("人才类项目推行经费包干制。"));
    let data = yc_engine::text::DATA;
    assert!(data.contains("\n人才类项目推行经费包干制。\t"));
    // Each language's file names itself by the hash and the language, and holds that language.
    // The catalogue's notes are the results' words: in the second part, which only the whole
    // program reads.
    use yc_engine::text::{data_file, data_for, Lang, Part, DATA_HASH};
    for (lang, part, name) in [
        (Lang::Zh, Part::First, "texts-zh"),
        (Lang::En, Part::First, "texts-en"),
        (Lang::Zh, Part::Rest, "texts-rest-zh"),
        (Lang::En, Part::Rest, "texts-rest-en"),
    ] {
        assert_eq!(data_file(lang, part), format!("{name}-{DATA_HASH}.txt"));
    }
    assert!(data_for(Lang::Zh, Part::Rest).contains("\n人才类项目推行经费包干制。\n"));
    assert!(!data_for(Lang::En, Part::Rest).contains("\n人才类项目推行经费包干制。\n"));
}
