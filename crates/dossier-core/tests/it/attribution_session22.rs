//! Issue 18, session 22 (attrib), from readings of FNC-1 train bodies: a refusal's source
//! without the relative clause set off by a comma after it; the unquoted paragraph after a
//! sentence ending with a colon as the speaker's words; a name that spells a function word
//! after a closing quotation ("“…,” Nor said"); "maintained" ties is no speech. Realistic news
//! sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn no_comment_source_leaves_out_a_relative_clause_after_a_comma() {
    let st = statements(
        "The drone hit a car near the border town of Miranshah on Sunday. There was no \
         immediate comment from Pakistani officials, who rarely discuss such strikes.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text.contains("comment"))
        .unwrap_or_else(|| panic!("no refusal in {st:#?}"));
    assert_eq!(speaker_words(s), "Pakistani officials", "{s:#?}");
}

#[test]
fn no_comment_source_keeps_a_restrictive_relative_clause() {
    // Control: without a comma the clause says which officials; it stays.
    let st = statements(
        "The drone hit a car near the border town of Miranshah on Sunday. There was no \
         immediate comment from the officials who run the program.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text.contains("comment"))
        .unwrap_or_else(|| panic!("no refusal in {st:#?}"));
    assert!(speaker_words(s).contains("officials"), "{s:#?}");
    assert!(!speaker_words(s).contains(','), "{s:#?}");
}

#[test]
fn unquoted_paragraph_after_a_colon_is_the_speakers_words() {
    let st = statements(
        "The rebels said on Thursday that the army had shelled the town. The defence ministry \
         issued a statement on Friday denying that its troops had fired on civilians:\n\n\
         The claim that soldiers targeted homes in the town is false and not supported by any \
         evidence. Our forces returned fire only at armed positions.\n\n\
         Aid groups said hundreds of families had fled.",
    );
    let s = with_content(&st, "Our forces returned fire");
    assert!(
        s.content.text.starts_with("The claim that soldiers"),
        "{s:#?}"
    );
    assert!(speaker_words(s).contains("ministry"), "{s:#?}");
}

#[test]
fn paragraph_after_a_colon_without_a_speaker_is_no_statement() {
    // Control: a colon after a sentence no one speaks in introduces no one's words.
    let st = statements(
        "The rebels set out their conditions for the talks on Friday:\n\n\
         The release of all prisoners held in the capital and the withdrawal of troops from \
         the north.\n\n\
         The talks resume on Monday.",
    );
    assert!(
        !st.iter()
            .any(|s| s.content.text.contains("release of all prisoners")),
        "{st:#?}"
    );
}

#[test]
fn a_name_spelling_a_function_word_speaks_after_a_quote() {
    let st = statements(
        "The strike hit a camp near the town, the district governor, Abdullahi Hassan Nor, told \
         reporters.\n\n\
         “There was a loud blast near the river. We heard it from the market,” Nor said.",
    );
    let s = with_content(&st, "loud blast");
    assert_eq!(speaker_words(s), "Nor", "{s:#?}");
}

#[test]
fn nor_opening_a_sentence_is_no_speaker() {
    // Control: a sentence opened by the conjunction "Nor" has its own subject.
    let st = statements(
        "The army did not comment on the strike. Nor did the ministry say whether civilians \
         were hurt.",
    );
    assert!(!st.iter().any(|s| speaker_words(s) == "Nor"), "{st:#?}");
}

#[test]
fn maintained_ties_is_no_speech() {
    let st = statements(
        "Turkey has maintained close trade and security ties with the Kurdish region since the \
         1990s, seeing it as a buffer against instability.",
    );
    assert!(find_cue(&st, "maintained").is_none(), "{st:#?}");
}

#[test]
fn maintained_with_a_clause_is_speech() {
    // Control: "maintained that …" reports a position.
    let st = statements(
        "The minister maintained that the troops had acted within the law during the raid.",
    );
    let s = with_content(&st, "acted within the law");
    assert_eq!(s.cue.text, "maintained", "{s:#?}");
}

#[test]
fn paragraph_after_a_tweet_colon_without_the_post_is_no_statement() {
    // The page lost the embedded tweet: the paragraph after the colon is the article again.
    let st = statements(
        "Gunfire was heard near the parliament building on Wednesday morning. Tom Reid, a \
         reporter for the Capital Herald, tweets:\n\n\
         The shooting comes two days after a soldier was run down by a man who had been \
         under watch by the police.\n\n\
         The prime minister was safe, his office said.",
    );
    assert!(
        !st.iter()
            .any(|s| s.content.text.contains("two days after a soldier")),
        "{st:#?}"
    );
}

#[test]
fn paragraph_after_a_tweet_colon_signed_by_the_post_is_the_speakers_words() {
    // Control: the post is on the page, closed by its signature line.
    let st = statements(
        "Gunfire was heard near the parliament building on Wednesday morning. Tom Reid, a \
         reporter for the Capital Herald, wrote on Twitter:\n\n\
         Police are telling everyone on the hill to stay away from the windows. Doors \
         locked in the west block.\n\n\
         — Tom Reid (@tomreid) October 22, 2014\n\n\
         The prime minister was safe, his office said.",
    );
    let s = with_content(&st, "stay away from the windows");
    assert!(speaker_words(s).contains("Tom Reid"), "{s:#?}");
}
