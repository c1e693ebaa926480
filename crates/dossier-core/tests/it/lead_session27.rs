//! Session 27, from the lead's reading of real articles: an outlet that was told something is
//! not what "it" in the telling stands for, and Amazon the company. Sentences written for these
//! tests, each with a control.

use dossier_core::{extract, make_document, DocumentHeader, Extraction};

fn run(text: &str) -> Extraction {
    extract(&make_document(text, DocumentHeader::default()))
}

/// The actor with a mention starting at the `nth` (0-based) occurrence of `word` in `text`.
fn actor_of(x: &Extraction, text: &str, word: &str, nth: usize) -> Option<String> {
    let start = text.match_indices(word).nth(nth)?.0;
    x.actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| m.start == start))
        .map(|a| a.id.clone())
}

#[test]
fn it_after_telling_an_outlet_is_the_teller() {
    let text =
        "The Pentagon told the Telegraph that it had not yet conducted any strikes in Syria.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it had", 0).as_deref(),
        Some("USA.DOD"),
        "{:#?}",
        x.actors
    );
    // Controls: an outlet that is the subject is "it"; a state that is warned is "it".
    let text = "The Telegraph reported that it had obtained the documents from a defector.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it had", 0).as_deref(),
        Some("OUTLET.TELEGRAPH"),
        "{:#?}",
        x.actors
    );
    let text = "Russia warned Ukraine that it would face consequences for the attack.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "it would", 0).as_deref(),
        Some("UKR"),
        "{:#?}",
        x.actors
    );
}

#[test]
fn amazon_the_company_and_the_amazon_the_forest() {
    let text = "Amazon plans to open its first store in Manhattan, the company said on Thursday.";
    let x = run(text);
    assert_eq!(
        actor_of(&x, text, "Amazon", 0).as_deref(),
        Some("ORG.AMAZON"),
        "{:#?}",
        x.actors
    );
    // Control: the river basin is no company, and no person either.
    let text = "Fires in the Amazon destroyed large areas of rainforest in Brazil last year.";
    let x = run(text);
    assert_eq!(actor_of(&x, text, "Amazon", 0), None, "{:#?}", x.actors);
}
