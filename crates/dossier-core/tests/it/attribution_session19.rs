//! Issue 18, session 19 (attrib), from readings of unseen FNC-1 bodies: the attribution
//! tokenizer reads given names from the pipeline's lexicon; an act is no statement ("refused
//! to meet", "decided to leave", "mentioned his trip", "no one knows",
//! "praising his songs", "a conference call on Tuesday"); a place in apposition to a place
//! ("in Iguala, southern Mexico") is not the speaker; "he"
//! after one unnamed person who spoke is that person. Realistic news sentences written for
//! these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::{extract_with, lexicon::Lexicon, make_document, DocumentHeader};

#[test]
fn a_middle_initial_after_a_given_name_of_the_users_lexicon_stays_in_the_name() {
    // "Ilir" is a given name of the user's `--lexicon` only.
    let text = "\"The talks have stalled,\" said Ilir K. Hoxha, a spokesman for the mission.";
    let lex = Lexicon::with_overlay(&[("given_names.tsv", "ilir\tm\n")]).unwrap();
    let st = extract_with(&make_document(text, DocumentHeader::default()), &lex).statements;
    let s = find_cue(&st, "said").expect("said");
    assert_eq!(
        s.speaker.mention.as_ref().map(|m| m.text.as_str()),
        Some("Ilir K. Hoxha"),
        "{s:#?}"
    );
}

#[test]
fn refusing_or_deciding_to_act_is_no_statement() {
    // Session 29: a refusal is an intention with stance deny (as PolNeAR annotates "refused
    // to"). "decided to leave" is now read too: its infinitive is no longer taken for an
    // adverbial tail (boundaries.rs), and "decided" is a belief cue of verbs.tsv, as PolNeAR
    // annotates it; whether a decision to act should be a statement is left to the lead.
    let st = statements(
        "The prime minister refused to meet the exiled opposition leader during his visit to Oslo. Last year the foreign minister decided to leave the coalition over the budget.",
    );
    let s = find_cue(&st, "refused").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.stance, dossier_core::Stance::Deny, "{s:#?}");
    assert!(find_cue(&st, "decided").is_some(), "{st:#?}");
}

#[test]
fn deciding_that_something_is_so_stays_a_statement() {
    let st = statements(
        "The electoral commission decided that the vote in the northern districts had been rigged.",
    );
    let s = with_content(&st, "had been rigged");
    assert!(s.speaker.name.contains("commission"), "{s:#?}");
}

#[test]
fn mentioning_or_praising_a_thing_is_no_statement() {
    let st = statements(
        "Earlier posts on his account mentioned his trip to Turkey in 2013. Nobody knows where the commander is now. His family released a short statement praising his songs.",
    );
    assert!(find_cue(&st, "mentioned").is_none(), "{st:#?}");
    assert!(find_cue(&st, "knows").is_none(), "{st:#?}");
    assert!(find_cue(&st, "praising").is_none(), "{st:#?}");
}

#[test]
fn mentioning_that_something_is_so_stays_a_statement() {
    let st = statements("The ambassador mentioned that the talks had stalled over sanctions.");
    let s = with_content(&st, "the talks had stalled");
    assert!(s.speaker.name.contains("ambassador"), "{s:#?}");
}

#[test]
fn a_region_after_a_town_is_where_the_speakers_are_not_who_speaks() {
    let st = statements(
        "Relatives of the students abducted in Iguala, southern Mexico said the investigation had stalled.",
    );
    let s = with_content(&st, "the investigation had stalled");
    assert!(
        speaker_words(s).starts_with("Relatives"),
        "the region took the statement: {s:#?}"
    );
}

#[test]
fn he_after_one_unnamed_person_who_spoke_is_that_person() {
    let st = statements(
        "Another neighbour, who is in his 60s and asked not to be named, said nobody on the street had spoken to the couple.\n\n'We saw the police cars but we kept to ourselves,' he said.",
    );
    let s = with_content(&st, "We saw the police cars");
    assert_eq!(speaker_words(s), "he", "{s:#?}");
    assert!(
        s.speaker.name.to_lowercase().contains("neighbour"),
        "the pronoun stayed unresolved: {s:#?}"
    );
}

#[test]
fn a_conference_call_on_a_day_is_no_call_on_someone() {
    let st = statements(
        "Executives at the airline mentioned the strike during a conference call on Tuesday with analysts.",
    );
    assert!(find_cue(&st, "mentioned").is_none(), "{st:#?}");
    assert!(find_cue(&st, "call on").is_none(), "{st:#?}");
}

#[test]
fn nouns_of_an_act_undertaken_are_no_statements() {
    // Session 19 (lead): "the government's efforts to secure their release", "Thompson's
    // refusal to prosecute", "his decision to leave" name acts, not what anyone said.
    let st = crate::statement_harness::statements(
        "Their continued captivity has led to criticism of the Nigerian government's efforts to secure their release. The mayor's decision to close the schools angered parents, and the prosecutor's refusal to charge the officers drew protests.",
    );
    assert!(
        st.iter()
            .all(|s| !matches!(s.cue.text.as_str(), "efforts" | "decision" | "refusal")),
        "{st:#?}"
    );
    // A noun of saying keeps its clause.
    let st = crate::statement_harness::statements(
        "The ministry's announcement that the border would reopen on Monday surprised traders.",
    );
    assert!(
        st.iter()
            .any(|s| s.content.text.contains("the border would reopen")),
        "{st:#?}"
    );
}

#[test]
fn citing_after_by_or_as_is_no_relay() {
    // Session 19 (lead): "expressed his anger by citing American movie icon Clint Eastwood"
    // made Eastwood the speaker of the sentence before "citing".
    let st = crate::statement_harness::statements(
        "During a private meeting with senators, the king expressed his anger by citing the actor Clint Eastwood. An aide described the monarch as quoting a war film.",
    );
    assert!(
        st.iter()
            .all(|s| !matches!(s.cue.text.as_str(), "citing" | "quoting")),
        "{st:#?}"
    );
    // A relay still reads: the outlet reported, citing officials.
    let st = crate::statement_harness::statements(
        "The newspaper reported, citing two senior officials, that the minister had resigned.",
    );
    assert!(
        st.iter()
            .any(|s| s.content.text.contains("the minister had resigned")),
        "{st:#?}"
    );
}
