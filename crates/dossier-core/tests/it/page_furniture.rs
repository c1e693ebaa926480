//! Page furniture in the text of a scraped page (`furniture.rs`): lines that are not the
//! article's reporting give no statement and no event, whatever their words look like.

use crate::statement_harness::{find_cue, statements};

#[test]
fn a_line_that_is_one_short_question_is_a_link_or_a_prompt() {
    // CNN-style inline links and reader prompts between paragraphs.
    let text = "Kim had not been seen in public since Sept. 3, state media said.\n\n\
                Why has Pyongyang decided to talk now?\n\n\
                South Korean lawmakers were told that a purge continues, an official said.\n\n\
                Would you watch the video?";
    let st = statements(text);
    assert!(
        find_cue(&st, "decided").is_none(),
        "a link title is no statement: {st:#?}"
    );
    let said: Vec<_> = st.iter().filter(|s| s.cue.text == "said").collect();
    assert_eq!(said.len(), 2, "the body's statements stay: {st:#?}");
}

#[test]
fn a_question_inside_a_paragraph_or_a_quotation_is_not_furniture() {
    // The same question asked by a speaker in the body keeps its statement.
    let text = "Kim had not been seen in public since Sept. 3.\n\n\
                \"Why has Pyongyang decided to talk now?\" the minister asked.";
    let st = statements(text);
    assert!(
        find_cue(&st, "asked").is_some(),
        "a quoted question has its speaker: {st:#?}"
    );
}

#[test]
fn a_carousel_of_titles_cut_short_with_an_ellipsis_is_furniture() {
    // A tabloid page's "more stories" carousel between paragraphs: each title is cut off with
    // "...". Before, the ellipsis closed each line like a full stop, so the block read as prose
    // and "Mother believes ..." became a statement.
    let text = "Police found the car on a farm track outside Kirkuk, an officer said.\n\n\
                Mother believes her son was swapped at birth after DNA...\n\n\
                Fans claim the singer mimed at the award show after...\n\n\
                Driver says he was blinded by the sun before the crash that...\n\n\
                The officer said two men had been detained.";
    let st = statements(text);
    for cue in ["believes", "claim", "says"] {
        assert!(find_cue(&st, cue).is_none(), "a link title: {cue}: {st:#?}");
    }
    let said: Vec<_> = st.iter().filter(|s| s.cue.text == "said").collect();
    assert_eq!(said.len(), 2, "the body's statements stay: {st:#?}");
}

#[test]
fn a_speaker_trailing_off_in_a_paragraph_is_not_a_link_title() {
    // One line ending in an ellipsis among full paragraphs is prose.
    let text = "The minister said the talks would resume on Monday.\n\n\
                Asked whether the ceasefire would hold, the envoy said he could not be sure...\n\n\
                Fighting continued on the outskirts of the city on Sunday, residents said.";
    let st = statements(text);
    assert!(
        st.iter()
            .any(|s| s.cue.text == "said" && s.content.text.contains("could not be sure")),
        "{st:#?}"
    );
}

#[test]
fn a_related_link_title_is_no_antecedent_of_a_later_he() {
    // fnc-114's shape: two related-link titles ("SYRIAN WAR: …") between the lede and a quote
    // whose "he" the attribution resolved to the link's label, "SYRIAN WAR", before the
    // furniture statement was dropped.
    let text = "A Texas plumber is getting death threats after his old truck turned up on the \
                front line in Syria.\n\n\
                SYRIAN WAR: 10 points to help understand what is going on\n\n\
                IS EXPLAINED: How it fits into Syria and Iraq\n\n\
                \"A few of the people are really ugly,\" he told the Galveston Daily News.";
    let st = statements(text);
    let told = find_cue(&st, "told").expect("the quote keeps its statement");
    // Nobody named can be the "he": it stays as written, with a low confidence.
    assert_eq!(
        told.speaker.name, "he",
        "a link label is no speaker: {st:#?}"
    );
    assert!(told.confidence < 0.5, "{st:#?}");
    assert!(
        st.iter().all(|s| s.cue.text != ":"),
        "a link title is no statement: {st:#?}"
    );
    // Control: with the plumber named and no links between, he is the "he".
    let named = "Texas plumber Mark Oberholtzer is getting death threats after his old truck \
                 turned up on the front line in Syria.\n\n\
                 \"A few of the people are really ugly,\" he told the Galveston Daily News.";
    let st = statements(named);
    let told = find_cue(&st, "told").expect("the quote keeps its statement");
    assert_eq!(told.speaker.name, "Mark Oberholtzer", "{st:#?}");
}

#[test]
fn a_capitalised_line_ending_in_a_colon_introduces_a_quotation() {
    // PolNeAR dev (Breitbart): "The New York Times reports:" before a quoted paragraph was
    // read as a headline-shaped line (four capitalised words of five, no full stop).
    let text = "Less than a quarter of Hillary Clinton's campaign donors are small-dollar \
                donors who pitch in $200 or less.\n\n\
                The New York Times reports:\n\n\
                \"Just 24 percent of the contributors to Mrs. Clinton's campaign so far have \
                given $200 or less.\"";
    let st = statements(text);
    assert!(
        st.iter().any(
            |s| s.speaker.name == "The New York Times" && s.content.text.contains("24 percent")
        ),
        "the outlet's report is a statement: {st:#?}"
    );
    // Control: a headline-shaped line without the colon is still furniture.
    let text = "Less than a quarter of Hillary Clinton's campaign donors are small-dollar \
                donors, the campaign said.\n\n\
                Clinton Campaign Reports Record Month For Small Donors\n\n\
                The campaign said more donors gave online in August.";
    let st = statements(text);
    assert!(find_cue(&st, "Reports").is_none(), "{st:#?}");
}
