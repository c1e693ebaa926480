//! Issue 18, session 35, on FNC-1 train sentences: a fronted "Until …" phrase is no speaker
//! ("Until the Libya Dawn takeover of the airport, announced Aug. 24, …"); a headline's reduced
//! passive ("Raul Castro expected to address Cuba") is no belief of its
//! subject; a finite citing verb with "as saying" ("Chosun Ilbo cited a recent visitor … as
//! saying that …") makes its object the speaker and its subject the relay; an omission
//! ("didn’t mention Hunter") states nothing; an infinitive "to see" holds no view. Each has a
//! control.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn a_fronted_until_phrase_is_no_speaker() {
    // fnc-2208: the takeover announced is no speaker of what follows.
    let st = statements(
        "Until the Libya Dawn takeover of the airport, announced Aug. 24, two other militia \
         groups, known as Al Qaqa and Al Sawa controlled the airport and all aircraft \
         belonging to Libyan Airlines and Afriqiyah Airways.",
    );
    assert!(find_cue(&st, "announced").is_none(), "{st:#?}");
    // Control (fnc-1223): a speaker after a fronted adverbial keeps its statements.
    let st = statements(
        "Speaking to The Sun newspaper, Titchmarsh described the discovery as \"a surprise,\" \
         adding: \"I won't be eating any.\"",
    );
    let s = find_cue(&st, "adding").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(s.content.text.contains("eating any"), "{s:#?}");
}

#[test]
fn a_headline_reduced_passive_is_no_belief_of_its_subject() {
    // fnc-1401 (a tweet): others expect Castro to speak; Castro expects nothing here.
    let st = statements(
        "Raul Castro expected to address Cuba soon amid speculation about the health of \
         #FidelCastro.",
    );
    assert!(
        st.iter().all(|s| !speaker_words(s).contains("Castro")),
        "{st:#?}"
    );
    // Control (fnc-2328): a pronoun subject keeps the active belief.
    let st = statements(
        "Well this innocent gamer did get 100 points but the last thing he expected to see was \
         a very explicit animation.",
    );
    assert!(find_cue(&st, "expected").is_some(), "{st:#?}");
}

#[test]
fn a_finite_citing_verb_with_as_saying_relays_its_object() {
    // fnc-2022: the visitor speaks, Chosun Ilbo relays.
    let st = statements(
        "Chosun Ilbo cited a recent visitor to North Korea (whom it did not identify) as saying \
         that Kim’s weight gain, combined with an intense tour schedule of factories and \
         military bases, as factors in his ankle injury.",
    );
    let s = with_content(&st, "weight gain");
    assert!(speaker_words(s).contains("visitor"), "{s:#?}");
    assert!(
        s.content.text.starts_with("Kim’s weight gain"),
        "{:?}",
        s.content.text
    );
    assert!(s.via.iter().any(|v| v.name.contains("Chosun")), "{s:#?}");
    // Control (fnc-902): a finite "cited" without "as saying" keeps its reading.
    let st = statements(
        "Iraqi news outlets cited unofficial sources saying that the king was personally flying \
         a plane.",
    );
    let s = with_content(&st, "flying a plane");
    assert!(s.via.is_empty(), "{s:#?}");
}

#[test]
fn an_omission_states_nothing() {
    // fnc-324: not mentioning Hunter is no statement about him.
    let st = statements(
        "The top DHS official didn’t mention Hunter, a California Republican congressman, by \
         name.",
    );
    assert!(find_cue(&st, "mention").is_none(), "{st:#?}");
    // Control: the typewriter apostrophe reads the same, and a position taken stays one.
    let st = statements(
        "The top DHS official didn't mention Hunter, a California Republican congressman, by \
         name.",
    );
    assert!(find_cue(&st, "mention").is_none(), "{st:#?}");
    let st = statements("Moscow endorsed the ceasefire plan on Monday.");
    assert!(find_cue(&st, "endorsed").is_some(), "{st:#?}");
}

#[test]
fn an_infinitive_see_holds_no_view() {
    // fnc-1883, fnc-258: a purpose, not a view of the dermatologist or the comment.
    let st = statements(
        "But the next morning when he found it had started to blister, Mr Thomas went to see a \
         dermatologist.",
    );
    assert!(find_cue(&st, "see").is_none(), "{st:#?}");
    let st = statements(
        "HuffPost Entertainment contacted representatives for Plant and Branson to see if they \
         had any further comment on the story.",
    );
    assert!(find_cue(&st, "see").is_none(), "{st:#?}");
    // Control (PolNeAR train): a finite "see" is the union leaders' view.
    let st = statements(
        "Union leaders also see a powerful unifier who can help mend any lingering hard \
         feelings.",
    );
    let s = find_cue(&st, "see").unwrap_or_else(|| panic!("{st:#?}"));
    assert!(speaker_words(s).contains("Union leaders"), "{s:#?}");
}
