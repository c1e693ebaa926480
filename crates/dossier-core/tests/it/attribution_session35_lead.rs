//! Issue 18, session 35, on FNC-1 train sentences read as unseen articles: an inability to
//! confirm is a hedge of its own ("was unable to verify that …"), a report whose content is the
//! reporter's own refusal declines to comment, a sentence that opens with a participle clause
//! has its subject after the clause, and a transcript in ordinary case ("Hunter: …" / "Van
//! Susteren: …") has its turns. Each with a control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};
use dossier_core::model::Stance;

#[test]
fn an_inability_to_verify_is_a_hedge() {
    // fnc-276.
    let st = statements(
        "International Business Times was unable to verify that Rosenberg herself was \
         responsible for the post.",
    );
    let s = with_cue(&st, "was unable to verify");
    assert_eq!(speaker_words(s), "International Business Times", "{s:#?}");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    assert!(s.content.text.starts_with("Rosenberg herself"), "{s:#?}");
    // "not able to" is the same inability.
    let st = statements(
        "The World Health Organisation (WHO) has been unable to confirm the cases. Reuters was \
         not able to verify the footage of the attack on the base.",
    );
    // fnc-2317: "cannot" negates as "not" does.
    let s2 = statements(
        "NBC News has obtained the recording but cannot independently verify that the sounds on \
         it are linked to the Brown shooting.",
    );
    let v = s2
        .iter()
        .find(|s| s.content.text.contains("the sounds on it"))
        .unwrap_or_else(|| panic!("{s2:#?}"));
    assert_eq!(v.stance, Stance::Hedge, "{v:#?}");
    let s = with_cue(&st, "has been unable to confirm");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    let s = with_cue(&st, "was not able to verify");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    // Control: an ability is no negation — the cue keeps the stance it has without it
    // ("able to confirm" reports what was confirmed).
    let st =
        statements("The ministry said it was able to confirm that the hostages had been released.");
    let s = with_cue(&st, "said");
    assert_eq!(s.stance, Stance::Assert, "{st:#?}");
}

#[test]
fn a_report_of_ones_own_refusal_declines_to_comment() {
    // fnc-171.
    let st = statements(
        "The Pentagon said in a statement that it would not comment on specific cases \
         involving the detainees.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "The Pentagon", "{s:#?}");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    // Control: a report of someone else's refusal stays the reporter's assertion.
    let st = statements(
        "Reuters reported that the Iraqi defence ministry would not comment on the strikes.",
    );
    let s = with_cue(&st, "reported");
    assert_eq!(s.stance, Stance::Assert, "{st:#?}");
}

#[test]
fn a_sentence_opening_with_a_participle_clause_has_its_subject_after_it() {
    // fnc-1644.
    let st = statements(
        "Meeting with the House Armed Services Committee shortly before leaving for Amman, he \
         reportedly quoted the Clint Eastwood’s film “Unforgiven” and said that Jordan would \
         pursue the jihadis until it ran “out of fuel and bullets.”",
    );
    let s = with_cue(&st, "said");
    assert!(
        !speaker_words(s).contains("Meeting"),
        "the participle clause is no speaker: {s:#?}"
    );
    // Control: a sentence opening with its subject keeps it.
    let st = statements(
        "King Abdullah met the committee before leaving for Amman and said that Jordan would \
         pursue the jihadis.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "King Abdullah", "{s:#?}");
}

#[test]
fn a_dialogue_in_ordinary_case_has_its_turns() {
    // fnc-2261 (an interview transcript on a blog).
    let text = "Rep. Duncan Hunter does not seem prone to wild exaggerations. But last night he \
                said something that should make jaws drop:\n\n\
                Van Susteren: Hold on. Stop for one second.\n\n\
                Hunter: They are going to be bombing American cities coming across from Mexico.\n\n\
                Van Susteren: Tell me what you know.\n\n\
                Hunter: At least ten ISIS fighters have been caught coming across the border in \
                Texas.\n\nVan Susteren: How do you know that?";
    let st = statements(text);
    let s = st
        .iter()
        .find(|s| s.content.text.starts_with("At least ten ISIS fighters"))
        .unwrap_or_else(|| panic!("no turn for Hunter's answer: {st:#?}"));
    assert_eq!(speaker_words(s), "Hunter", "{s:#?}");
    // Control: photo captions labelled with a word, two labels twice each, are no dialogue
    // (fnc-1554).
    let st = statements(
        "Gunmen attacked the Parliament in Ottawa, police said.\n\n\
         Race: An Ottawa police officer runs with his weapon drawn outside Parliament Hill in \
         Ottawa on Wednesday.\n\n\
         Race: Emergency personnel tend to the soldier after he was shot at the National \
         Memorial.\n\n\
         Fears: A Royal Canadian Mounted Police intervention team responds to a shooting at \
         Parliament.\n\n\
         Fears: Police tape surrounds the Canadian War Memorial in Ottawa on Wednesday.",
    );
    assert!(
        find_cue(&st, ":").is_none(),
        "a caption label is no speaker: {st:#?}"
    );
}

#[test]
fn a_time_phrase_before_a_participle_is_no_speaker() {
    // fnc-1884.
    let st = statements(
        "Stories crop up all the time claiming to reveal the true identity of the guerrilla \
         graffiti artist, but this one is particularly ridiculous.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).contains("time")),
        "a time phrase says nothing: {st:#?}"
    );
    // Control: a speaker phrase right before the participle still speaks.
    let st = statements(
        "Activists posted a video online, the Syrian Observatory saying the rebels had taken \
         the town.",
    );
    let s = with_cue(&st, "saying");
    assert!(speaker_words(s).contains("Syrian Observatory"), "{s:#?}");
}

#[test]
fn the_object_of_a_relative_clause_is_no_speaker() {
    // fnc-481: the parser read "Foley" as a second subject of "confirmed".
    let st = statements(
        "According to BuzzFeed, two people who know Foley confirmed that the man in the video \
         looks and sounds like him.",
    );
    let s = with_cue(&st, "confirmed");
    assert_eq!(speaker_words(s), "two people", "{s:#?}");
    // Control: the named subject of the same verb speaks.
    let st = statements(
        "According to BuzzFeed, Foley's brother confirmed that the man in the video looks and \
         sounds like him.",
    );
    let s = with_cue(&st, "confirmed");
    assert_eq!(speaker_words(s), "Foley's brother", "{s:#?}");
}
