//! Issue 18, session 35b, on FNC-1 train sentences: a participle describing an object that
//! carries no words has no speaker ("leaflets and DVDs condemning the regime", "a South Korean
//! naval ship fired warning shots": the `thing` heads of `data/cues/speaker_heads.tsv`), while
//! documents and messages that carry words keep theirs ("An Internet posting claiming …", "a
//! note telling them …"). Each has a control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn discs_and_leaflets_sent_across_are_no_speakers() {
    // fnc-2470: the DVDs condemn nothing themselves; the old reading made "DVDs" the speaker
    // of "the regime of Kim Jong Un, as well as American dollars".
    let st = statements(
        "North Korean defectors launched balloons from the South today to send across leaflets \
         and DVDs condemning the regime of Kim Jong Un, as well as American dollars.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).contains("DVDs")),
        "{st:#?}"
    );
    // Control (fnc-968): a posting carries words and claims.
    let st = statements(
        "An Internet posting claiming a family of five in Purdon has come down with Ebola is \
         not true.",
    );
    let s = with_content(&st, "family of five");
    assert!(speaker_words(s).contains("posting"), "{s:#?}");
}

#[test]
fn a_ship_firing_warning_shots_warns_nobody_in_words() {
    // fnc-2470: "warning shots" are shots; the ship is no speaker of "shots after …".
    let text = "On Tuesday, a South Korean naval ship fired warning shots after a North Korean \
                patrol boat crossed a disputed sea border off the peninsula's west coast and \
                fired shots back before retreating, a South Korean defence official said.";
    let st = statements(text);
    assert!(find_cue(&st, "warning").is_none(), "{st:#?}");
    assert!(
        st.iter().all(|s| !speaker_words(s).contains("ship")),
        "{st:#?}"
    );
    // Control: the official's report of the same sentence stays.
    let s = find_cue(&st, "said").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(speaker_words(s).contains("official"), "{s:#?}");
}

#[test]
fn a_note_carries_words_and_a_team_name_is_no_object() {
    // Control (fnc-1599): a note tells, a thing of paper that carries words.
    let st = statements(
        "Inside that envelope is a note telling them that he has paid off their mortgage.",
    );
    let s = with_content(&st, "paid off their mortgage");
    assert!(speaker_words(s).contains("note"), "{s:#?}");
    // Control (fnc-1577): "the Jets" are a team; a title-case word is a name, not a jet.
    let st = statements(
        "But the Jets aren't willing to move Kane without a significant return coming back \
         their way -- presumably in the form of a top-six forward, a prospect and a draft pick.",
    );
    let s = find_cue(&st, "willing").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(speaker_words(s).contains("Jets"), "{s:#?}");
}

#[test]
fn a_call_to_a_person_is_no_call_to_act() {
    // fnc-951: the first call was a telephone call to Foley's mother, not Foley's appeal.
    let st = statements(
        "The 25-year-old spent 13 months imprisoned with Foley and when released in June his \
         first call was to Foley’s mother, Diane, where he dictated every word.",
    );
    assert!(find_cue(&st, "call").is_none(), "{st:#?}");
    // Control (fnc-2306): a plea with an infinitive after it stays an appeal to act.
    let st = statements(
        "Less than 24 hours before the latest video emerged, the Haines family had made a plea \
         to the jihadis to respond to their efforts to make contact.",
    );
    let s = find_cue(&st, "plea").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("respond"), "{s:#?}");
}
