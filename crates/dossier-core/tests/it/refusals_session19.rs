//! Issue 18, session 19 (lead), from a reading of unseen FNC-1 bodies: "declined to confirm or
//! deny that …" is one refusal to comment, not a refusal plus a denial of its own ("Downing
//! Street … deny | that the reported name was known" on four bodies). Realistic news sentences
//! written for these tests.

use crate::statement_harness::{statements, with_content};
use dossier_core::Stance;

#[test]
fn declining_to_confirm_or_deny_is_one_refusal_about_the_clause() {
    let st = statements(
        "The Foreign Office declined to confirm or deny that the detained engineer had been working for British intelligence.",
    );
    let s = with_content(&st, "the detained engineer had been working");
    assert_eq!(s.stance, Stance::NoComment, "{st:#?}");
    assert!(
        s.cue.text.starts_with("declined") && s.cue.text.ends_with("deny"),
        "cue {:?}",
        s.cue.text
    );
    assert!(!s.content.text.starts_with("that"), "{:?}", s.content.text);
    assert!(
        st.iter().all(|s| s.stance != Stance::Deny),
        "a refusal read as a denial: {st:#?}"
    );
}

#[test]
fn will_not_confirm_or_deny_and_neither_nor_are_refusals() {
    let st = statements(
        "The Pentagon will not confirm or deny that special forces crossed into Syria last week.",
    );
    let s = with_content(&st, "special forces crossed into Syria");
    assert_eq!(s.stance, Stance::NoComment, "{st:#?}");
    assert_eq!(st.len(), 1, "{st:#?}");

    let st = statements(
        "A ministry spokesman said the government would neither confirm nor deny reports that the minister had resigned.",
    );
    assert!(
        st.iter().all(|s| s.stance != Stance::Deny),
        "a refusal read as a denial: {st:#?}"
    );
}

#[test]
fn a_plain_denial_and_a_refusal_to_confirm_stay_what_they_are() {
    let st = statements("The ministry denied that the minister had resigned.");
    assert_eq!(
        with_content(&st, "the minister had resigned").stance,
        Stance::Deny
    );
    let st = statements("Police declined to confirm the identity of the man.");
    assert_eq!(
        with_content(&st, "identity of the man").stance,
        Stance::NoComment,
        "{st:#?}"
    );
}

#[test]
fn a_refusal_about_a_clause_notes_its_proposition_and_a_topic_gives_none() {
    use dossier_core::{extract, make_document, DocumentHeader};
    let x = extract(&make_document(
        "The Home Office will not confirm or deny that the man arrested in Luton is Abu Hamza's son. An FBI spokesperson declined to address the issue of the recording when contacted by Reuters on Tuesday.",
        DocumentHeader::default(),
    ));
    let noted: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.stance == Stance::NoComment)
        .map(|c| (c.predicate.as_str(), c.evidence.text.as_str()))
        .collect();
    assert!(
        noted
            .iter()
            .any(|(_, e)| e.contains("the man arrested in Luton")),
        "the refused clause bears on its proposition: {noted:#?}"
    );
    assert!(
        noted.iter().all(|(_, e)| !e.contains("contacted")),
        "a refused topic is no proposition: {noted:#?}"
    );
}

#[test]
fn al_qaeda_in_iraq_is_a_group_not_the_state() {
    use dossier_core::{extract, make_document, DocumentHeader};
    let x = extract(&make_document(
        "The group grew out of al-Qaida in Iraq, which beheaded the American contractor Eugene Armstrong in 2004.",
        DocumentHeader::default(),
    ));
    let doers: Vec<&str> = x.events.iter().map(|e| e.source.name.as_str()).collect();
    assert!(!doers.contains(&"Iraq"), "{:#?}", x.events);
    assert!(
        x.actors.iter().any(|a| a.name == "al-Qaeda in Iraq"),
        "{:#?}",
        x.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_real_name_and_an_in_fact_copula_are_identities() {
    use dossier_core::{extract, make_document, DocumentHeader};
    for text in [
        "Police said on Thursday that the gunman's real name is Michael Zehaf-Bibeau, a Quebec native.",
        "The newspaper reported that the masked militant is in fact Mohammed Emwazi, a computer programmer from west London.",
    ] {
        let x = extract(&make_document(text, DocumentHeader::default()));
        let ids: Vec<String> = x
            .claims
            .iter()
            .filter(|c| c.predicate == "identify")
            .map(|c| format!("{} = {:?}", c.subject.name, c.target.as_ref().map(|t| &t.name)))
            .collect();
        assert_eq!(ids.len(), 1, "{text}: {ids:#?} {:#?}", x.claims);
        assert!(
            ids[0].contains("Zehaf-Bibeau") || ids[0].contains("Emwazi"),
            "{ids:#?}"
        );
    }
}
