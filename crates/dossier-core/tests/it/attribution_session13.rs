//! Issue 18, session 13: speakers and contents on real news, as general rules. A post-posed
//! "…, the family said." is a statement (a noun ending in -ly is no adverb when the tagger says
//! noun); a speaker phrase is a noun phrase — no adverb after the subject ("X meanwhile said"),
//! no live-blog time stamp, no verb of the subject's own clause, never a lone demonstrative
//! ("This suggests …" is the writer's inference); a bare agency dateline "(Reuters) --" is not
//! content; "said that is incorrect" is a denial whose content keeps its demonstrative subject.
//! Realistic news sentences written for these tests (new wordings, not the articles the rules
//! came from).

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn a_family_speaking_after_its_content_is_a_statement() {
    let st = statements(
        "The engineer had been working on a water project near Herat since May. Gunmen stopped his vehicle on the airport road on Thursday evening, his family said. A provincial spokesman said a search was under way. \"We only want him home safe,\" the family said in a statement.",
    );
    let s = with_content(&st, "Gunmen stopped his vehicle");
    assert!(speaker_words(s).ends_with("family"), "{s:#?}");
    let s = with_content(&st, "We only want him home safe");
    assert!(speaker_words(s).ends_with("family"), "{s:#?}");
}

#[test]
fn an_adverb_after_the_subject_is_not_part_of_the_speaker() {
    let st = statements(
        "Ukrainian border guards meanwhile said two drones had crossed into Moldovan airspace overnight. The navy finally acknowledged that one of its patrol boats had run aground.",
    );
    let s = with_content(&st, "two drones had crossed");
    assert_eq!(speaker_words(s), "Ukrainian border guards", "{s:#?}");
    let s = with_content(&st, "one of its patrol boats");
    assert_eq!(speaker_words(s), "The navy", "{s:#?}");
}

#[test]
fn a_lone_demonstrative_is_no_speaker() {
    let st = statements(
        "Satellite images taken on Monday show new trenches along the river. This suggests that the army is preparing to hold the line through the winter. Analysts at the institute said the build-up began in August.",
    );
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("preparing to hold the line")),
        "{st:#?}"
    );
    let s = with_content(&st, "the build-up began in August");
    assert!(speaker_words(s).contains("Analysts"), "{s:#?}");
}

#[test]
fn an_agency_dateline_is_not_content() {
    let st = statements(
        "(Reuters) -- Militants fired rockets at a government compound in Kandahar late on Friday, wounding three guards, local officials said.",
    );
    let s = with_content(&st, "Militants fired rockets");
    assert!(
        s.content.text.starts_with("Militants"),
        "content starts in the dateline: {s:#?}"
    );
}

#[test]
fn said_that_is_false_denies_with_its_demonstrative_subject() {
    let st = statements(
        "Asked about reports that the convoy had been turned back at the border, a spokesman for the interior ministry said that is incorrect. A second official said that was inaccurate and that the trucks had been delayed by paperwork.",
    );
    let s = with_content(&st, "that is incorrect");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert!(s.content.text.starts_with("that is"), "{s:#?}");
    let s = with_content(&st, "that was inaccurate");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
}

#[test]
fn a_complementizer_that_still_opens_the_content_after_it() {
    // The rule above must not keep a complementizer "that": here a subject follows it.
    let st = statements("The defence minister said that the exercise would end on Sunday.");
    let s = with_content(&st, "the exercise would end on Sunday");
    assert!(s.content.text.starts_with("the exercise"), "{s:#?}");
}

#[test]
fn speech_verbs_taking_a_noun_phrase_give_its_content() {
    let st = statements(
        "The opposition leader derided the new electoral map as a gift to the ruling party. Several ministers downplayed the rift within the cabinet on Tuesday.",
    );
    let s = with_content(&st, "the new electoral map");
    assert!(speaker_words(s).contains("opposition leader"), "{s:#?}");
    let s = with_content(&st, "the rift within the cabinet");
    assert!(speaker_words(s).contains("ministers"), "{s:#?}");
}

#[test]
fn hailing_from_a_place_is_no_statement() {
    let st = statements(
        "The suspect, who hailed from a village near Mosul, was detained in Erbil on Monday, police said.",
    );
    assert!(
        st.iter().all(|s| s.cue.text != "hailed"),
        "hailed from is no cue: {st:#?}"
    );
}

#[test]
fn a_live_blog_time_stamp_is_not_part_of_the_speaker() {
    let st = statements(
        "Live updates from the summit.\n\n14.05 The Guardian reports that the two delegations have left the hall without a joint statement.\n\n13.52 Reuters said the talks had stalled over the ceasefire line.",
    );
    let s = with_content(&st, "the two delegations have left the hall");
    assert_eq!(speaker_words(s), "The Guardian", "{s:#?}");
    let s = with_content(&st, "the talks had stalled");
    assert_eq!(speaker_words(s), "Reuters", "{s:#?}");
}

#[test]
fn a_cue_word_after_a_preposition_is_no_verb_of_saying() {
    let st = statements(
        "Four police officers were wounded in an attack by suspected separatists on a checkpoint outside Quetta, a provincial official said.",
    );
    assert!(
        st.iter().all(|s| s.cue.text != "suspected"),
        "\"by suspected separatists\" is no statement: {st:#?}"
    );
}

#[test]
fn a_time_expression_before_the_subject_is_not_the_speaker() {
    let st = statements(
        "Last week the foreign ministry said the ambassador had been recalled for consultations. \"We were not consulted,\" Petrova said of the decision. A couple of days before that, the envoy posted a photograph from the border and wrote that talks were close.",
    );
    let s = with_content(&st, "the ambassador had been recalled");
    assert_eq!(speaker_words(s), "the foreign ministry", "{s:#?}");
    let s = with_content(&st, "We were not consulted");
    assert_eq!(speaker_words(s), "Petrova", "a name is no time: {s:#?}");
    assert!(
        st.iter()
            .filter(|s| s.content.text.contains("talks were close"))
            .all(|s| !speaker_words(s).contains("days")),
        "{st:#?}"
    );
}
