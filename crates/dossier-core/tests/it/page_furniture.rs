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
