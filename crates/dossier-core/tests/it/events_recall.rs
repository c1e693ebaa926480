//! Events an analyst expects that the coder used to miss (issue 17, recall): participants named
//! by a description that refers back ("the militant group"), checked through the whole pipeline
//! on sentences written for this test.

use crate::event_harness::events;
use dossier_core::model::Event;

#[test]
fn a_group_description_acts_for_the_group_named_before() {
    let text = "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. Hours later the \
                militant group attacked Kenyan troops near the border.";
    let (evs, dump) = events(text);
    let e = evs
        .iter()
        .find(|e| e.action.verb == "attacked")
        .unwrap_or_else(|| panic!("no attack coded:\n{dump}"));
    assert_eq!(e.source.id, "GROUP.ALSHABAAB", "{dump}");
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("KEN.MIL"),
        "{dump}"
    );
    // The evidence is the clause, not a span reaching back to the antecedent.
    assert!(e.evidence.text.starts_with("the militant group"), "{dump}");
    // Both spans are kept: the description here and the name it refers to.
    let link = e
        .coref
        .first()
        .unwrap_or_else(|| panic!("no coref link:\n{dump}"));
    assert_eq!(link.actor, "GROUP.ALSHABAAB");
    assert_eq!(link.mention.text, "the militant group");
    assert_eq!(link.antecedent.text, "Al-Shabaab");
    assert_eq!(
        e.source.mention.as_ref().map(|m| m.text.as_str()),
        Some("the militant group")
    );
}

#[test]
fn a_passive_agent_description_is_the_doer() {
    let text = "The Taliban released a video on Monday. Two Afghan soldiers were killed by the \
                militants on Tuesday.";
    let (evs, dump) = events(text);
    assert!(
        evs.iter()
            .any(|e| e.source.id == "GROUP.TALIBAN" && e.action.verb == "killed"),
        "the militants who killed are the Taliban:\n{dump}"
    );
}

#[test]
fn descriptions_of_a_new_group_or_with_no_group_before_are_not_resolved() {
    let (evs, dump) =
        events("Russia attacked Kyiv on Monday. Another militant group attacked Ukrainian troops.");
    assert!(
        evs.iter().all(|e| e.coref.is_empty()),
        "a state is no antecedent of a group description:\n{dump}"
    );
    let (evs, dump) = events(
        "The Taliban claimed the bombing. Rival militants attacked Afghan troops on Sunday.",
    );
    assert!(
        evs.iter().all(|e| e.source.id != "GROUP.TALIBAN"),
        "rival militants are not the Taliban:\n{dump}"
    );
}

#[test]
fn praise_and_criticism_of_someones_act_are_aimed_at_them() {
    let (evs, dump) = events(
        "British ambassador Peter Westmacott praised Barack Obama's presidency on Saturday. \
         Palestinian Prime Minister Rami Hamdallah lashed out at Israel on Sunday.",
    );
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("05")
            && e.source.id == "PERSON.peter-westmacott"
            && e.target
                .as_ref()
                .is_some_and(|t| t.id == "PERSON.barack-obama")),
        "praise of Obama's presidency is support for Obama:\n{dump}"
    );
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("11")
            && e.target.as_ref().is_some_and(|t| t.id == "ISR")),
        "lashing out at Israel is criticism of Israel:\n{dump}"
    );
    // The possessor of a thing that is acted on with no attitude is no target.
    let (evs, dump) = events("Barack Obama read Vladimir Putin's letter on Monday.");
    assert!(
        evs.iter().all(|e| e.target.is_none()),
        "reading a letter aims at nobody:\n{dump}"
    );
}

