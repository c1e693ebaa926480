//! Attribution recall on shapes PolNeAR showed dossier missing (`dossier eval attribution
//! --polnear … --misses`): each test a shape, on sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_cue};

#[test]
fn an_adverb_before_a_trailing_participle_does_not_hide_it() {
    let st = statements(
        "The opposition leader complained about the vote count on Monday, even suggesting the ballots may have been tampered with.",
    );
    let c = with_cue(&st, "complained");
    assert_eq!(c.content.text, "about the vote count on Monday");
    let s = with_cue(&st, "suggesting");
    assert_eq!(speaker_words(s), "The opposition leader");
    assert_eq!(s.content.text, "the ballots may have been tampered with");

    let st = statements(
        "The mayor criticized the police commissioner, also saying that the department had failed the city's residents.",
    );
    assert_eq!(
        with_cue(&st, "criticized").content.text,
        "the police commissioner"
    );
    let s = with_cue(&st, "saying");
    assert_eq!(speaker_words(s), "The mayor");
    assert_eq!(
        s.content.text,
        "the department had failed the city's residents"
    );
}

#[test]
fn a_middle_initial_does_not_cut_the_speaker_of_a_quote() {
    let st = statements(
        "''It has the virtue of being fiscally responsible,'' Jane R. Doe said of the governor's budget.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "Jane R. Doe");
    assert_eq!(
        s.content.text,
        "It has the virtue of being fiscally responsible"
    );

    let st = statements(
        "Cutting the corporate rate \"will bring the jobs back,\" Michael T. Flynn told the crowd in Ohio.",
    );
    assert_eq!(speaker_words(with_cue(&st, "told")), "Michael T. Flynn");
}

#[test]
fn a_capital_letter_ending_a_sentence_is_no_initial() {
    let st = statements(
        "\"We will not accept any attempt to undermine the vote,\" the election commissioner wrote on X. The ruling party's lawyers said their client had never questioned the count.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "The ruling party's lawyers");
    assert_eq!(
        s.content.text,
        "their client had never questioned the count"
    );
}

#[test]
fn a_partial_quote_in_typewriter_marks_before_a_post_posed_cue() {
    // Two apostrophes stand for a double quote in some wire archives.
    let st =
        statements("The new tariffs are ''a tax on American families,'' Senator Jane Doe said.");
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "Senator Jane Doe");
    assert_eq!(
        s.content.text,
        "The new tariffs are ''a tax on American families"
    );

    let st = statements(
        "Raising the sales tax again ''would be a misguided approach,'' said Mr. Okafor.",
    );
    let s = with_cue(&st, "said");
    assert_eq!(speaker_words(s), "Mr. Okafor");
    assert!(
        s.content.text.starts_with("Raising the sales tax again"),
        "{:?}",
        s.content.text
    );
    assert!(
        s.content.text.ends_with("misguided approach"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn as_x_put_it_names_the_speaker_of_the_clause_around_it() {
    let st =
        statements("As the governor put it, the state cannot afford another shutdown this winter.");
    let s = with_cue(&st, "put it");
    assert_eq!(speaker_words(s), "the governor");
    assert_eq!(
        s.content.text,
        "the state cannot afford another shutdown this winter"
    );

    let st = statements("The ceasefire is, as one Western diplomat put it, \"dead on arrival.\"");
    let s = with_cue(&st, "put it");
    assert_eq!(speaker_words(s), "one Western diplomat");
    assert!(
        s.content.text.starts_with("The ceasefire is"),
        "{:?}",
        s.content.text
    );
    assert!(
        s.content.text.contains("dead on arrival"),
        "{:?}",
        s.content.text
    );

    let st = statements("The talks have run their course, as the foreign minister put it.");
    let s = with_cue(&st, "put it");
    assert_eq!(speaker_words(s), "the foreign minister");
    assert_eq!(s.content.text, "The talks have run their course");
}

#[test]
fn put_it_without_a_source_frame_is_no_statement() {
    let st = statements("The farmers put it on the market in June and sold it within a week.");
    assert!(st.iter().all(|s| s.cue.text != "put it"), "{st:#?}");
}
