//! Session 13 (issue 17): acts named by a noun that a support verb carries ("held talks with",
//! "staged rallies against", "declared a ceasefire") are that noun's act; and a third-person
//! pronoun inside a quotation is never the quotation's own speaker (who says "I"). Sentences
//! written for these tests, in wordings of their own, checked through the whole pipeline.

use crate::event_harness::{events, on_verb};

#[test]
fn holding_talks_with_a_state_is_consultation() {
    let (evs, dump) = events(
        "China held talks with Vietnam on Monday over the disputed islands in the South China Sea.",
    );
    let held = on_verb(&evs, "held");
    assert_eq!(held.len(), 1, "{dump}");
    assert!(held[0].action.cameo.starts_with("04"), "{dump}");
    assert_eq!(held[0].source.id, "CHN", "{dump}");
    assert_eq!(
        held[0].target.as_ref().map(|t| t.id.as_str()),
        Some("VNM"),
        "{dump}"
    );
}

#[test]
fn staging_rallies_against_someone_is_a_demonstration() {
    let (evs, dump) = events("Hamas staged rallies against Israel in Gaza City on Friday.");
    let staged = on_verb(&evs, "staged");
    assert_eq!(staged.len(), 1, "{dump}");
    assert_eq!(staged[0].action.cameo, "141", "{dump}");
    assert_eq!(
        staged[0].target.as_ref().map(|t| t.id.as_str()),
        Some("ISR"),
        "{dump}"
    );
}

#[test]
fn a_meeting_noun_with_its_own_doer_and_partner_is_consultation() {
    let (evs, dump) =
        events("Turkey's meeting with Russia in Sochi ended without an agreement on Idlib.");
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("04")
            && e.source.id == "TUR"
            && e.target.as_ref().is_some_and(|t| t.id == "RUS")),
        "{dump}"
    );
}

#[test]
fn support_verbs_with_no_actor_or_a_workers_strike_are_no_events() {
    // No actor holds the rally; a place after "in" is no party.
    let (evs, dump) = events("Thousands of workers held a rally in central Moscow on Saturday.");
    assert!(evs.is_empty(), "{dump}");
    // Talks held somewhere are no act of the place.
    let (evs, dump) = events("The talks were held in Geneva under United Nations auspices.");
    assert!(evs.is_empty(), "{dump}");
    // A strike by workers going on is no attack.
    let (evs, dump) =
        events("Dock workers in Greece continued their strike for a third week, the union said.");
    assert!(
        !evs.iter().any(|e| e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn a_he_inside_a_quotation_is_not_the_speaker() {
    // The quotation's "He" is the aid worker; read as the speaker, it made the minister travel.
    let (evs, dump) = events(
        "British aid worker Alan Henning was killed by Islamic State. Yvette Cooper, the shadow home secretary, said: “I am appalled at the cruel murder of Alan Henning.\n\n“He went to Syria to help people in need.\n\n“That the terrorists would decide to murder him shows their contempt for life.”",
    );
    assert!(
        !evs.iter().any(|e| e.source.id.contains("cooper")
            || e.target.as_ref().is_some_and(|t| t.id.contains("cooper"))),
        "{dump}"
    );
    // The killing itself stays.
    assert!(
        evs.iter().any(|e| e.source.id == "GROUP.ISIS"
            && e.target.as_ref().is_some_and(|t| t.id.contains("henning"))),
        "{dump}"
    );
}

#[test]
fn a_person_joining_a_group_is_membership_not_consultation() {
    let (evs, dump) = events(
        "Reyaad Khan is thought to have gone to Syria in 2013 and to have joined ISIS soon after.",
    );
    assert!(on_verb(&evs, "joined").is_empty(), "{dump}");
    // A state joining something still acts.
    let (evs, dump) = events("Jordan joined the US-led coalition against ISIS in September.");
    assert!(
        on_verb(&evs, "joined").iter().any(|e| e.source.id == "JOR"),
        "{dump}"
    );
}
