//! Session 25, from a reading of twenty unseen FNC-1 bodies: a relative introduced after a
//! surname used alone does not take that surname over; on a page of one-sentence paragraphs a
//! "she said" goes on with the person the sentence before narrated; a passive with an agent of
//! its own is not done by the force of the raid it happened in; an outlet's edition is the
//! outlet. Sentences written for these tests, each with a control.

use dossier_core::{extract, make_document, DocumentHeader, Statement};

use crate::actor_harness::doc;
use crate::event_harness::{events, on_verb};

fn statements(text: &str) -> Vec<Statement> {
    extract(&make_document(text, DocumentHeader::default())).statements
}

#[test]
fn a_sister_named_after_a_lone_surname_does_not_take_it_over() {
    let d = doc(
        "Rumours persist that Kim has been sidelined and his sister Kim Yo Jong now runs the \
         country. South Korean officials said on Friday that Kim was recovering from surgery.",
    );
    assert_eq!(
        d.id_at("Kim Yo Jong"),
        Some("PERSON.kim-yo-jong"),
        "{}",
        d.dump()
    );
    assert_ne!(d.id_at("Kim#3"), Some("PERSON.kim-yo-jong"), "{}", d.dump());
    // Control: a sister named by her full name first keeps her surname for later mentions.
    let e = doc(
        "Kim Yo Jong, the sister of the leader, visited a factory on Monday. State media said \
         Kim praised the workers.",
    );
    assert_eq!(e.id_at("Kim#2"), Some("PERSON.kim-yo-jong"), "{}", e.dump());
}

#[test]
fn she_said_on_a_page_of_one_sentence_paragraphs_is_the_woman_just_narrated() {
    let text = "\"He was a generous colleague,\" Helen Marsh wrote in an email.\n\n\
                \"He never held back a tip,\" she wrote.\n\n\
                After the news spread on Tuesday, correspondent Laura Greene changed her \
                profile picture to a photo of him.\n\n\
                This, she said, \"is how I will remember him.\"";
    let st = statements(text);
    let s = st
        .iter()
        .find(|s| s.content.text.contains("how I will remember"))
        .unwrap_or_else(|| panic!("no statement: {st:#?}"));
    assert_eq!(s.speaker.id, "PERSON.laura-greene", "{st:#?}");
    // Control: with a quotation in between, the last speaker goes on speaking.
    let text = "\"He was a generous colleague,\" Helen Marsh wrote in an email.\n\n\
                Correspondent Laura Greene was in Beirut at the time.\n\n\
                \"He never held back a tip,\" Marsh wrote.\n\n\
                \"That is how I will remember him,\" she said.";
    let st = statements(text);
    let s = st
        .iter()
        .find(|s| s.content.text.contains("how I will remember"))
        .unwrap_or_else(|| panic!("no statement: {st:#?}"));
    assert_eq!(s.speaker.id, "PERSON.helen-marsh", "{st:#?}");
}

#[test]
fn a_passive_with_its_own_agent_is_not_done_by_the_raiding_force() {
    let (evs, dump) =
        events("The hostage was shot by his captors during a raid by US forces, an official said.");
    assert!(
        on_verb(&evs, "shot")
            .iter()
            .all(|e| e.source.id != "USA.MIL" && e.source.id != "USA"),
        "{dump}"
    );
    // Control: an agentless passive in a raid is the raiders' act.
    let (evs, dump) = events("Two militants were killed in a raid by US forces, an official said.");
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .any(|e| e.source.id.starts_with("USA")),
        "{dump}"
    );
}

#[test]
fn an_outlets_edition_is_the_outlet() {
    let st = statements(
        "As Fox News Latino reports, the former leader has made no public comment since July.",
    );
    assert!(st.iter().any(|s| s.speaker.id == "OUTLET.FOX"), "{st:#?}");
}
