//! Issue 18, session 36, on FNC-1 train sentences: belief verbs that hold no proposition — a
//! state of the subject ("he felt safe", "he felt threatened"), acquaintance with a nominal
//! object ("We know them", "people out there that know him"), a belief verb opening a relative
//! clause with nothing of its own after it ("two people who know | Foley confirmed that …"); the
//! negation word lists read from `data/cues/negated.tsv`; a post-posed cue citing a source keeps
//! the clause before it ("…, the Chosun Ilbo said, citing a recent visitor …"); a time phrase is
//! no source of a noun cue ("over the past two weeks warning that …"). Each has a control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn a_state_of_the_subject_is_no_belief() {
    // fnc train: Luke's safety is what he said, not a belief "felt" reports.
    let st = statements(
        "“When foreign nationals were advised to leave Yemen, Luke refused to go, saying he \
         felt safe and at home there,” Lucy Somers said in her video.",
    );
    assert!(find_cue(&st, "felt").is_none(), "{st:#?}");
    let s = with_content(&st, "felt safe");
    assert!(speaker_words(s).contains("Lucy Somers"), "{s:#?}");
    let st = statements(
        "Wilson will argue that he felt threatened precisely because Brown allegedly kept \
         coming after he was wounded.",
    );
    assert!(find_cue(&st, "felt").is_none(), "{st:#?}");
    // Control (fnc-125): a that-less clause the parser splits after an object is still what
    // she felt.
    let st = statements(
        "Asiya Ummi Abdullah explained that she felt her three-year-old son's spiritual \
         well-being was better served in the group's de facto capital, where public \
         crucifixions and beheadings are commonplace.",
    );
    let s = find_cue(&st, "felt").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("better served"), "{s:#?}");
    // Control (fnc train): "feel that" with a clause keeps its belief.
    let st = statements("I feel that he changed my life.");
    let s = find_cue(&st, "feel").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.content.text, "he changed my life", "{s:#?}");
}

#[test]
fn knowing_a_person_is_no_belief() {
    // fnc train: acquaintance, not a proposition.
    let st = statements("We know them.");
    assert!(find_cue(&st, "know").is_none(), "{st:#?}");
    let st = statements("There are so many people out there that know him and revere him.");
    assert!(find_cue(&st, "know").is_none(), "{st:#?}");
    // Control (fnc train): "know" with a clause keeps its belief, in the same sentence as an
    // acquaintance that is none; a that-less clause too.
    let st = statements(
        "I know the rules and I know that it isn’t necessary here in the pre-flight area to be \
         so strict, and security guards were just being heavy-handed.",
    );
    assert!(
        st.iter().all(|s| !s.content.text.starts_with("the rules")),
        "{st:#?}"
    );
    let s = with_content(&st, "necessary here");
    assert_eq!(s.cue.text, "know", "{s:#?}");
    let st = statements("I knew the world would react when they hear the message.");
    let s = find_cue(&st, "knew").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(
        s.content.text.starts_with("the world would react"),
        "{s:#?}"
    );
}

#[test]
fn a_belief_verb_of_a_relative_clause_without_content_is_no_cue() {
    // fnc train (BuzzFeed on the Foley video): the people who know Foley confirm; they do not
    // "know" that Foley confirmed anything.
    let st = statements(
        "According to BuzzFeed, two people who know Foley confirmed that the man in the video \
         looks and sounds like him.",
    );
    assert!(find_cue(&st, "know").is_none(), "{st:#?}");
    let s = find_cue(&st, "confirmed").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(
        s.content.text, "the man in the video looks and sounds like him",
        "{s:#?}"
    );
    assert!(speaker_words(s).contains("two people"), "{s:#?}");
    // Control (fnc train): a relative clause's belief verb with its own clause keeps it.
    let st = statements(
        "Anyone who thought Canada’s Sergeant-At-Arms role was an archaic novelty now \
         understands the man holding the sceptre has a deadly serious job.",
    );
    let s = find_cue(&st, "thought").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("archaic novelty"), "{s:#?}");
}

#[test]
fn the_negation_words_read_from_data() {
    // fnc train, with a second adverb ("not yet officially"): both adverbs are `skip` rows of
    // negated.tsv, so the negation two words back is still read and the report is left open.
    let st = statements(
        "The White House said they have not yet officially confirmed the authenticity of the \
         video.",
    );
    let s = find_cue(&st, "confirmed").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    // "not able to" negates the infinitive (a `negated_negator` row).
    let st = statements("Reuters was not able to verify that the footage was filmed in Mosul.");
    let s = with_content(&st, "the footage was filmed");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    // Control: without the negation the report is asserted.
    let st = statements("The White House said they have confirmed the authenticity of the video.");
    let s = find_cue(&st, "confirmed").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
}

#[test]
fn a_post_posed_cue_citing_a_source_keeps_the_clause_before() {
    // fnc-2022: the clause before ", the Chosun Ilbo said," is what was said, from the visitor
    // the paper cites; the words after the visitor are no content.
    let st = statements(
        "Kim cracked bones in his ankles after neglecting an injury sustained during field \
         supervisions in June, the Chosun Ilbo said, citing a recent visitor to North Korea it \
         didn’t identify.",
    );
    let s = find_cue(&st, "said").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.starts_with("Kim cracked bones"), "{s:#?}");
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("didn’t identify")),
        "{st:#?}"
    );
    // Control (fnc train): with no clause before the speaker, the "that" clause after the
    // citing phrase is the content.
    let st = statements(
        "South Korea’s Yonhap News Agency reported, citing an unnamed source, that he is \
         suffering from gout.",
    );
    let s = find_cue(&st, "reported").unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.content.text, "he is suffering from gout", "{s:#?}");
}

#[test]
fn a_time_phrase_is_no_source_of_a_noun_cue() {
    // fnc-1165: the parser makes "weeks" the subject of the noun "warning"; the reports warn,
    // not the weeks.
    let st = statements(
        "Intelligence reports of the stolen jetliners were distributed to the U.S. government \
         over the past two weeks warning that one or more aircraft may be used in an attack on \
         9/11 or later this month.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).contains("weeks")),
        "{st:#?}"
    );
    // Control (fnc train): the participle's own subject still warns.
    let st = statements(
        "An enforcement officer has now visited the café’s owners, warning that Bernard has \
         been causing a public nuisance.",
    );
    let s = find_cue(&st, "warning").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(speaker_words(s).contains("officer"), "{s:#?}");
}