#[test]
fn a_name_inside_a_hyphenated_modifier_is_no_antecedent() {
    // "the Al Qaeda-affiliated group" is al-Shabaab, not al-Qaeda: the group described later
    // is not resolved to the name inside the modifier, and an "anti-IS group" is never IS.
    let (evs, dump) = events(
        "Al-Shabaab is the Al Qaeda-affiliated group in Somalia. The militants attacked Kenyan \
         troops on Monday. The Islamic State lost the town. An anti-IS group attacked Syrian \
         troops.",
    );
    let attacks: Vec<&Event> = evs.iter().filter(|e| e.action.verb == "attacked").collect();
    assert!(
        attacks
            .iter()
            .all(|e| e.source.id != "GROUP.ALQAEDA" && e.source.id != "GROUP.ISIS"),
        "{dump}"
    );
    assert!(
        attacks.iter().any(|e| e.source.id == "GROUP.ALSHABAAB"),
        "the militants are al-Shabaab:\n{dump}"
    );
}

#[test]
fn a_threat_to_kill_is_one_threat() {
    let (evs, dump) = events(
        "Boko Haram released a video on Monday. The militant group is threatening to kill \
         the kidnapped Nigerian soldiers unless the Nigerian government frees its fighters.",
    );
    let on_soldiers: Vec<&Event> = evs
        .iter()
        .filter(|e| e.source.id == "GROUP.BOKOHARAM" && e.action.cameo.starts_with("13"))
        .collect();
    assert_eq!(
        on_soldiers.len(),
        1,
        "one threat, not a threat and a killing:\n{dump}"
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("18")),
        "the killing is only threatened:\n{dump}"
    );
}

#[test]
fn kidnapped_schoolgirls_and_a_name_after_its_description() {
    let (evs, dump) = events(
        "Boko Haram attacked a village on Friday. About 200 schoolgirls were kidnapped by \
         the Islamist militants.",
    );
    assert!(
        evs.iter()
            .any(|e| e.source.id == "GROUP.BOKOHARAM" && e.action.cameo.starts_with("181")),
        "the kidnapping of the schoolgirls by the militants (Boko Haram):\n{dump}"
    );
    let (evs, dump) =
        events("Militant group Hezbollah attacked Israeli soldiers near the border on Sunday.");
    assert!(
        evs.iter()
            .any(|e| e.source.id == "GROUP.HEZBOLLAH" && e.action.verb == "attacked"),
        "{dump}"
    );
}

#[test]
fn a_named_participant_carries_no_coref_link_of_a_later_description() {
    let (evs, dump) = events(
        "The United States began airstrikes against the Islamic State in August, and critics \
         have since linked the terrorist group to the border.",
    );
    let strike = evs
        .iter()
        .find(|e| e.target.as_ref().is_some_and(|t| t.id == "GROUP.ISIS"))
        .unwrap_or_else(|| panic!("no strike on IS:\n{dump}"));
    assert!(strike.coref.is_empty(), "{dump}");
    assert!(!strike.evidence.text.contains("critics"), "{dump}");
}

#[test]
fn members_of_a_group_act_for_it() {
    let (evs, dump) = events("Ten villagers were kidnapped by members of Boko Haram on Friday.");
    assert!(
        evs.iter()
            .any(|e| e.source.id == "GROUP.BOKOHARAM" && e.action.cameo.starts_with("181")),
        "{dump}"
    );
    // A nationality on members is no state acting ("Somali members" are not Somalia).
    let (evs, dump) = events("Somali members attacked the convoy on Friday.");
    assert!(evs.iter().all(|e| e.source.id != "SOM"), "{dump}");
}

#[test]
fn airstrikes_hit_the_place_they_are_carried_out_in() {
    let (evs, dump) =
        events("The U.S. has been carrying out airstrikes across north Iraq since August.");
    assert!(
        evs.iter().any(|e| e.source.id == "USA"
            && e.action.cameo == "195"
            && e.target.as_ref().is_some_and(|t| t.id == "IRQ")),
        "{dump}"
    );
    let (evs, dump) = events(
        "Russian jets have been carrying out airstrikes across the north of Syria for weeks.",
    );
    assert!(
        evs.iter().any(|e| e.action.cameo == "195"
            && e.source.id.starts_with("RUS")
            && e.target.as_ref().is_some_and(|t| t.id == "SYR")),
        "the north of Syria is Syria's:\n{dump}"
    );
    // A place is still no party of other violence ("fighting in Iraq").
    let (evs, dump) = events("Kurdish forces have been fighting in Iraq since August.");
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.id != "IRQ")),
        "{dump}"
    );
}

