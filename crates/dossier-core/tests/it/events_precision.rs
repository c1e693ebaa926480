//! False events found by judging a random sample of events coded on FNC-1 train bodies by
//! their sentence alone (issue 17, round 4): each class checked through the whole pipeline on
//! sentences written for this test, with a control that the real event next to it is coded.

use crate::event_harness::{events, on_verb};
use dossier_core::model::Modality;

#[test]
fn a_claim_of_fact_is_no_accusation_of_whoever_it_names() {
    // The content blames no one: no event on "claimed", the claimed act stays, as reported.
    let (evs, dump) =
        events("The Kremlin claimed that Ukrainian troops had withdrawn from the border posts.");
    assert!(on_verb(&evs, "claimed").is_empty(), "{dump}");
    let (evs, dump) = events("Iraqi officials claimed he was wounded in an air strike last month.");
    assert!(on_verb(&evs, "claimed").is_empty(), "{dump}");
    // The content is the subject's hostile act: the claim blames it (as the GSR coders code).
    let (evs, dump) = events("The Kremlin claimed that Ukraine had attacked Russian border posts.");
    let claimed = on_verb(&evs, "claimed");
    assert_eq!(claimed.len(), 1, "{dump}");
    assert!(claimed[0].action.cameo.starts_with("11"), "{dump}");
    assert_eq!(
        claimed[0].target.as_ref().map(|t| t.id.as_str()),
        Some("UKR"),
        "{dump}"
    );
    let attacked = on_verb(&evs, "attacked");
    assert_eq!(attacked.len(), 1, "{dump}");
    assert_eq!(attacked[0].source.id, "UKR", "{dump}");
    assert_eq!(attacked[0].modality, Modality::Reported, "{dump}");
    // An accusation names whom it accuses.
    let (evs, dump) = events("The Ukrainian government accused Russia of shelling Mariupol.");
    let accused = on_verb(&evs, "accused");
    assert_eq!(accused.len(), 1, "{dump}");
    assert!(accused[0].action.cameo.starts_with("112"), "{dump}");
    assert_eq!(
        accused[0].target.as_ref().map(|t| t.id.as_str()),
        Some("RUS"),
        "{dump}"
    );
}

#[test]
fn an_open_question_or_a_supposition_is_not_what_happened() {
    let (evs, dump) =
        events("It is not yet clear whether the U.S. will provide military assistance to Iraq.");
    // An open question or a supposition is no event at all (session 28).
    assert!(on_verb(&evs, "provide").is_empty(), "{dump}");
    let (evs, dump) = events(
        "German investigators are exploring the possibility that Russia hacked the network.",
    );
    assert!(on_verb(&evs, "exploring").is_empty(), "{dump}");
    assert!(on_verb(&evs, "hacked").is_empty(), "{dump}");
    // Without the question the act is asserted.
    let (evs, dump) = events("The U.S. will provide military assistance to Iraq.");
    let provide = on_verb(&evs, "provide");
    assert_eq!(provide.len(), 1, "{dump}");
    assert_eq!(provide[0].modality, Modality::Future, "{dump}");
}

#[test]
fn ruling_out_an_attack_is_not_aimed_at_the_attack_s_target() {
    let (evs, dump) = events("Britain has ruled out air strikes against Isis in Syria.");
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().map(|t| t.id.as_str()) != Some("GROUP.ISIS")),
        "{dump}"
    );
    // A relation noun keeps its counterpart.
    let (evs, dump) = events("The European Union rejected talks with Russia.");
    let rejected = on_verb(&evs, "rejected");
    assert_eq!(rejected.len(), 1, "{dump}");
    assert_eq!(
        rejected[0].target.as_ref().map(|t| t.id.as_str()),
        Some("RUS"),
        "{dump}"
    );
    // Condemning an act is aimed at its doer.
    let (evs, dump) = events("France condemned the Russian strikes on Kyiv.");
    let condemned = on_verb(&evs, "condemned");
    assert_eq!(condemned.len(), 1, "{dump}");
    assert_eq!(
        condemned[0].target.as_ref().map(|t| t.id.as_str()),
        Some("RUS"),
        "{dump}"
    );
}

#[test]
fn a_terrorist_attack_with_a_nationality_is_no_act_of_that_state() {
    let (evs, dump) =
        events("The Libyan terrorist attack on a U.S. outpost in Benghazi killed four Americans.");
    assert!(evs.iter().all(|e| e.source.id != "LBY"), "{dump}");
    // A nationality on a plain attack noun is the state's act.
    let (evs, dump) = events("France condemned the Russian strikes on Kyiv.");
    let strikes = on_verb(&evs, "strikes");
    assert_eq!(strikes.len(), 1, "{dump}");
    assert_eq!(strikes[0].source.id, "RUS", "{dump}");
}

