//! Issue 18, session 33, on FNC-1 train sentences: a speaker phrase headed by a word that can
//! neither speak nor hold a belief ("if you believe Gawker's latest update", "It's hard to
//! believe", "a raid … had sought to") gives no statement, while documents and people keep
//! theirs. Each shape has a control that keeps its reading.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn the_reader_addressed_is_no_speaker() {
    // fnc-713: "you" is the reader; nobody in the article believes anything.
    let st = statements(
        "The alleged Vogue rat problem has metastasized into a rat king, if you believe \
         Gawker's latest update.",
    );
    assert!(find_cue(&st, "believe").is_none(), "{st:#?}");
    // Control: a first-person speaker keeps the belief.
    let st = statements(
        "\"We believe that the rats are holding a party in the fashion closet,\" the editor \
         said.",
    );
    assert!(
        st.iter()
            .any(|s| s.content.text.contains("rats are holding")),
        "{st:#?}"
    );
}

#[test]
fn a_state_or_an_impersonal_predicate_is_no_speaker() {
    // fnc-228: "It's hard to believe" is the writer's comment, not a belief of "It's hard".
    let st = statements(
        "It’s hard to believe this is real, but according to the website “Injustice \
         Stories,” a woman named Lana, a self-described feminist, boasted of aborting her baby \
         because it was a boy.",
    );
    assert!(find_cue(&st, "believe").is_none(), "{st:#?}");
    // fnc-1649: the raid intended nothing; Kirby acknowledged.
    let st = statements(
        "In a statement on Thursday, Pentagon press secretary Rear Admiral John Kirby \
         acknowledged for the first time that a mysterious U.S. raid last month had sought to \
         rescue Mr Somers but that he turned out not to be at the site.",
    );
    assert!(find_cue(&st, "sought").is_none(), "{st:#?}");
    let s = with_content(&st, "raid last month had sought to rescue Mr Somers");
    assert!(speaker_words(s).contains("Kirby"), "{s:#?}");
    // Control (fnc-32 shape): a document speaks.
    let st = statements(
        "An autopsy showed that the teenager had been shot at least six times, including twice \
         in the head.",
    );
    let s = with_content(&st, "the teenager had been shot");
    assert_eq!(speaker_words(s), "An autopsy", "{s:#?}");
}