#[test]
fn exchanging_fire_is_fighting_not_trade() {
    let text = "Pakistani troops exchanged machinegun fire with Indian soldiers along the Line of Control on \
                Tuesday.";
    let (evs, dump) = events(text);
    let e = evs
        .iter()
        .find(|e| e.action.verb == "exchanged")
        .unwrap_or_else(|| panic!("no event coded:\n{dump}"));
    assert!(e.action.cameo.starts_with("19"), "{dump}");
}

fn coded<'a>(evs: &'a [Event], verb: &str) -> Option<&'a Event> {
    evs.iter().find(|e| e.action.verb == verb)
}

#[test]
fn a_demand_is_made_of_the_subject_of_its_that_clause() {
    let (evs, dump) =
        events("China on Tuesday demanded that the United States cancel its arms sales to Taiwan.");
    let e = coded(&evs, "demanded").unwrap_or_else(|| panic!("no demand coded:\n{dump}"));
    assert_eq!(e.source.id, "CHN", "{dump}");
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("USA"),
        "{dump}"
    );
    assert!(e.action.cameo.starts_with("10"), "{dump}");
    // A clausal complement of a plain report names no target: "said that" stays a statement.
    let (evs, dump) =
        events("China said on Tuesday that the United States had sold arms to Taiwan.");
    assert!(
        evs.iter()
            .all(|e| !(e.source.id == "CHN" && e.action.verb == "said")),
        "{dump}"
    );
}

#[test]
fn rejecting_an_actors_proposal_is_aimed_at_that_actor() {
    let (evs, dump) =
        events("Serbia on Thursday rejected an Australian request to hand over the guard.");
    let e = coded(&evs, "rejected").unwrap_or_else(|| panic!("no rejection coded:\n{dump}"));
    assert_eq!(e.source.id, "SRB", "{dump}");
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("AUS"),
        "{dump}"
    );
    assert!(e.action.cameo.starts_with("12"), "{dump}");
    // Only a statement or act noun has an author: "rejected the Albanian language" is aimed at
    // no one (a language is no act of Albania's).
    let (evs, dump) = events("Serbia rejected the Albanian language in its schools.");
    assert!(
        coded(&evs, "rejected").is_none_or(|e| e.target.is_none()),
        "{dump}"
    );
}

#[test]
fn a_plain_rejection_is_coded_reject() {
    let (evs, dump) = events("Serbia on Thursday rejected Australia's ultimatum.");
    let e = coded(&evs, "rejected").unwrap_or_else(|| panic!("no rejection coded:\n{dump}"));
    assert_eq!(e.action.cameo, "120", "{dump}");
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("AUS"),
        "{dump}"
    );
}

#[test]
fn a_related_link_line_is_page_furniture() {
    let text = "Syrian rebels shelled the airport on Monday. Read more: Islamic State fighters \
                attack Kurdish positions near Kobani | The Times http://example.com/isis";
    let (evs, dump) = events(text);
    assert!(evs.iter().all(|e| e.action.verb != "attack"), "{dump}");
    // The same words as the article's own sentence are an event.
    let (evs, dump) = events("Islamic State fighters attack Kurdish positions near Kobani.");
    assert!(evs.iter().any(|e| e.action.verb == "attack"), "{dump}");
}

#[test]
fn material_cooperation_needs_a_partner() {
    let (evs, dump) = events(
        "France had paid about $13 million for the release of four hostages earlier this year.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("06")),
        "no partner, no cooperation:\n{dump}"
    );
    let (evs, dump) = events("France cooperated with Germany on the investigation.");
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("06")
            && e.source.id == "FRA"
            && e.target.as_ref().is_some_and(|t| t.id == "DEU")),
        "{dump}"
    );
}

