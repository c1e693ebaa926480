//! Issue 18, session 15 (lead): the name in apposition to a role description is the speaker
//! of a quotation. “…,” Khamenei's adviser, Ali Velayati, said / “…,” said Woods' agent, Mark
//! Steinberg, in a statement: the speaker is the named person, never the owner of the
//! possessive (Woods) nor the description; and the description is not part of the quoted
//! content. A clause between the quotation and the speaker ("“…” to jump to conclusions, X
//! said") is no description. Realistic news sentences written for these tests (new wordings,
//! not the articles the rules came from).

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn a_name_after_a_possessive_description_speaks_before_the_cue() {
    let st = statements(
        "“The talks are over,” the foreign minister's spokeswoman, Maria Zakharova, said on Monday. “Nothing was signed,” his deputy, Sergei Ryabkov, told reporters.",
    );
    let s = with_content(&st, "The talks are over");
    assert_eq!(speaker_words(s), "Maria Zakharova", "{s:#?}");
    assert_eq!(s.content.text, "The talks are over", "{s:#?}");
    let s = with_content(&st, "Nothing was signed");
    assert_eq!(speaker_words(s), "Sergei Ryabkov", "{s:#?}");
    assert_eq!(s.content.text, "Nothing was signed", "{s:#?}");
}

#[test]
fn a_name_after_a_possessive_description_speaks_after_the_cue() {
    let st = statements(
        "Senator Collins left the hearing early. “These reports are wholly untrue,” said Collins' chief of staff, Annie Clark, in a statement. “We have seen no evidence,” said a military spokesman, Colonel Ahmed Saleh.",
    );
    let s = with_content(&st, "These reports are wholly untrue");
    assert_eq!(speaker_words(s), "Annie Clark", "{s:#?}");
    let s = with_content(&st, "We have seen no evidence");
    assert!(speaker_words(s).contains("Ahmed Saleh"), "{s:#?}");
}

#[test]
fn a_clause_after_a_partial_quote_is_no_description() {
    let st = statements(
        "“It would be premature” to blame the army before the inquiry ends, Interior Minister Ali Hassan said.",
    );
    let s = with_content(&st, "to blame the army");
    assert!(speaker_words(s).contains("Ali Hassan"), "{s:#?}");
}

#[test]
fn set_phrases_with_a_speech_verb_report_nothing() {
    let st = statements(
        "Needless to say, the convoy never reached the border town. Only time will tell whether the truce holds through the winter.",
    );
    assert!(st.is_empty(), "{st:#?}");
}

#[test]
fn report_before_a_finite_verb_is_the_noun() {
    let st = statements(
        "The embassy report has several gaps, diplomats noted. Early reports of a chemical attack were never confirmed. A fake report stated that the airport had been closed.",
    );
    assert!(
        st.iter()
            .all(|s| !matches!(s.cue.text.as_str(), "report" | "reports")),
        "{st:#?}"
    );
    let s = with_content(&st, "the airport had been closed");
    assert_eq!(s.cue.text, "stated", "{s:#?}");
}

#[test]
fn charging_someone_with_a_crime_is_an_act() {
    let st = statements(
        "Prosecutors charged three soldiers with murder on Tuesday. The opposition charged that the vote had been rigged.",
    );
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("three soldiers")),
        "{st:#?}"
    );
    let s = with_content(&st, "the vote had been rigged");
    assert!(speaker_words(s).contains("opposition"), "{s:#?}");
}

#[test]
fn quoted_as_saying_after_the_quotation_takes_it() {
    let st = statements(
        "\"We heard a blast and ran outside,\" Ana Ruiz, a teacher near the crater, was quoted by Reuters as saying. \"The seismic record matches the time of impact,\" geologist Pedro Sala was quoted by the BBC as saying.",
    );
    let s = with_content(&st, "We heard a blast and ran outside");
    assert_eq!(speaker_words(s), "Ana Ruiz", "{s:#?}");
    assert_eq!(s.via.len(), 1, "{s:#?}");
    let s = with_content(&st, "The seismic record matches");
    assert!(speaker_words(s).contains("Pedro Sala"), "{s:#?}");
}

#[test]
fn a_time_phrase_after_a_denial_keeps_its_clause() {
    let st = statements(
        "The defence ministry's spokesman denied on Friday that troops had crossed the border. A senior aide rejected on Sunday claims that the talks had collapsed.",
    );
    let s = with_content(&st, "troops had crossed the border");
    assert_eq!(s.stance, dossier_core::model::Stance::Deny, "{s:#?}");
    assert!(speaker_words(s).contains("spokesman"), "{s:#?}");
}