#[test]
fn vague_verbs_are_events_only_with_a_pattern_that_names_the_act() {
    for text in [
        "British police said they were seeking Constantine after the crash.",
        "The Syrian Observatory says jihadists are using captured fighter planes.",
        "Police are preparing for raids on several homes in London.",
        "Iran is facing new sanctions from the European Union.",
        "Danladi Ahmadu, who calls himself the secretary-general of Boko Haram, spoke to reporters.",
        "The film, directed by Danny Boyle, opens in October.",
        "The Pentagon is not taking any chances with Iran.",
    ] {
        let (evs, dump) = events(text);
        assert!(evs.is_empty(), "{text}\n{dump}");
    }
    let (evs, dump) = events("That means the US will send more troops to Iraq.");
    assert!(on_verb(&evs, "means").is_empty(), "{dump}");
    assert_eq!(on_verb(&evs, "send").len(), 1, "{dump}");
    let (evs, dump) = events("Syria used chemical weapons against rebels in Ghouta.");
    let used = on_verb(&evs, "used");
    assert_eq!(used.len(), 1, "{dump}");
    assert!(used[0].action.cameo.starts_with("20"), "{dump}");
}

#[test]
fn a_pronoun_with_two_candidates_in_reach_is_no_one() {
    let (evs, dump) = events(
        "Boko Haram has denied claims by Nigeria's government that it has agreed to release the \
         schoolgirls.",
    );
    assert!(evs.iter().all(|e| e.source.id != "NGA.GOV"), "{dump}");
    let (evs, dump) = events(
        "ISIS militants in Mosul are preparing for an attack from Iraqi government forces as \
         they cut off telephone lines and imposed a ban on residents.",
    );
    assert!(evs.iter().all(|e| e.source.id != "IRQ.GOV"), "{dump}");
    // One candidate, or the pronoun's own side named twice ("Nigeria's military … it"): coded.
    let (evs, dump) =
        events("Russia moved more troops to the border. It also sent drones to Belarus.");
    let sent = on_verb(&evs, "sent");
    assert_eq!(sent.len(), 1, "{dump}");
    assert_eq!(sent[0].source.id, "RUS", "{dump}");
    // The pronoun continues the topic its actor was the subject of, whoever else was named.
    let (evs, dump) = events(
        "Al-Qaeda praised the attack. Al-Shabaab gained notoriety last year when it attacked the \
         Westgate Mall in Nairobi, killing 67 people.",
    );
    let attacked = on_verb(&evs, "attacked");
    assert_eq!(attacked.len(), 1, "{dump}");
    assert_eq!(attacked[0].source.id, "GROUP.ALSHABAAB", "{dump}");
    let (evs, dump) = events(
        "Nigeria's military announced months ago it knew the location of the girls but said it \
         would not launch a military operation.",
    );
    let launch = on_verb(&evs, "launch");
    assert_eq!(launch.len(), 1, "{dump}");
    assert_eq!(launch[0].source.id, "NGA.MIL", "{dump}");
}

#[test]
fn a_place_or_a_border_is_no_target_once_the_attack_names_its_aim() {
    let (evs, dump) = events("US jets carried out airstrikes against its forces in Iraq.");
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().map(|t| t.id.as_str()) != Some("IRQ")),
        "{dump}"
    );
    let (evs, dump) = events(
        "Syrian government airstrikes hit a rebel-held town along the southern border with Jordan.",
    );
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().map(|t| t.id.as_str()) != Some("JOR")),
        "{dump}"
    );
    // The place bombed is an air strike's target when nothing else is named; "clashed with" is
    // the verb's own.
    let (evs, dump) = events("US jets carried out airstrikes in northern Iraq on Sunday.");
    assert!(
        evs.iter()
            .any(|e| e.target.as_ref().map(|t| t.id.as_str()) == Some("IRQ")),
        "{dump}"
    );
    let (evs, dump) = events("Hezbollah fighters clashed with Israeli troops near the border.");
    assert!(
        evs.iter()
            .any(|e| e.target.as_ref().map(|t| t.id.as_str()) == Some("ISR.MIL")),
        "{dump}"
    );
}

#[test]
fn the_possessor_of_a_people_noun_is_not_the_target() {
    let (evs, dump) = events(
        "British Foreign Secretary Philip Hammond accused James Foley's killer of betraying \
         Britain.",
    );
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| !t.id.contains("foley"))),
        "{dump}"
    );
    // The possessor of an act or a thing is the one an attitude is aimed at.
    let (evs, dump) = events("Philip Hammond condemned Russia's annexation of Crimea.");
    let condemned = on_verb(&evs, "condemned");
    assert_eq!(condemned.len(), 1, "{dump}");
    assert_eq!(
        condemned[0].target.as_ref().map(|t| t.id.as_str()),
        Some("RUS"),
        "{dump}"
    );
}