#[test]
fn an_actor_saying_it_will_act_announces_its_intent() {
    let (evs, dump) = events("Hungary has said it will support Ukraine.");
    let e = evs
        .iter()
        .find(|e| e.action.verb == "support")
        .unwrap_or_else(|| panic!("no support coded:\n{dump}"));
    assert!(
        e.action.cameo.starts_with("03"),
        "intent to support:\n{dump}"
    );
    assert_eq!(e.action.plover, "AGREE", "{dump}");
    // Another's report of the act keeps its own class.
    let (evs, dump) = events("Kyiv said Hungary will support Ukraine.");
    assert!(
        evs.iter()
            .any(|e| e.action.verb == "support" && e.action.cameo.starts_with("05")),
        "{dump}"
    );
}

#[test]
fn a_pronoun_of_an_unnamed_speaker_is_not_an_earlier_actor() {
    let text = "Yemeni forces raided a village last month. His captors taunted his family after a raid by Yemeni forces on \
                Thursday, saying they would execute him within three days.";
    let (evs, dump) = events(text);
    assert!(
        evs.iter()
            .all(|e| !(e.action.verb == "execute" && e.source.id.starts_with("YEM"))),
        "the captors, not Yemen, threatened to execute him:\n{dump}"
    );
    // A named speaker's pronoun stays the speaker: "Hungary said it will support Ukraine".
    let (evs, dump) = events("Russian officials said they would attack Kyiv.");
    assert!(
        evs.iter()
            .any(|e| e.action.verb == "attack" && e.source.id.starts_with("RUS")),
        "{dump}"
    );
}

#[test]
fn a_private_person_migrating_is_no_event() {
    let (evs, dump) = events(
        "Gill Rosenberg, 31, who migrated to Israel from Canada in 2006, served in the army.",
    );
    assert!(
        evs.iter().all(|e| e.action.verb != "migrated"),
        "moving to a country is no asylum granted:\n{dump}"
    );
}

#[test]
fn a_refused_act_is_coded_as_the_refusal() {
    let (evs, dump) =
        events("Israel is refusing to lift the curfew on Palestinians in the West Bank.");
    let e = coded(&evs, "lift").unwrap_or_else(|| panic!("no refusal coded:\n{dump}"));
    assert!(
        e.action.cameo.starts_with("124"),
        "decline to ease:\n{dump}"
    );
    assert_eq!(e.action.plover, "REJECT", "{dump}");
    assert_eq!(e.source.id, "ISR", "{dump}");
    // The refusal happened: it is not a negated or denied event.
    use dossier_core::model::Modality;
    assert!(
        !matches!(e.modality, Modality::Negated | Modality::Denied),
        "{dump}"
    );
    // An actor saying it will not act refuses too.
    let (evs, dump) = events("Hungary said it would not support Ukraine.");
    let e = coded(&evs, "support").unwrap_or_else(|| panic!("no refusal coded:\n{dump}"));
    assert!(e.action.cameo.starts_with("12"), "{dump}");
}

#[test]
fn a_force_with_an_object_takes_with_as_its_companion_not_its_target() {
    let text = "AU forces were targeting militants on several fronts, with Ugandan troops. \
                Somali troops, with Kenyan soldiers, attacked Shabaab positions near Kismayo.";
    let (evs, dump) = events(text);
    let au = evs
        .iter()
        .find(|e| e.action.verb == "targeting")
        .unwrap_or_else(|| panic!("no attack coded:\n{dump}"));
    assert_eq!(au.source.id, "IGO.AU", "{dump}");
    assert_ne!(
        au.target.as_ref().map(|t| t.id.as_str()),
        Some("UGA.MIL"),
        "{dump}"
    );
    // The counterpart of a relation noun is still the target ("relations with Saudi Arabia").
    let (evs, dump) = events("Iran broke off diplomatic relations with Saudi Arabia on Sunday.");
    assert!(
        evs.iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.id == "SAU")),
        "{dump}"
    );
    // A bare "Shabaab" is the group.
    let (evs, dump) = events("AU forces were targeting Shabaab on several fronts.");
    let e = evs
        .iter()
        .find(|e| e.action.verb == "targeting")
        .unwrap_or_else(|| panic!("no attack coded:\n{dump}"));
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("GROUP.ALSHABAAB"),
        "{dump}"
    );
}
