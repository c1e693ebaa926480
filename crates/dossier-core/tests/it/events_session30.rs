//! Session 30 (issue 17): targets and inquiries on unseen news — an unnamed person acted on is
//! the victim (the GUIDE's events are done to an actor or to a person or group), a state's or
//! group's act on a person described is the event as reported, and an inquiry is into someone,
//! not into a video or a crater. Sentences written for these tests, each with a control.

use crate::event_harness::{events, on_verb};

#[test]
fn an_unnamed_person_acted_on_is_the_target() {
    let (evs, dump) =
        events("Russian troops detained a Ukrainian reporter at a checkpoint near Kherson.");
    let detained = on_verb(&evs, "detained");
    assert_eq!(detained.len(), 1, "{dump}");
    let e = detained[0];
    assert!(e.source.id.starts_with("RUS"), "{dump}");
    let t = e.target.as_ref().expect("the reporter is the target");
    assert!(t.id.starts_with("PERSON."), "{dump}");
    assert_eq!(
        t.mention.as_ref().map(|m| m.text.as_str()),
        Some("a Ukrainian reporter"),
        "{dump}"
    );
    // Control: an unnamed doer is still no source ("a Ukrainian reporter detained …" is no
    // state's act, and no one tracked).
    let (evs, dump) = events("A Ukrainian reporter attacked Russian troops near Kherson.");
    assert!(
        on_verb(&evs, "attacked")
            .iter()
            .all(|e| !e.source.id.starts_with("PERSON.")),
        "{dump}"
    );
}

#[test]
fn a_groups_act_on_a_person_described_is_an_event() {
    let (evs, dump) =
        events("The Taliban kidnapped a British engineer in Kunar province last week.");
    let kidnapped = on_verb(&evs, "kidnapped");
    assert_eq!(kidnapped.len(), 1, "{dump}");
    assert_eq!(kidnapped[0].source.id, "GROUP.TALIBAN", "{dump}");
    assert!(kidnapped[0].action.cameo.starts_with("18"), "{dump}");
    assert!(
        kidnapped[0].target.is_some()
            || kidnapped[0]
                .object
                .as_deref()
                .is_some_and(|o| o.contains("engineer")),
        "{dump}"
    );
    // Control: an unresolved pronoun stays no one ("who?").
    let (evs, dump) = events("The Taliban said on Sunday that they had kidnapped him.");
    assert!(
        on_verb(&evs, "kidnapped")
            .iter()
            .all(|e| e.target.is_some()),
        "{dump}"
    );
}

#[test]
fn an_inquiry_is_into_someone() {
    for (text, verb) in [
        (
            "French officials were examining the footage of the attack on Thursday.",
            "examining",
        ),
        (
            "Chilean soldiers searched the crater with metal detectors.",
            "searched",
        ),
        (
            "Turkish police are investigating the incident at the airport.",
            "investigating",
        ),
    ] {
        let (evs, dump) = events(text);
        assert!(
            on_verb(&evs, verb)
                .iter()
                .all(|e| !e.action.cameo.starts_with("09")),
            "{text}\n{dump}"
        );
    }
    // Controls: a search of someone's home is an inquiry into its owner, and an inquiry into a
    // named person is one.
    let (evs, dump) = events(
        "Detectives arrested the imam on Monday. Belgian police searched his flat on Tuesday.",
    );
    assert!(
        on_verb(&evs, "searched")
            .iter()
            .any(|e| e.action.cameo.starts_with("09")),
        "{dump}"
    );
    let (evs, dump) = events("The FBI is investigating Robert Menendez, a New Jersey senator.");
    assert!(
        on_verb(&evs, "investigating")
            .iter()
            .any(|e| e.action.cameo.starts_with("09") && e.target.is_some()),
        "{dump}"
    );
}

#[test]
fn a_lede_victim_the_next_sentence_names_is_that_person() {
    let (evs, dump) = events(
        "A British aid worker who was kidnapped in Syria last year has been beheaded by Islamic \
         State militants, the group said on Friday. Alan Henning, 47, was seized in December \
         shortly after crossing the border.",
    );
    let beheaded = on_verb(&evs, "beheaded");
    assert_eq!(beheaded.len(), 1, "{dump}");
    assert_eq!(
        beheaded[0].target.as_ref().map(|t| t.id.as_str()),
        Some("PERSON.alan-henning"),
        "{dump}"
    );
}
