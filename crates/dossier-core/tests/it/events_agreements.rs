//! Agreements struck, reached and signed are agreements (CAMEO 057/0871), not strikes: the
//! lead's reading of unseen FNC-1 bodies (session 9) found "Nigeria says it has struck a
//! cease-fire deal with Boko Haram" coded as an assault and claimed as "Nigeria attack".
//! Sentences written for these tests, checked through the whole pipeline.

use crate::event_harness::{events, on_verb};

#[test]
fn striking_a_deal_is_the_deal() {
    let (evs, dump) = events(
        "Nigeria says it has struck a cease-fire deal with Boko Haram, raising hopes that the abducted students will be freed.",
    );
    let struck = on_verb(&evs, "struck");
    assert_eq!(struck.len(), 1, "{dump}");
    assert_eq!(struck[0].action.cameo, "057", "{dump}");
    assert_eq!(
        struck[0].target.as_ref().map(|t| t.id.as_str()),
        Some("GROUP.BOKOHARAM"),
        "{dump}"
    );
    assert!(
        !evs.iter().any(|e| e.action.cameo.starts_with("19")),
        "no attack: {dump}"
    );
}

#[test]
fn striking_a_deal_is_the_deal_when_the_parser_hangs_the_noun_elsewhere() {
    // A long continuation makes the parser take "deal" for a subject further on.
    let (evs, dump) = events(
        "Nigeria says it has struck a cease-fire deal with Boko Haram, raising hopes that over 200 schoolgirls who were kidnapped by the militant group will be released.",
    );
    let struck = on_verb(&evs, "struck");
    assert!(
        struck.iter().all(|e| !e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn reaching_an_agreement_or_a_truce_is_no_attack() {
    let (evs, dump) =
        events("Iran and the six powers reached an agreement on the nuclear programme in Vienna.");
    let reached = on_verb(&evs, "reached");
    assert_eq!(reached.len(), 1, "{dump}");
    assert_eq!(reached[0].action.cameo, "057", "{dump}");
    let (evs, dump) = events(
        "The two governments reached a truce on Sunday after a week of shelling along the border, Turkish officials said.",
    );
    assert!(
        !on_verb(&evs, "reached")
            .iter()
            .any(|e| e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn a_support_verb_ending_the_text_reads_nothing_past_it() {
    // The word-class fallback stops at the sentence's last token (a bounds bug the Emergent
    // headlines found: a support verb as the last word of the text).
    for text in [
        "A deal was struck",
        "Agreement reached",
        "Nigeria says a truce was finally reached",
        "Rebels struck",
    ] {
        let (evs, dump) = events(text);
        assert!(evs.len() <= 1, "{dump}");
    }
}

#[test]
fn a_deal_struck_is_no_attack_claim_either() {
    use dossier_core::{extract, make_document, DocumentHeader};
    for text in [
        "Nigeria says it has struck a cease-fire deal with Boko Haram, raising hopes that the abducted students will be freed.",
        "Nigeria says it has struck a cease-fire deal with Boko Haram, raising hopes that over 200 schoolgirls who were kidnapped by the militant group will be released.",
    ] {
        let x = extract(&make_document(text, DocumentHeader::default()));
        assert!(
            !x.claims.iter().any(|c| c.predicate.starts_with("attack")),
            "{:#?}",
            x.claims
        );
    }
    // An attack stays one.
    let x = extract(&make_document(
        "Boko Haram fighters attacked the town of Baga on Saturday, residents said.",
        DocumentHeader::default(),
    ));
    assert!(
        x.claims.iter().any(|c| c.predicate.starts_with("attack")),
        "{:#?}",
        x.claims
    );
}
