//! Attribution read on the syntax tree and speaker labels: beliefs and intentions with clausal
//! complements, nominal cues, parenthetical cues, transcript turns and signed quotations.
//! Sentences written for these tests.

use dossier_core::Mode;

use crate::statement_harness::{speaker_words, statements, with_cue};

#[test]
fn a_belief_verb_takes_its_clausal_complement_and_subject() {
    let st = statements(
        "Western intelligence officials believe that Russia will launch a new offensive in the spring.",
    );
    let s = with_cue(&st, "believe");
    assert!(speaker_words(s).contains("officials"), "{s:#?}");
    assert!(
        s.content
            .text
            .contains("Russia will launch a new offensive")
            && s.content.text.ends_with("in the spring"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn an_intention_with_an_object_before_the_infinitive_keeps_the_object() {
    let st = statements("The Kremlin wants Ukraine to abandon its bid to join NATO.");
    let s = with_cue(&st, "wants");
    assert_eq!(speaker_words(s), "The Kremlin");
    assert_eq!(s.content.text, "Ukraine to abandon its bid to join NATO");
}

#[test]
fn a_vow_with_an_infinitive_is_an_intention_of_its_subject() {
    let st = statements(
        "On Tuesday the rebel commander vowed to retake the airport before the end of the month.",
    );
    let s = with_cue(&st, "vowed");
    assert_eq!(speaker_words(s), "the rebel commander");
    assert_eq!(
        s.content.text,
        "to retake the airport before the end of the month"
    );
}

#[test]
fn a_passive_expectation_is_nobodys_attitude() {
    let st = statements("The vote is expected to take place on Sunday under heavy security.");
    assert!(
        st.iter().all(|s| s.cue.text != "expected"),
        "{:#?}",
        st.iter().map(|s| &s.cue.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_nominal_cue_takes_the_subject_of_its_verb() {
    let st = statements("Erdogan unveiled a plan to build a second canal through Istanbul.");
    let s = with_cue(&st, "plan");
    assert_eq!(speaker_words(s), "Erdogan");
    assert_eq!(s.content.text, "to build a second canal through Istanbul");
}

#[test]
fn a_complement_stops_before_a_new_clause_with_its_own_subject() {
    let st = statements(
        "The governor plans to release the audit, and the opposition wants to sue him in March.",
    );
    // (session 19: "refuses to release" is an act, no statement; an intention is one.)
    let s = with_cue(&st, "plans");
    assert_eq!(speaker_words(s), "The governor");
    assert!(s.content.text.starts_with("to release the audit"), "{s:#?}");
    assert!(
        !s.content.text.contains("opposition"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn a_parenthetical_cue_keeps_the_fronted_subject_in_the_content() {
    let st = statements(
        "The agreement, the foreign minister said, would end the blockade of the Black Sea ports.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "the foreign minister");
    assert!(s.content.text.starts_with("The agreement"), "{s:#?}");
    assert!(s.content.text.ends_with("Black Sea ports"), "{s:#?}");
}

#[test]
fn transcript_turns_are_statements_of_their_labels() {
    let st = statements(
        "Fox News host Chris Wallace interviewed Mike Pence on Sunday.\n\n\
         WALLACE: Will you accept the outcome of the election?\n\n\
         PENCE: We will accept the outcome of the election, and so will Donald Trump.\n\n\
         UPDATE: The campaign later clarified the remarks.",
    );
    let pence = st
        .iter()
        .find(|s| s.content.text.starts_with("We will accept the outcome"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(pence), "PENCE");
    assert_eq!(pence.mode, Mode::Direct);
    assert!(pence.content.text.ends_with("so will Donald Trump."));
    let wallace = st
        .iter()
        .find(|s| s.content.text.starts_with("Will you accept"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(wallace), "WALLACE");
    // A heading is no speaker.
    assert!(st.iter().all(|s| speaker_words(s) != "UPDATE"), "{st:#?}");
}

#[test]
fn a_one_off_capitalised_heading_is_no_transcript_turn() {
    let st = statements(
        "Kyiv cut off the talks on Thursday.\n\nBOOM: The ministry withdrew its statement on Friday.",
    );
    assert!(st.iter().all(|s| speaker_words(s) != "BOOM"), "{st:#?}");
}

#[test]
fn a_quotation_signed_with_a_dash_is_the_signers() {
    let st = statements(
        "Readers in Gaziantep told us what the sanctions mean to them.\n\n\
         “The price of bread has doubled in our town since the spring.” ― Amira Haddad\n\n\
         “We cannot pay the rent any more.” — Yusuf Kaya",
    );
    let a = st
        .iter()
        .find(|s| s.content.text.starts_with("The price of bread"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(a), "Amira Haddad");
    assert_eq!(a.mode, Mode::Direct);
    let b = st
        .iter()
        .find(|s| s.content.text.starts_with("We cannot pay"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(b), "Yusuf Kaya");
}

#[test]
fn labels_and_tree_cues_never_panic_on_odd_input() {
    for text in [
        "A: B",
        ":\n:\n: x y",
        "“” ―",
        "“x” ― ",
        "“unbalanced ― Name",
        "X, Y said, .",
        ", he said, would",
        "WALLACE:  \nWALLACE: a b\nWALLACE: ",
        "They believe that",
        "plan to",
    ] {
        let _ = statements(text);
    }
}

#[test]
fn a_cue_word_the_parse_reads_as_a_noun_opening_a_phrase_is_no_cue() {
    // "Extensive reports … have emerged": nobody reports here.
    let st = statements(
        "Extensive reports of executions, including beheadings, have emerged from areas under \
         the group's control.",
    );
    assert!(st.iter().all(|s| s.cue.text != "reports"), "{st:#?}");
    // The verb after a name stays a cue even where a tagger might hesitate.
    let st = statements("The Guardian reports that the ministry has opened an inquiry.");
    let s = with_cue(&st, "reports");
    assert!(s.content.text.contains("opened an inquiry"), "{s:#?}");
}

#[test]
fn a_coordinated_participle_takes_the_subject_of_the_clause_it_hangs_on() {
    let st = statements(
        "The defence minister dodged the question, pointing to the new budget and insisting that the army had enough ammunition for the winter.",
    );
    let s = with_cue(&st, "insisting");
    assert_eq!(speaker_words(s), "The defence minister");
    assert!(
        s.content
            .text
            .ends_with("the army had enough ammunition for the winter"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn a_participle_after_a_subordinator_takes_the_main_subject() {
    let st = statements(
        "The health minister resigned on Friday after saying that the ministry had ignored his warnings about the outbreak.",
    );
    let s = with_cue(&st, "saying");
    assert_eq!(speaker_words(s), "The health minister");
    assert!(
        s.content
            .text
            .ends_with("the ministry had ignored his warnings about the outbreak"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn an_absolute_participle_does_not_inherit_the_main_subject() {
    // "with three in ten saying": the sayers are the three in ten, not the voters.
    let st = statements(
        "Most voters shrugged off the choice, with three in ten saying the running mate would have no effect on their vote.",
    );
    assert!(
        st.iter()
            .filter(|s| s.cue.text == "saying")
            .all(|s| !speaker_words(s).contains("voters")),
        "{st:#?}"
    );
}

#[test]
fn an_attitude_adjective_with_a_clause_is_its_subjects_belief() {
    let st = statements(
        "Turkish officials are confident that the grain corridor will reopen before the harvest.",
    );
    let s = with_cue(&st, "confident");
    assert_eq!(speaker_words(s), "Turkish officials");
    assert!(
        s.content
            .text
            .ends_with("the grain corridor will reopen before the harvest"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn a_determined_subject_with_an_infinitive_is_an_intention() {
    let st =
        statements("The new government is determined to restore power to the capital by winter.");
    let s = with_cue(&st, "determined");
    assert_eq!(speaker_words(s), "The new government");
    assert_eq!(s.content.text, "to restore power to the capital by winter");
}

#[test]
fn a_statement_noun_with_a_that_clause_belongs_to_whoever_issued_it() {
    let st = statements(
        "The foreign ministry issued a statement that the ambassador had been recalled for consultations.",
    );
    let s = with_cue(&st, "statement");
    assert_eq!(speaker_words(s), "The foreign ministry");
    assert!(
        s.content
            .text
            .ends_with("the ambassador had been recalled for consultations"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn a_rejected_suggestion_is_not_the_rejecters_own() {
    let st =
        statements("The ministry dismissed the suggestion that its troops had crossed the border.");
    assert!(
        st.iter()
            .filter(|s| s.cue.text == "suggestion")
            .all(|s| !speaker_words(s).contains("ministry")),
        "{st:#?}"
    );
}

#[test]
fn a_passive_participle_is_done_to_its_subject_not_said_by_it() {
    let st = statements(
        "The suspect was described as a loner and accused of planning the attack. The prime minister said the talks would resume.",
    );
    assert!(st.iter().all(|s| s.cue.text != "accused"), "{st:#?}");
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "The prime minister");
}
