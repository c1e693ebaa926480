//! Issue 18, session 32, on FNC-1 train sentences: a progressive report verb ("The Mail on
//! Sunday is reporting that …"), a participle after a "that" the tagger took for a relative
//! pronoun ("that suspected terrorists have infiltrated …": no one suspects), a speaker
//! phrase the parser read as a noun described by the cue ("a senior presidential aide
//! announced on Friday that …"), two sources joined by "and" before a post-posed cue
//! ("witnesses and security sources said"), a cited reason that is no source ("citing legal
//! advice") and refusals to give what was asked ("declined to specify which …"). Each shape
//! has a control that keeps its reading.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn a_progressive_report_verb_is_a_cue() {
    // fnc-330 / fnc-1314.
    let st = statements(
        "Murdered: American journalist James Foley. Photo: AP\n\n\
         The Mail on Sunday is reporting that a \"significant force\" of SAS personnel has been \
         deployed to northern Iraq over the past two days.",
    );
    let s = with_content(&st, "SAS personnel has been deployed");
    // The speaker phrase stops before "on Sunday", read as a time.
    assert!(speaker_words(s).starts_with("The Mail"), "{s:#?}");
    // fnc-1952.
    let st = statements(
        "The Mirror is reporting that police are on a manhunt for who they believe to be a \
         man.",
    );
    let s = with_content(&st, "police are on a manhunt");
    assert_eq!(speaker_words(s), "The Mirror", "{s:#?}");
    // Control (fnc-110): the noun "reporting" reports nothing.
    let st = statements(
        "His reporting from inside the New Orleans Superdome in the immediate aftermath of \
         Hurricane Katrina won praise.",
    );
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
    // Controls: a reporter at work (fnc-1011) and a thing reported as an object (fnc-885)
    // report nothing.
    let st = statements(
        "Foley, 40, is a New Hampshire native. He was reporting in the Middle East when \
         abducted.",
    );
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
    let st = statements("On Tuesday, the OSIRIS-REx twitter feed was reporting that skepticism.");
    assert!(find_cue(&st, "reporting").is_none(), "{st:#?}");
}
