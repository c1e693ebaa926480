//! Issue 18: non-speech not taken as speech, speakers an analyst trusts, and each statement's
//! confidence. Realistic news sentences written for these tests.

use dossier_core::attribution::UNATTRIBUTED_ID;
use dossier_core::{extract, make_document, DocumentHeader, Sourcing, Stance, Statement};

fn statements(text: &str) -> Vec<Statement> {
    extract(&make_document(text, DocumentHeader::default())).statements
}

fn with_cue<'a>(st: &'a [Statement], cue: &str) -> Option<&'a Statement> {
    st.iter().find(|s| s.cue.text.eq_ignore_ascii_case(cue))
}

#[test]
fn looking_and_wanting_are_not_speech() {
    let st = statements(
        "The video appears to show the journalist kneeling in the desert. South Koreans who want reunification with the North have protested in Seoul. This picture shows the remains of the aircraft outside Donetsk.",
    );
    assert!(with_cue(&st, "show").is_none(), "{st:#?}");
    assert!(with_cue(&st, "shows").is_none(), "{st:#?}");
    assert!(with_cue(&st, "want").is_none(), "{st:#?}");
    // The hedge stays, as an unattributed statement with no invented speaker.
    let hedge = st
        .iter()
        .find(|s| s.content.text.starts_with("The video appears"))
        .expect("hedged statement");
    assert_eq!(hedge.speaker.id, UNATTRIBUTED_ID);
    assert_eq!(hedge.stance, Stance::Hedge);
}

#[test]
fn a_journalist_reporting_for_an_outlet_is_no_statement() {
    let st = statements(
        "Steven Sotloff, who has reported for Time, was captured in Syria in 2013. The Pentagon said it had no information on his whereabouts.",
    );
    assert!(with_cue(&st, "reported").is_none(), "{st:#?}");
    assert!(with_cue(&st, "said").is_some());
}

#[test]
fn passives_without_a_source_are_unattributed_statements() {
    for (text, words) in [
        (
            "It has been claimed that the militants used chemical weapons in the attack.",
            "It has been claimed",
        ),
        (
            "It was revealed that the minister had met the envoy twice.",
            "It was revealed",
        ),
        (
            "Baghdadi was said to have been wounded in an air strike near Mosul.",
            "was said to",
        ),
    ] {
        let st = statements(text);
        assert_eq!(st.len(), 1, "{text}: {st:#?}");
        assert_eq!(st[0].speaker.id, UNATTRIBUTED_ID, "{text}");
        assert_eq!(st[0].sourcing, Sourcing::Unattributed, "{text}");
        assert_eq!(st[0].cue.text, words, "{text}");
    }
}

#[test]
fn could_not_confirm_is_a_hedge() {
    let st = statements(
        "The Pentagon could not confirm the report that the commander had been killed in the strike.",
    );
    let s = with_cue(&st, "could not confirm").expect("statement");
    assert_eq!(s.stance, Stance::Hedge);
    assert_eq!(s.speaker.id, "USA.DOD");
    assert!(s.content.text.starts_with("the report that the commander"));
}

#[test]
fn a_named_official_stays_a_person_affiliated_with_the_body() {
    let st = statements(
        "White House chief of staff Denis McDonough said the United States would not be deterred by the threats.",
    );
    let s = with_cue(&st, "said").expect("statement");
    assert!(s.speaker.id.starts_with("PERSON."), "{:?}", s.speaker);
    assert!(s.speaker.name.contains("McDonough"));
    assert_eq!(s.on_behalf_of.as_ref().map(|b| b.id.as_str()), Some("USA"));
    assert_eq!(s.sourcing, Sourcing::Named);
}

#[test]
fn an_anonymous_official_is_never_promoted_to_the_state() {
    let st = statements(
        "A senior Yemeni airport official, who spoke on condition of anonymity, said the flight had been cancelled.",
    );
    let s = with_cue(&st, "said").expect("statement");
    assert_ne!(s.speaker.id, "YEM");
    assert_eq!(
        s.speaker.mention.as_ref().unwrap().text,
        "A senior Yemeni airport official"
    );
    assert_eq!(s.on_behalf_of.as_ref().map(|b| b.id.as_str()), Some("YEM"));
    assert_eq!(s.sourcing, Sourcing::Anonymous);
}

#[test]
fn confidence_is_low_for_unresolved_pronouns_and_high_for_named_quotes() {
    let st = statements(
        "“We will respond to any aggression,” Foreign Minister Abbas Araghchi said on Monday. They said the talks would go on.",
    );
    let named = st
        .iter()
        .find(|s| s.content.text.starts_with("We will respond"))
        .expect("quote");
    assert!(named.confidence >= 0.9, "{named:#?}");
    let pronoun = st
        .iter()
        .find(|s| s.content.text.starts_with("the talks"))
        .expect("pronoun statement");
    assert!(pronoun.speaker.id.starts_with("UNKNOWN."), "{pronoun:#?}");
    assert!(pronoun.confidence < named.confidence);
    assert!(pronoun.confidence < 0.35, "{pronoun:#?}");
}

#[test]
fn old_statement_json_without_confidence_reads_as_full_confidence() {
    let st = statements("Iran's foreign ministry said the reports were baseless.");
    let mut v = serde_json::to_value(&st[0]).unwrap();
    v.as_object_mut().unwrap().remove("confidence");
    let back: Statement = serde_json::from_value(v).unwrap();
    assert_eq!(back.confidence, 1.0);
}
